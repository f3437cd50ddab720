using System.Globalization;
using Torikumi.Cli;
using Torikumi.Core.Parsing;

namespace Torikumi.Web.Tests.Cli;

public class DiagnosticOutputTests
{
    static readonly Diagnostic Sample = new(
        DiagnosticSeverity.Warning, "orphan-text", "text outside any item \"here\"", 120, 131, 3, 14,
        "整 備します", "put it under a heading (N タイトル)");

    [Fact]
    public void a_json_line_is_camel_case_with_japanese_unescaped()
    {
        Assert.Equal(
            """{"severity":"warning","code":"orphan-text","message":"text outside any item \"here\"","start":120,"end":131,"line":3,"column":14,"snippet":"整 備します","hint":"put it under a heading (N タイトル)"}""",
            DiagnosticOutput.ToJsonLine(Sample));
    }

    [Fact]
    public void text_and_json_lines_write_one_line_per_diagnostic()
    {
        var error = Sample with { Severity = DiagnosticSeverity.Error, Code = "not-a-plan" };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var json = new StringWriter(CultureInfo.InvariantCulture);

        DiagnosticOutput.WriteText(text, [Sample, error]);
        DiagnosticOutput.WriteJsonLines(json, [Sample, error]);

        Assert.Equal($"{Sample}\n{error}\n", text.ToString());
        Assert.Equal(2, json.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("\n", json.ToString());
    }
}
