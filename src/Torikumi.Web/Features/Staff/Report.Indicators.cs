using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Japanese;
using Torikumi.Web.Features.Progress;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// The indicator form of the report page (指標の追加・変更): one indicator at a time, added or changed through the same
/// service calls as the API (permission, state, the indicator's own version, audit). A stale change shows the stored
/// indicator next to what was typed; the typed form is never lost.
/// </summary>
public sealed partial class ReportModel
{
    /// <summary>The indicator being changed (from the list's 変更 link); none: the form adds one.</summary>
    [FromQuery(Name = "indicator")] public int? EditIndicator { get; set; }
    [BindProperty] public IndicatorForm IndicatorInput { get; set; } = new();

    /// <summary>Whether the indicator form was what was posted (its errors are shown next to it, its input kept).</summary>
    public bool IndicatorPosted { get; private set; }
    /// <summary>The indicator as stored when a change to it was refused as stale.</summary>
    public IndicatorView? IndicatorConflict { get; private set; }
    /// <summary>The name of the indicator being edited (the form's heading).</summary>
    public string? EditingName { get; private set; }

    public async Task<IActionResult> OnPostSaveIndicatorAsync(CancellationToken ct)
    {
        if (!await LoadPlansAsync(Id, ct))
            return Missing($"計画 {Id} はありません。", $"There is no plan with id {Id}.");
        if (ChooseYear(FiscalYear, out var yearError) is not { } year)
            return Missing(yearError!, yearError!);
        IndicatorPosted = true;
        var (indicator, inputErrors) = IndicatorInput.ToIndicator();
        var result = IndicatorId == 0
            ? await reports.AddIndicatorAsync(Id, Key, year, Department, indicator, ct, inputErrors)
            : await reports.UpdateIndicatorAsync(Id, Key, year, Department, IndicatorId, IndicatorVersion, indicator, ct, inputErrors);
        if (result.Refusal is ProgressForbidden forbidden)
            return Refuse(forbidden);
        if (result.Refusal is ProgressNotFound missing && IndicatorId == 0)
            return Refuse(missing);
        // An unknown item or department is refused here; what remains is about this indicator.
        if (await LoadAsync(ct) is { } refused)
            return refused;
        Form = ReportForm.From(Part!);
        Version = Part!.Version;
        switch (result.Refusal)
        {
            case null:
                ModelState.Clear();
                IndicatorPosted = false;
                EditIndicator = null;
                LoadIndicatorForm();
                Notice = SavedNotice(result.Value!, year);
                return Page();
            case ProgressInvalid invalid:
                foreach (var e in invalid.Errors)
                    ModelState.AddModelError(IndicatorInput.FieldId(e.Field), ui.T(e.Japanese, e.English));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case ProgressConflict conflict when conflict.Current.Indicators.FirstOrDefault(i => i.Id == IndicatorId) is { } stored:
                IndicatorConflict = stored;
                // Saving again after seeing the stored indicator deliberately builds on it.
                IndicatorVersion = stored.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case ProgressConflict or ProgressNotFound:
                StateProblem = ui.T("この指標は他の人が削除しました。入力は残してあります。保存すると新しい指標として追加します。",
                    "Someone else removed this indicator. Your input is kept; saving adds it as a new indicator.");
                IndicatorId = 0;
                IndicatorVersion = 0;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                StateProblem = ui.T(result.Refusal.Japanese, result.Refusal.English);
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }
        EditingName = IndicatorId == 0 ? null : Part.Indicators.FirstOrDefault(i => i.Id == IndicatorId)?.Name ?? IndicatorInput.Name;
        IndicatorInput.AddBlankRows();
        return Page();
    }

    /// <summary>The form for the indicator asked for in the query, or an empty one to add an indicator (not when one was posted).</summary>
    void LoadIndicatorForm()
    {
        if (IndicatorPosted)
            return;
        var editing = EditIndicator is { } id ? Part!.Indicators.FirstOrDefault(i => i.Id == id) : null;
        IndicatorInput = IndicatorForm.From(editing, Years);
        IndicatorId = editing?.Id ?? 0;
        IndicatorVersion = editing?.Version ?? 0;
        EditingName = editing?.Name;
    }

    /// <summary>What was saved, with the year's achievement and the status the indicators now suggest.</summary>
    string SavedNotice(IndicatorView saved, int year)
    {
        var label = FiscalYears.Label(year);
        var achievement = saved.Achievement is { } a
            ? ui.T($"{label}の達成度は{Number(a.Percent)}%です。", $"Its achievement in FY{year} is {Number(a.Percent)}%.")
            : ui.T($"{label}の目標値と実績値がそろうと達成度を計算します。", $"Its achievement is computed once FY{year} has both a target and an actual.");
        var suggestion = Part!.Suggestion is { } s
            ? ui.T($"指標による提案: 「{s.StatusLabel}」。", $"Suggested status from the indicators: “{StatusLabel(s.Status)}”.")
            : "";
        return ui.T($"指標「{saved.Name}」を保存しました。", $"The indicator “{saved.Name}” was saved. ") + achievement + suggestion;
    }

    /// <summary>The link that opens the form on one indicator.</summary>
    public string EditIndicatorUrl(int indicatorId) => DepartmentUrl(Part!.Department) + $"&indicator={indicatorId}#indicator-form-heading";

    public string DirectionLabel(string? direction) =>
        direction == "lower" ? ui.T("低いほど良い", "lower is better") : ui.T("高いほど良い", "higher is better");

    /// <summary>An indicator's values as lines for the conflict table: stored (left) and typed (right).</summary>
    public IReadOnlyList<(string Field, string Stored, string Typed)> IndicatorDifferences()
    {
        var stored = IndicatorConflict!;
        var typed = IndicatorInput;
        string Series(IEnumerable<IndicatorValueView> values) =>
            string.Join("、", values.Select(v => $"{FiscalYears.EraLabel(v.FiscalYear)} {Number(v.Value)}"));
        string TypedSeries(Func<int, string?> value) => string.Join("、", Enumerable.Range(0, typed.Rows)
            .Where(i => !string.IsNullOrWhiteSpace(value(i))).Select(i => $"{typed.YearAt(i)} {value(i)}"));
        return
        [
            (ui.T("指標名", "Name"), stored.Name, typed.Name ?? ""),
            (ui.T("単位", "Unit"), stored.Unit, typed.Unit ?? ""),
            (ui.T("方向", "Direction"), DirectionLabel(stored.Direction), DirectionLabel(typed.Direction)),
            (ui.T("基準値", "Baseline"), stored.Baseline is { } b ? $"{FiscalYears.EraLabel(b.FiscalYear)} {Number(b.Value)}" : "",
                string.IsNullOrWhiteSpace(typed.BaselineValue) ? "" : $"{typed.BaselineYear} {typed.BaselineValue}"),
            (ui.T("目標値", "Targets"), Series(stored.Targets), TypedSeries(typed.TargetAt)),
            (ui.T("実績値", "Actuals"), Series(stored.Actuals), TypedSeries(typed.ActualAt)),
        ];
    }
}
