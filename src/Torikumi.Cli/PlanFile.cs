using System.Text;
using System.Text.Json;
using Torikumi.Core.Export;
using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;

namespace Torikumi.Cli;

/// <summary>A plan read from a file: the plan (or why there is none), what the parser noted, and the source as decoded.</summary>
public sealed record PlanFile(
    PlanDocument? Plan,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? SourceText,
    string? Encoding,
    string Format,
    string? Error)
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";

    /// <summary>
    /// Reads a published plan text (any supported encoding, parsed) or an open-data JSON file (<c>.json</c>, or
    /// content starting with <c>{</c>). Never throws for bad input: <see cref="Error"/> says what is wrong.
    /// </summary>
    public static PlanFile Read(string path)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            return ReadJsonFile(path);

        var decoded = PlanInput.ReadFile(path);
        if (!decoded.Ok || decoded.Text is null)
            return new PlanFile(null, [], null, null, TextFormat, decoded.Error ?? $"{path}: the file could not be read as text");
        if (decoded.Text.AsSpan().TrimStart().StartsWith("{"))
            return FromJson(path, decoded.Text, decoded.EncodingName);

        var result = PlanParser.Parse(decoded.Text);
        if (result.Plan is null)
            return new PlanFile(null, result.Diagnostics, decoded.Text, decoded.EncodingName, TextFormat,
                $"{path}: not an action plan: no pillar (施策の柱 …) or strategic plan (戦略計画 …) headings were found. " +
                "Give the text of a published action plan (アクションプラン / 年度別取組計画) or an open-data JSON file.");
        return new PlanFile(result.Plan, result.Diagnostics, decoded.Text, decoded.EncodingName, TextFormat, null);
    }

    static PlanFile ReadJsonFile(string path)
    {
        if (!File.Exists(path))
            return Refused(path, $"file not found (looked in {Path.GetFullPath(path)}); check the path");
        var length = new FileInfo(path).Length;
        if (length > PlanInput.MaxBytes)
            return Refused(path, $"the file is {length / (1024 * 1024)} MB; plan files may be at most {PlanInput.MaxBytes / (1024 * 1024)} MB");
        string text;
        try
        {
            // JSON is UTF-8 (RFC 8259); a BOM is tolerated, invalid bytes are refused rather than replaced.
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            return Refused(path, "the JSON file is not valid UTF-8; save it as UTF-8 and import it again");
        }
        return FromJson(path, text.TrimStart('\uFEFF'), "UTF-8");
    }

    static PlanFile FromJson(string path, string text, string? encoding)
    {
        try
        {
            return new PlanFile(PlanJson.Deserialize(text), [], text, encoding, JsonFormat, null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            return new PlanFile(null, [], text, encoding, JsonFormat,
                $"{path}: not a plan in the open-data JSON format{where}: {e.Message} (the format is described in docs/plan.schema.json)");
        }
    }

    static PlanFile Refused(string path, string why) => new(null, [], null, null, TextFormat, $"{path}: {why}.");
}
