using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress;

/// <summary>From stored rows to what callers see, and to the JSON the audit trail keeps.</summary>
static class ReportMapping
{
    public static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ProgressStage StageOf(ReportState? state) => state switch
    {
        null => ProgressStage.NotStarted,
        ReportState.Draft => ProgressStage.Draft,
        ReportState.Submitted => ProgressStage.Submitted,
        ReportState.Returned => ProgressStage.Returned,
        ReportState.Approved => ProgressStage.Approved,
        _ => ProgressStage.Published,
    };

    public static string Name(ProgressStage stage) => stage switch
    {
        ProgressStage.NotStarted => "not-started",
        ProgressStage.Draft => "draft",
        ProgressStage.Submitted => "submitted",
        ProgressStage.Returned => "returned",
        ProgressStage.Approved => "approved",
        _ => "published",
    };

    public static ProgressStep StepOf(ReportAction action) => action switch
    {
        ReportAction.SaveDraft => ProgressStep.Save,
        ReportAction.Submit => ProgressStep.Submit,
        ReportAction.Return => ProgressStep.Return,
        ReportAction.Approve => ProgressStep.Approve,
        _ => ProgressStep.Publish,
    };

    public static string Direction(IndicatorDirection d) => d == IndicatorDirection.LowerIsBetter ? "lower" : "higher";

    public static IndicatorView View(ReportIndicator row, int fiscalYear)
    {
        var achievement = row.ToIndicator().AchievementIn(fiscalYear);
        return new(row.Id, row.Version, row.Name, row.Unit, Direction(row.Direction),
            row.BaselineYear is { } y && row.BaselineValue is { } v ? new IndicatorValueView(y, v) : null,
            [.. row.Targets.Select(t => new IndicatorValueView(t.FiscalYear, t.Value))],
            [.. row.Actuals.Select(t => new IndicatorValueView(t.FiscalYear, t.Value))],
            achievement is null ? null : new AchievementView(Math.Round(achievement.Ratio, 4), achievement.Percent));
    }

    public static SuggestionView? View(StatusSuggestion? suggestion, StatusScale scale) => suggestion is null
        ? null
        : new SuggestionView(suggestion.Code, scale.Find(suggestion.Code)?.Japanese ?? suggestion.Code,
            suggestion.Level.ToString().ToLowerInvariant(), [.. suggestion.Basis.Select(b => b.Indicator)]);

    /// <param name="report">Null for a part not started yet.</param>
    /// <param name="forStaff">Whether to show who changed it and which steps the caller could take.</param>
    public static ReportView View(ReportPart part, ProgressReport? report, IReadOnlyList<ReportIndicator> indicators,
        ProgressActor actor, bool forStaff)
    {
        var scale = part.Target.Scale;
        var year = part.Target.FiscalYear;
        var domain = indicators.Select(i => i.ToIndicator()).ToList();
        var suggestion = StatusSuggestions.Suggest(domain, year, scale);
        var status = scale.Find(report?.StatusCode);
        var actions = forStaff
            ? ReportWorkflow.AvailableActions(report?.State, actor, part.Owner).Select(StepOf).ToList()
            : [];
        return new ReportView(
            part.Target.PlanId, part.Target.Key, part.Target.Item.Title, year, FiscalYears.Label(year),
            part.Owner.Department, report?.Sections ?? [.. part.Owner.Sections],
            StageOf(report?.State),
            report?.Planned ?? "", report?.Result ?? "", report?.StatusCode, status?.Japanese, report?.StatusReason,
            report?.Percent, report?.Remarks ?? "",
            [.. (report?.Evidence ?? []).Select(e => new EvidenceLinkView(e.Title, e.Url))],
            report?.ReturnReason,
            report?.Version ?? 0,
            [.. indicators.Select(i => View(i, year))],
            View(suggestion, scale),
            actions,
            forStaff ? report?.UpdatedAt : null,
            forStaff ? report?.UpdatedByName : null);
    }

    /// <summary>What the audit trail keeps of a report: its content and state, with the indicators as they were.</summary>
    /// <remarks>Null for a part with nothing stored yet (no report, no indicators).</remarks>
    public static string? Snapshot(ProgressReport? report, IReadOnlyCollection<ReportIndicator>? indicators) => report is null && (indicators is null || indicators.Count == 0)
        ? null
        : JsonSerializer.Serialize(new
        {
            state = Name(StageOf(report?.State)),
            version = report?.Version ?? 0,
            plan = report?.Planned,
            result = report?.Result,
            status = report?.StatusCode,
            statusReason = report?.StatusReason,
            percent = report?.Percent,
            remarks = report?.Remarks,
            evidence = report?.Evidence,
            returnReason = report?.ReturnReason,
            indicators = indicators?.Select(IndicatorSnapshot).ToList(),
        }, AuditJson);

    public static object IndicatorSnapshot(ReportIndicator i) => new
    {
        id = i.Id,
        version = i.Version,
        name = i.Name,
        unit = i.Unit,
        direction = Direction(i.Direction),
        baseline = i.BaselineYear is { } y ? new { fiscalYear = y, value = i.BaselineValue } : null,
        targets = i.Targets,
        actuals = i.Actuals,
    };

    public static string Json(object value) => JsonSerializer.Serialize(value, AuditJson);
}
