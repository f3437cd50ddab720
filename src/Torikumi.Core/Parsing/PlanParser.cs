using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

/// <summary>Reads a published action-plan text into a <see cref="PlanDocument"/>. Never throws on any input.</summary>
public static class PlanParser
{
    public static ParseResult Parse(string text, Vocabulary? vocabulary = null)
    {
        text ??= "";
        try
        {
            return new PlanReader(text, vocabulary ?? Vocabulary.Default).Read();
        }
        catch (Exception ex)
        {
            // A bug of ours must not lose the user's input: report it like any other problem.
            var d = Diagnostics.Make(text, DiagnosticSeverity.Error, "internal-error", 0, Math.Min(text.Length, 40),
                $"the parser failed unexpectedly ({ex.GetType().Name}: {ex.Message})",
                "please report this with the input file; nothing was stored");
            return new ParseResult(null, [d], [new Segment(0, text.Length, SegmentKind.Diagnostic, null)], text);
        }
    }
}

internal static class Diagnostics
{
    public static Diagnostic Make(string text, DiagnosticSeverity severity, string code, int start, int end, string message, string hint)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < start; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        var snippetEnd = Math.Min(text.Length, Math.Min(Math.Max(end, start + 30), start + 60));
        var snippet = text[start..snippetEnd].ReplaceLineEndings(" ");
        return new Diagnostic(severity, code, message, start, end, line, start - lineStart + 1, snippet, hint);
    }
}
