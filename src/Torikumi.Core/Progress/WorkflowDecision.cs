namespace Torikumi.Core.Progress;

/// <summary>Why a workflow step was refused; the web maps the kinds to 403, 409 and 400.</summary>
public enum WorkflowRefusalKind
{
    /// <summary>The role does not allow this step at all (403).</summary>
    NotPermitted,
    /// <summary>An editor acting for a department or section outside their scope (403).</summary>
    OutOfScope,
    /// <summary>The step does not apply in the report's current state (409).</summary>
    InvalidTransition,
    /// <summary>A return without a reason, or with one that is too long (400).</summary>
    InvalidReason,
}

public sealed record WorkflowRefusal(WorkflowRefusalKind Kind, string Japanese, string English)
{
    public override string ToString() => $"{Japanese} / {English}";
}

/// <summary>
/// The answer of <see cref="ReportWorkflow.Decide"/>: allowed with the state the report moves to (and the trimmed reason
/// of a return), or refused with why.
/// </summary>
public sealed record WorkflowDecision(ReportState? NewState, string? Reason, WorkflowRefusal? Refusal)
{
    public bool Allowed => Refusal is null;

    internal static WorkflowDecision Allow(ReportState state, string? reason = null) => new(state, reason, null);

    internal static WorkflowDecision Refuse(WorkflowRefusalKind kind, string japanese, string english) =>
        new(null, null, new WorkflowRefusal(kind, japanese, english));
}
