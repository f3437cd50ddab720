using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Torikumi.Core.Parsing;

namespace Torikumi.Cli;

/// <summary>Writes parser diagnostics for people (one <see cref="Diagnostic.ToString"/> per line) or tools (JSON lines).</summary>
public static class DiagnosticOutput
{
    static readonly JsonSerializerOptions JsonLineOptions = CreateOptions();

    static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = false,
            // Lines for tools, never embedded in HTML: keep Japanese and quotes readable (\" rather than \u0022).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static void WriteText(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            writer.Write(diagnostic + "\n");
    }

    /// <summary>One JSON object per line (camelCase, Japanese unescaped), so <c>jq</c> and friends can read stderr.</summary>
    public static void WriteJsonLines(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            writer.Write(ToJsonLine(diagnostic) + "\n");
    }

    public static string ToJsonLine(Diagnostic diagnostic) => JsonSerializer.Serialize(diagnostic, JsonLineOptions);
}
