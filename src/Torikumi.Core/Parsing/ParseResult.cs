using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

/// <summary>The outcome of reading a plan text. <see cref="Plan"/> is null when the text is not an action plan.</summary>
public sealed record ParseResult(
    PlanDocument? Plan,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Segment> Segments,
    string Text)
{
    public bool IsPlan => Plan is not null;
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
