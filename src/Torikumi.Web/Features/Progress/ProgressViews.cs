using System.Text.Json;
using System.Text.Json.Serialization;
using Torikumi.Core.Progress;

namespace Torikumi.Web.Features.Progress;

/// <summary>Where a department's part of an item stands in a fiscal year; <see cref="NotStarted"/> when no report exists (未着手).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressStage>))]
public enum ProgressStage
{
    [JsonStringEnumMemberName("not-started")] NotStarted,
    [JsonStringEnumMemberName("draft")] Draft,
    [JsonStringEnumMemberName("submitted")] Submitted,
    [JsonStringEnumMemberName("returned")] Returned,
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("published")] Published,
}

/// <summary>The workflow steps as the API names them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressStep>))]
public enum ProgressStep
{
    [JsonStringEnumMemberName("save")] Save,
    [JsonStringEnumMemberName("submit")] Submit,
    [JsonStringEnumMemberName("return")] Return,
    [JsonStringEnumMemberName("approve")] Approve,
    [JsonStringEnumMemberName("publish")] Publish,
}

public sealed record EvidenceLinkView(string Title, string Url);

public sealed record IndicatorValueView(int FiscalYear, decimal Value);

/// <summary>達成度 of an indicator in the report's fiscal year (see docs/progress.md).</summary>
public sealed record AchievementView(decimal Ratio, decimal Percent);

/// <summary>An indicator (指標) of an item's department part; <see cref="Version"/> guards its own changes.</summary>
public sealed record IndicatorView(
    int Id,
    int Version,
    string Name,
    string Unit,
    string Direction,
    IndicatorValueView? Baseline,
    IReadOnlyList<IndicatorValueView> Targets,
    IReadOnlyList<IndicatorValueView> Actuals,
    AchievementView? Achievement);

/// <summary>The status the indicators suggest for the year, and from which indicators (指標による判定の提案).</summary>
public sealed record SuggestionView(string Status, string StatusLabel, string Level, IReadOnlyList<string> Indicators);

/// <summary>
/// One department's part of an item in a fiscal year, as the caller may see it. A part without a stored report is
/// <see cref="ProgressStage.NotStarted"/> with version 0. <see cref="Actions"/> lists the steps the caller could take
/// now; the public sees neither actions nor who changed the report.
/// </summary>
public sealed record ReportView(
    int PlanId,
    string ItemKey,
    string ItemTitle,
    int FiscalYear,
    string FiscalYearLabel,
    string Department,
    IReadOnlyList<string> Sections,
    ProgressStage Stage,
    string Plan,
    string Result,
    string? Status,
    string? StatusLabel,
    string? StatusReason,
    decimal? Percent,
    string Remarks,
    IReadOnlyList<EvidenceLinkView> Evidence,
    string? ReturnReason,
    int Version,
    IReadOnlyList<IndicatorView> Indicators,
    SuggestionView? Suggestion,
    IReadOnlyList<ProgressStep> Actions,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy);

/// <summary>Every department part of an item the caller may see (<see cref="Departments"/> lists all the item's departments).</summary>
public sealed record ItemReports(int PlanId, string ItemKey, string ItemTitle, int FiscalYear, string FiscalYearLabel,
    IReadOnlyList<string> Departments, IReadOnlyList<ReportView> Parts);

/// <summary>A line of a report list: one department part of one reportable item.</summary>
public sealed record ReportListEntry(string ItemKey, string ItemTitle, string Department, ProgressStage Stage,
    string? Status, decimal? Percent, int Version, DateTimeOffset? UpdatedAt);

public sealed record ReportList(int PlanId, int FiscalYear, IReadOnlyList<ReportListEntry> Reports);

/// <summary>How far one department is in a fiscal year: its parts per stage; overdue when the deadline passed with parts not submitted.</summary>
public sealed record DepartmentProgress(string Department, int NotStarted, int Draft, int Submitted, int Returned, int Approved,
    int Published, int Total, bool Overdue);

/// <summary>The planning division's overview of a fiscal year (進行管理の状況).</summary>
public sealed record ProgressDashboard(int PlanId, int FiscalYear, string FiscalYearLabel, DateOnly? Deadline,
    IReadOnlyList<DepartmentProgress> Departments);

/// <summary>What the public sees for a fiscal year: the published reports and the roll-ups computed from them only.</summary>
public sealed record PublishedProgress(int PlanId, int FiscalYear, string FiscalYearLabel, IReadOnlyList<ProgressStatus> Scale,
    IReadOnlyList<ReportView> Reports, ProgressRollUp RollUp);

/// <summary>One change in the audit trail; <see cref="Before"/> and <see cref="After"/> are the report (or setting) as JSON.</summary>
public sealed record AuditView(long Id, DateTimeOffset At, string UserId, string UserName, string? ItemKey, int? FiscalYear,
    string? Department, string Action, JsonElement? Before, JsonElement? After);

public sealed record AuditTrail(int PlanId, string ItemKey, IReadOnlyList<AuditView> Entries);

public sealed record IndicatorList(int PlanId, string ItemKey, string Department, IReadOnlyList<IndicatorView> Indicators);

public sealed record CandidateList(int PlanId, string ItemKey, IReadOnlyList<IndicatorCandidate> Candidates);

public sealed record SuggestionAnswer(SuggestionView? Suggestion);

public sealed record PublishedCount(int PlanId, int FiscalYear, int Published);
