using System.Globalization;

namespace Torikumi.Core.Export;

/// <summary>
/// The columns of the published progress list (進捗一覧), in order: the per-year download
/// (<c>/plans/{id}/progress/{fiscalYear}/data.csv</c>), the plan's progress list over all years
/// (<c>/plans/{id}/progress.csv</c>) and the 「進捗一覧」 sheets share them (docs/open-data.md lists them).
/// </summary>
public static class ProgressColumns
{
    public static IReadOnlyList<ExportColumn<ProgressRow>> All { get; } =
    [
        new("年度", "fiscal_year", "西暦の年度(2022 = 令和4年度)", r => r.FiscalYear) { Width = 8 },
        new("年度(和暦)", "fiscal_year_label", "和暦と西暦の年度", r => r.FiscalYearLabel) { Width = 22 },
        new("項目キー", "item_key", "取組の安定したキー(4-1-3)", r => r.ItemKey) { Width = 10 },
        new("取組名", "item_title", "取組・事業の名前", r => r.ItemTitle) { Width = 30, Long = true },
        new("部", "department", "報告した部", r => r.Department) { Width = 14 },
        new("課", "sections", "担当の課(複数は「、」区切り)", r => string.Join("、", r.Sections)) { Width = 18, Long = true },
        new("状況コード", "status", "状況のコード(ahead, on-track …)", r => r.Status) { Width = 12 },
        new("状況", "status_label", "状況(計画どおり など)", r => r.StatusLabel) { Width = 14 },
        new("状況の理由", "status_reason", "指標による提案と違う状況にした理由", r => r.StatusReason) { Width = 24, Long = true },
        new("進捗率", "percent", "進捗率(%、0〜100)", r => Number(r.Percent)) { Width = 8 },
        new("計画", "plan", "その年度の計画", r => r.Plan) { Width = 40, Long = true },
        new("実績", "result", "その年度の実績", r => r.Result) { Width = 40, Long = true },
        new("備考", "remarks", "備考", r => r.Remarks) { Width = 24, Long = true },
        new("根拠資料", "evidence", "根拠資料(1行に「名前 URL」)", r => string.Join("\n", r.Evidence.Select(e => $"{e.Title} {e.Url}"))) { Width = 30, Long = true },
        new("指標", "indicators", "指標(1行に「名前: 目標 / 実績 (達成度)」)", Indicators) { Width = 40, Long = true },
    ];

    /// <summary>A figure without trailing zeros or exponent: 80, 12.5; empty for none.</summary>
    public static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// The same value with no trailing zeros (80.00 → 80), so that the JSON writes a figure the same way whichever database
    /// it was read from.
    /// </summary>
    public static decimal? Plain(decimal? value) => value is { } v ? Plain(v) : null;

    /// <inheritdoc cref="Plain(decimal?)"/>
    public static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>「研修の回数: 目標 4回 / 実績 4回 (達成度 100%)」, one line per indicator.</summary>
    static string Indicators(ProgressRow row) => string.Join("\n", row.Indicators.Select(i =>
        $"{i.Name}: 目標 {Number(i.Target)}{i.Unit} / 実績 {Number(i.Actual)}{i.Unit}" + (i.Achievement is { } a ? $" (達成度 {Number(a)}%)" : "")));
}
