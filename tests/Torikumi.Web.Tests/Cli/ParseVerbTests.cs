using System.Text;
using System.Text.Json;
using Torikumi.Cli;
using Torikumi.Core.Export;
using Torikumi.Core.Parsing;

namespace Torikumi.Web.Tests.Cli;

public sealed class ParseVerbTests : IDisposable
{
    static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "nerima-action-plan-2022-2023-draft.txt");

    readonly string _dir = Directory.CreateTempSubdirectory("torikumi-parse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static void AssertRefused(CliRun run, string expectedInMessage)
    {
        Assert.True(run.ExitCode == ExitCodes.Refused, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Contains(expectedInMessage, run.Err);
    }

    [Fact]
    public async Task a_missing_file_is_refused_with_exit_code_2()
    {
        var path = Path.Combine(_dir, "no-such-plan.txt");
        var run = await CliRun.RunAsync("parse", path);
        AssertRefused(run, $"{path}: file not found");
    }

    [Fact]
    public async Task an_empty_file_is_refused_saying_what_was_expected()
    {
        var run = await CliRun.RunAsync("parse", WriteFile("empty.txt", []));
        AssertRefused(run, "empty file:");
        Assert.Contains("expected the text of an action plan", run.Err);
    }

    [Fact]
    public async Task a_pdf_is_refused_with_a_hint_to_export_its_text()
    {
        var run = await CliRun.RunAsync("parse", WriteFile("plan.pdf", [.. "%PDF-1.4\n"u8.ToArray(), 0x00, 0x9C, 0xFF]), "--json");
        AssertRefused(run, "PDF");
        Assert.Contains("export the text first", run.Err);
    }

    [Fact]
    public async Task an_excel_file_is_refused_as_a_zip_archive()
    {
        var run = await CliRun.RunAsync("parse", WriteFile("plan.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
        AssertRefused(run, "Excel");
    }

    [Fact]
    public async Task a_binary_file_is_refused()
    {
        var bytes = Enumerable.Range(0, 1024).Select(i => (byte)(i * 7 % 256)).ToArray();
        var run = await CliRun.RunAsync("parse", WriteFile("blob.bin", bytes));
        AssertRefused(run, "binary file");
    }

    [Fact]
    public async Task a_file_over_20_mb_is_refused_with_its_size()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(path))
            stream.SetLength(PlanInput.MaxBytes + 1);
        var run = await CliRun.RunAsync("parse", path);
        AssertRefused(run, "file too large: 20,971,521 bytes");
    }

    [Fact]
    public async Task a_file_argument_is_required()
    {
        var run = await CliRun.RunAsync("parse");
        Assert.NotEqual(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("FILE", run.Err);
    }

    [Fact]
    public async Task help_describes_the_verb_with_examples()
    {
        var run = await CliRun.RunAsync("parse", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("torikumi parse <FILE> [options]", run.Out);
        Assert.Contains("--json", run.Out);
        Assert.Contains("Shift_JIS", run.Out);
        Assert.Contains("Examples:\n  torikumi parse samples/nerima-action-plan-2022-2023-draft.txt\n", run.Out);
        Assert.Equal("", run.Err);
    }

    // The cases below run the real parser on the sample; they pass once PlanParser lands.

    [Fact]
    public async Task the_sample_prints_an_outline_and_a_summary()
    {
        var run = await CliRun.RunAsync("parse", SamplePath);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("municipality: 練馬区", lines[1]);
        Assert.Equal("stage:        素案", lines[2]);
        Assert.Contains("P1 子どもたちの笑顔輝くまち", lines);
        Assert.Contains("  S1 子育てのかたちを選択できる社会の実現", lines);
        Assert.Contains(lines, l => l.StartsWith("    1-1 家庭での子育て支援サービスの充実 (owners: こども家庭部 子育て支援課、", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("      1-3-1 保育所の拡充", StringComparison.Ordinal));
        var summary = lines[^1];
        Assert.StartsWith("6 pillars, 22 strategic plans, ", summary);
        Assert.EndsWith($", {run.ErrLines.Length} diagnostic{(run.ErrLines.Length == 1 ? "" : "s")}", summary);
    }

    [Fact]
    public async Task json_prints_exactly_the_open_data_document_and_diagnostics_as_json_lines()
    {
        var run = await CliRun.RunAsync("parse", SamplePath, "--json");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var expected = PlanParser.Parse(PlanInput.ReadFile(SamplePath).Text!);
        Assert.Equal(PlanJson.Serialize(expected.Plan!), run.Out);
        Assert.Equal(expected.Diagnostics.Count, run.ErrLines.Length);
        foreach (var line in run.ErrLines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("severity", out _), line);
            Assert.True(json.RootElement.TryGetProperty("line", out _), line);
            Assert.True(json.RootElement.TryGetProperty("hint", out _), line);
            Assert.DoesNotMatch(@"\\u(3[0-9A-F]|[4-9][0-9A-F])[0-9A-F]{2}", line); // kana and kanji stay unescaped
        }
    }

    [Fact]
    public async Task the_same_plan_in_shift_jis_and_utf16_prints_the_same_outline()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // CP932 has no 〜 (U+301C); Windows writes ～ (U+FF5E) instead, so all three copies use ～.
        var text = File.ReadAllText(SamplePath).Replace('〜', '～');

        var utf8 = await CliRun.RunAsync("parse", WriteFile("utf8.txt", Encoding.UTF8.GetBytes(text)));
        var sjis = await CliRun.RunAsync("parse", WriteFile("sjis.txt", Encoding.GetEncoding(932).GetBytes(text)));
        var utf16 = await CliRun.RunAsync("parse", WriteFile("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));

        Assert.True(utf8.ExitCode == ExitCodes.Ok, utf8.ToString());
        Assert.Equal(utf8.Out, sjis.Out);
        Assert.Equal(utf8.Out, utf16.Out);
    }

    [Fact]
    public async Task text_that_is_not_an_action_plan_is_refused_with_exit_code_2()
    {
        var path = WriteFile("letter.txt", Encoding.UTF8.GetBytes("拝啓 時下ますますご清祥のこととお慶び申し上げます。\n敬具\n"));

        var run = await CliRun.RunAsync("parse", path);

        AssertRefused(run, "");
        Assert.NotEqual("", run.Err.Trim());
    }
}
