using System.Text.Json.Serialization;
using Torikumi.Core.Progress;

namespace Torikumi.Core.Export;

/// <summary>
/// One published progress report (公表された進捗報告) as open data: one department's part of one item in one fiscal
/// year. Made only from published reports, so nothing in this type can be a draft. In the plan JSON it is an entry of the
/// item's <c>progress</c> (without <see cref="ItemKey"/> and <see cref="ItemTitle"/>, which the item already has); in
/// CSV and XLSX one row of the progress list (<see cref="ProgressColumns"/>).
/// </summary>
public sealed record ProgressRow
{
    [JsonIgnore] public string ItemKey { get; init; } = "";
    [JsonIgnore] public string ItemTitle { get; init; } = "";
    public required int FiscalYear { get; init; }
    /// <summary>令和4年度(2022年度).</summary>
    public required string FiscalYearLabel { get; init; }
    public required string Department { get; init; }
    public IReadOnlyList<string> Sections { get; init; } = [];
    /// <summary>The status code of the plan's scale (on-track …); null when the report gives none.</summary>
    public string? Status { get; init; }
    /// <summary>The status as the scale names it in Japanese (計画どおり …).</summary>
    public string? StatusLabel { get; init; }
    /// <summary>Why the status differs from the one the indicators suggest.</summary>
    public string? StatusReason { get; init; }
    public decimal? Percent { get; init; }
    public string Plan { get; init; } = "";
    public string Result { get; init; } = "";
    public string Remarks { get; init; } = "";
    public IReadOnlyList<ProgressEvidence> Evidence { get; init; } = [];
    public IReadOnlyList<ProgressIndicator> Indicators { get; init; } = [];
}

/// <summary>A link to evidence (根拠資料) of a report.</summary>
public sealed record ProgressEvidence(string Title, string Url);

/// <summary>
/// An indicator (指標) as a published report shows it for its fiscal year: only that year's target and actual (an actual
/// entered for a later year, whose report may not be published, stays out), the baseline, and the achievement (達成度, %).
/// </summary>
public sealed record ProgressIndicator(string Name, string Unit, string Direction, IndicatorValue? Baseline, decimal? Target, decimal? Actual,
    decimal? Achievement)
{
    /// <summary>The indicator's figures for <paramref name="fiscalYear"/>.</summary>
    public static ProgressIndicator Of(Indicator indicator, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new(indicator.Name, indicator.Unit, indicator.Direction == IndicatorDirection.LowerIsBetter ? "lower" : "higher",
            indicator.Baseline is { } b ? new IndicatorValue(b.FiscalYear, ProgressColumns.Plain(b.Value)) : null,
            ProgressColumns.Plain(indicator.TargetIn(fiscalYear)), ProgressColumns.Plain(indicator.ActualIn(fiscalYear)),
            ProgressColumns.Plain(indicator.AchievementIn(fiscalYear)?.Percent));
    }
}
