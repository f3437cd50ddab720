namespace Torikumi.Core.Parsing;

public enum DiagnosticSeverity { Info, Warning, Error }

/// <summary>
/// Something the parser could not place, or placed with a guess: where (offset, line, column in the decoded
/// text), what it saw (a snippet) and how to fix it (a hint). Never thrown; always reported.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    int Start,
    int End,
    int Line,
    int Column,
    string Snippet,
    string Hint)
{
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} at {Line}:{Column}: {Message} 「{Snippet}」 — {Hint}";
}
