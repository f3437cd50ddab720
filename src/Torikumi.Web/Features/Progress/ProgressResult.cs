using Torikumi.Core.Progress;

namespace Torikumi.Web.Features.Progress;

/// <summary>Why the progress service refused a request, in Japanese (shown first) and English; the API maps each kind to a status code.</summary>
public abstract record ProgressRefusal(string Japanese, string English)
{
    public override string ToString() => $"{Japanese} / {English}";
}

/// <summary>No such plan, item, department part or indicator, or nothing the caller may see there (404).</summary>
public sealed record ProgressNotFound(string Japanese, string English) : ProgressRefusal(Japanese, English);

/// <summary>
/// The caller may not do this: not signed in (401 when <see cref="SignedIn"/> is false), the role does not allow it,
/// or the department is outside their scope (403).
/// </summary>
public sealed record ProgressForbidden(string Japanese, string English, bool SignedIn) : ProgressRefusal(Japanese, English);

/// <summary>The input breaks rules; every broken rule is listed with its field (400).</summary>
public sealed record ProgressInvalid(IReadOnlyList<ProgressError> Errors)
    : ProgressRefusal("入力内容を確認してください。", "Some of the input is not valid.");

/// <summary>
/// The workflow step does not apply in the report's current state, e.g. editing a submitted report (409);
/// <see cref="Current"/> is the report as stored, when the refusal is about one report.
/// </summary>
public sealed record ProgressStateConflict(string Japanese, string English, ReportView? Current) : ProgressRefusal(Japanese, English);

/// <summary>
/// Someone else changed the report since the caller read it (the expected version is stale): nothing was written, and
/// <see cref="Current"/> is the report as now stored, so the caller can see the other change and redo theirs (409).
/// </summary>
public sealed record ProgressConflict(ReportView Current) : ProgressRefusal(
    $"この報告は{Current.UpdatedBy ?? "他の人"}が先に更新しました(版 {Current.Version})。最新の内容を確認してから、もう一度保存してください。",
    $"This report was changed by {Current.UpdatedBy ?? "someone else"} since you read it (now version {Current.Version}). Check the current content, then save again.");

/// <summary>The answer of a <see cref="ProgressReports"/> method: a value, or why not.</summary>
public sealed record ProgressResult<T>(T? Value, ProgressRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static implicit operator ProgressResult<T>(T value) => new(value, null);
    public static implicit operator ProgressResult<T>(ProgressRefusal refusal) => new(default, refusal);
}
