using Torikumi.Core.Plans;

namespace Torikumi.Core.Progress;

/// <summary>
/// The workflow of one report (item × fiscal year × department): draft → submitted → returned (with a reason) or
/// approved → published. Who may do what: a department editor saves drafts and submits for the units in their scope;
/// a reviewer returns and approves; an administrator (企画課) may do everything, also on a department's behalf.
/// A returned report stays returned while it is being fixed, so the reason stays in sight until it is submitted again.
/// A published report is final here (corrections after publication are a later feature).
/// </summary>
public static class ReportWorkflow
{
    public const int MaxReasonLength = 2000;

    /// <param name="current">The report's state, or null when no report exists yet.</param>
    /// <param name="owner">The department part of the item the report is for (部 with the item's 課 in it).</param>
    /// <param name="reason">Required to return a report.</param>
    public static WorkflowDecision Decide(ReportState? current, ReportAction action, ProgressActor actor, Owner owner, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(owner);
        return Permission(action, actor, owner) ?? Transition(current, action, reason);
    }

    /// <summary>The steps this actor could take now, in workflow order, for showing only the buttons that work.</summary>
    public static IReadOnlyList<ReportAction> AvailableActions(ReportState? current, ProgressActor actor, Owner owner) =>
        [.. Enum.GetValues<ReportAction>().Where(a => Decide(current, a, actor, owner, a == ReportAction.Return ? "-" : null).Allowed)];

    static WorkflowDecision? Permission(ReportAction action, ProgressActor actor, Owner owner)
    {
        if (actor.Is(ProgressRoles.Administrator))
            return null;
        switch (action)
        {
            case ReportAction.SaveDraft or ReportAction.Submit:
                if (actor.Covers(owner))
                    return null;
                return actor.Is(ProgressRoles.DepartmentEditor)
                    ? WorkflowDecision.Refuse(WorkflowRefusalKind.OutOfScope,
                        $"{owner.Department}の報告は、担当する部署({string.Join("、", actor.Scope)})の範囲外です。",
                        $"The report of {owner.Department} is outside the units you write for ({string.Join(", ", actor.Scope)}).")
                    : WorkflowDecision.Refuse(WorkflowRefusalKind.NotPermitted,
                        "報告の入力と提出は、所管部署の入力担当者と企画課だけができます。",
                        "Only the department's editors and the planning division may write and submit reports.");
            case ReportAction.Return or ReportAction.Approve:
                return actor.Is(ProgressRoles.Reviewer) ? null : WorkflowDecision.Refuse(WorkflowRefusalKind.NotPermitted,
                    "差戻しと承認は、確認担当者と企画課だけができます。",
                    "Only reviewers and the planning division may return or approve reports.");
            default:
                return WorkflowDecision.Refuse(WorkflowRefusalKind.NotPermitted,
                    "公表は企画課(管理者)だけができます。", "Only the planning division (administrators) may publish.");
        }
    }

    static WorkflowDecision Transition(ReportState? current, ReportAction action, string? reason) => (action, current) switch
    {
        (ReportAction.SaveDraft, null or ReportState.Draft) => WorkflowDecision.Allow(ReportState.Draft),
        (ReportAction.SaveDraft, ReportState.Returned) => WorkflowDecision.Allow(ReportState.Returned),
        (ReportAction.Submit, ReportState.Draft or ReportState.Returned) => WorkflowDecision.Allow(ReportState.Submitted),
        (ReportAction.Return, ReportState.Submitted or ReportState.Approved) => Returned(reason),
        (ReportAction.Approve, ReportState.Submitted) => WorkflowDecision.Allow(ReportState.Approved),
        (ReportAction.Publish, ReportState.Approved) => WorkflowDecision.Allow(ReportState.Published),
        _ => WorkflowDecision.Refuse(WorkflowRefusalKind.InvalidTransition, Japanese(action, current), English(action, current)),
    };

    static WorkflowDecision Returned(string? reason)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return WorkflowDecision.Refuse(WorkflowRefusalKind.InvalidReason,
                "差戻しの理由を入力してください。所管部署は理由を見て修正します。",
                "Give a reason for returning the report; the department fixes it from what you write.");
        if (trimmed.Length > MaxReasonLength)
            return WorkflowDecision.Refuse(WorkflowRefusalKind.InvalidReason,
                $"差戻しの理由は{MaxReasonLength}文字以内にしてください(いま{trimmed.Length}文字)。",
                $"The reason is too long ({trimmed.Length} characters, at most {MaxReasonLength}).");
        return WorkflowDecision.Allow(ReportState.Returned, trimmed);
    }

    static string Japanese(ReportAction action, ReportState? current) => $"{StateJa(current)}の報告は{ActionJa(action)}できません。" + (action, current) switch
    {
        (ReportAction.SaveDraft, ReportState.Submitted) => "修正が必要なら企画課に差戻しを依頼してください。",
        (ReportAction.Submit, null) => "先に報告を入力して一時保存してください。",
        (ReportAction.Submit, ReportState.Submitted) => "すでに提出済みです。",
        (ReportAction.Approve or ReportAction.Publish, null or ReportState.Draft or ReportState.Returned) => "所管部署の提出を待ってください。",
        (_, ReportState.Published) => "公表済みの報告は変更できません。",
        _ => "",
    };

    static string English(ReportAction action, ReportState? current) => $"A report that is {StateEn(current)} cannot be {ActionEn(action)}." + (action, current) switch
    {
        (ReportAction.SaveDraft, ReportState.Submitted) => " Ask the planning division to return it if it needs changes.",
        (ReportAction.Submit, null) => " Write and save the report first.",
        (ReportAction.Submit, ReportState.Submitted) => " It has been submitted already.",
        (ReportAction.Approve or ReportAction.Publish, null or ReportState.Draft or ReportState.Returned) => " Wait for the department to submit it.",
        (_, ReportState.Published) => " Published reports do not change.",
        _ => "",
    };

    static string StateJa(ReportState? s) => s switch
    {
        null => "未着手",
        ReportState.Draft => "下書き",
        ReportState.Submitted => "提出済み",
        ReportState.Returned => "差戻し中",
        ReportState.Approved => "承認済み",
        _ => "公表済み",
    };

    static string StateEn(ReportState? s) => s switch
    {
        null => "not started",
        ReportState.Draft => "a draft",
        ReportState.Submitted => "submitted",
        ReportState.Returned => "returned",
        ReportState.Approved => "approved",
        _ => "published",
    };

    static string ActionJa(ReportAction a) => a switch
    {
        ReportAction.SaveDraft => "編集",
        ReportAction.Submit => "提出",
        ReportAction.Return => "差戻し",
        ReportAction.Approve => "承認",
        _ => "公表",
    };

    static string ActionEn(ReportAction a) => a switch
    {
        ReportAction.SaveDraft => "edited",
        ReportAction.Submit => "submitted",
        ReportAction.Return => "returned",
        ReportAction.Approve => "approved",
        _ => "published",
    };
}
