namespace Torikumi.Core.Comments;

/// <summary>
/// The outcome of <see cref="CommentPeriodRules.Check"/>: errors block opening the period; warnings are shown to the
/// administrator and recorded (a short period is allowed with a reason). <see cref="Days"/> counts the whole days in
/// Japan the period covers; <see cref="Reason"/> is the reason as it should be stored (trimmed, null when blank).
/// </summary>
public sealed record PeriodCheck(IReadOnlyList<CommentMessage> Errors, IReadOnlyList<CommentMessage> Warnings, int Days, string? Reason)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>True when the period is shorter than <see cref="CommentPeriodRules.MinimumDays"/> (the reason is required).</summary>
    public bool IsShort => Warnings.Any(w => w.Code == CommentPeriodRules.ShortCode);
}
