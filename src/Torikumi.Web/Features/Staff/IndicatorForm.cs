using System.Globalization;
using System.Text;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress;
using Torikumi.Web.Features.Progress;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// The indicator form (指標) of the report page as posted: every value as text, so that what was typed comes back with
/// the errors. Targets and actuals are rows of (fiscal year, target, actual); a year is typed as 令和4年度, R4, 2022 or
/// FY2022 (<see cref="FiscalYears"/>). Input ids are <c>IndicatorInput_{Name}</c>, rows <c>IndicatorInput_Years_{i}</c>.
/// </summary>
public sealed class IndicatorForm
{
    /// <summary>Blank rows after the plan's years, so a year outside the plan (a later target) can be added without script.</summary>
    public const int BlankRows = 2;

    public string? Name { get; set; }
    public string? Unit { get; set; }
    /// <summary>higher or lower (is better).</summary>
    public string? Direction { get; set; } = "higher";
    public string? BaselineYear { get; set; }
    public string? BaselineValue { get; set; }
    public List<string?> Years { get; set; } = [];
    public List<string?> Targets { get; set; } = [];
    public List<string?> Actuals { get; set; } = [];

    public int Rows => Math.Max(Years.Count, Math.Max(Targets.Count, Actuals.Count));
    public string? YearAt(int i) => i < Years.Count ? Years[i] : null;
    public string? TargetAt(int i) => i < Targets.Count ? Targets[i] : null;
    public string? ActualAt(int i) => i < Actuals.Count ? Actuals[i] : null;

    /// <summary>A form for a new indicator (<paramref name="view"/> null) or for changing one: a row per plan year and per year with a value.</summary>
    public static IndicatorForm From(IndicatorView? view, IReadOnlyList<int> planYears)
    {
        var years = planYears.Concat(view?.Targets.Select(t => t.FiscalYear) ?? []).Concat(view?.Actuals.Select(a => a.FiscalYear) ?? [])
            .Distinct().Order().ToList();
        var form = new IndicatorForm
        {
            Name = view?.Name,
            Unit = view?.Unit,
            Direction = view?.Direction ?? "higher",
            BaselineYear = view?.Baseline is { } b ? FiscalYears.EraLabel(b.FiscalYear) : null,
            BaselineValue = view?.Baseline is { } v ? Number(v.Value) : null,
        };
        foreach (var y in years)
        {
            form.Years.Add(FiscalYears.EraLabel(y));
            form.Targets.Add(view?.Targets.FirstOrDefault(t => t.FiscalYear == y) is { } t ? Number(t.Value) : null);
            form.Actuals.Add(view?.Actuals.FirstOrDefault(a => a.FiscalYear == y) is { } a ? Number(a.Value) : null);
        }
        form.AddBlankRows();
        return form;
    }

    /// <summary>Adds the blank rows after those kept (when the form comes back with errors, it keeps the typed rows and their count).</summary>
    public void AddBlankRows()
    {
        var filled = Enumerable.Range(0, Rows).LastOrDefault(i => !Blank(YearAt(i)) || !Blank(TargetAt(i)) || !Blank(ActualAt(i)), -1) + 1;
        Years = [.. Enumerable.Range(0, filled).Select(YearAt)];
        Targets = [.. Enumerable.Range(0, filled).Select(TargetAt)];
        Actuals = [.. Enumerable.Range(0, filled).Select(ActualAt)];
        for (var i = 0; i < BlankRows; i++)
        {
            Years.Add(null);
            Targets.Add(null);
            Actuals.Add(null);
        }
    }

    /// <summary>
    /// The indicator for the service, with the problems of reading the text (an unreadable year or number) as input
    /// errors; <see cref="FieldId"/> then maps every error, the service's own included, to an input of this form.
    /// </summary>
    public (Indicator Indicator, IReadOnlyList<ProgressError> InputErrors) ToIndicator()
    {
        List<ProgressError> errors = [];
        targetRows.Clear();
        actualRows.Clear();
        IndicatorValue? baseline = null;
        var baselineYear = Year(BaselineYear, "IndicatorInput_BaselineYear", "基準年度", "baseline year", errors);
        var baselineValue = Value(BaselineValue, "IndicatorInput_BaselineValue", "基準値", "baseline", errors);
        if (baselineYear is { } by && baselineValue is { } bv)
            baseline = new(by, bv);
        else if (Blank(BaselineYear) != Blank(BaselineValue))
            errors.Add(Blank(BaselineYear)
                ? new("IndicatorInput_BaselineYear", "基準値の年度を入力してください(例: 令和3年度)。", "Give the baseline's fiscal year (e.g. R3).")
                : new("IndicatorInput_BaselineValue", "基準年度の値を入力してください。", "Give the baseline's value."));

        List<IndicatorValue> targets = [];
        List<IndicatorValue> actuals = [];
        for (var i = 0; i < Rows; i++)
        {
            var (yearText, targetText, actualText) = (YearAt(i), TargetAt(i), ActualAt(i));
            if (Blank(yearText) && Blank(targetText) && Blank(actualText))
                continue;
            var label = Blank(yearText) ? $"{i + 1}行目" : yearText!.Trim();
            var year = Blank(yearText) ? null : Year(yearText, $"IndicatorInput_Years_{i}", $"{i + 1}行目の年度", $"the year in row {i + 1}", errors);
            if (Blank(yearText))
                errors.Add(new($"IndicatorInput_Years_{i}", $"{i + 1}行目の年度を入力してください(例: 令和4年度、R4、2022)。", $"Give the fiscal year of row {i + 1} (e.g. 令和4年度, R4, 2022)."));
            var target = Value(targetText, $"IndicatorInput_Targets_{i}", $"{label}の目標値", $"the target in row {i + 1}", errors);
            var actual = Value(actualText, $"IndicatorInput_Actuals_{i}", $"{label}の実績値", $"the actual in row {i + 1}", errors);
            if (year is not { } y)
                continue;
            if (target is { } t)
            {
                targets.Add(new(y, t));
                targetRows.Add(i);
            }
            if (actual is { } a)
            {
                actuals.Add(new(y, a));
                actualRows.Add(i);
            }
        }
        var indicator = new Indicator
        {
            Name = Clean(Name),
            Unit = Clean(Unit),
            Direction = Direction == "lower" ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter,
            Baseline = baseline,
            Targets = targets,
            Actuals = actuals,
        };
        if (Direction is not ("higher" or "lower" or null))
            errors.Add(new("IndicatorInput_Direction", "方向は「高いほど良い」か「低いほど良い」を選んでください。", "Choose higher-is-better or lower-is-better."));
        return (indicator, errors);
    }

    readonly List<int> targetRows = [];
    readonly List<int> actualRows = [];

    /// <summary>The input a service error is about: <c>indicator.targets[1].value</c> is the target of the row it came from.</summary>
    public string FieldId(string field)
    {
        if (field.StartsWith("IndicatorInput_", StringComparison.Ordinal))
            return field;
        var name = field.StartsWith("indicator.", StringComparison.Ordinal) ? field["indicator.".Length..] : field;
        if (name.StartsWith("targets", StringComparison.Ordinal) || name.StartsWith("actuals", StringComparison.Ordinal))
        {
            var isTarget = name.StartsWith("targets", StringComparison.Ordinal);
            var rows = isTarget ? targetRows : actualRows;
            var row = Index(name) is { } i && i < rows.Count ? rows[i] : rows.Count > 0 ? rows[0] : 0;
            return name.EndsWith(".fiscalYear", StringComparison.Ordinal) ? $"IndicatorInput_Years_{row}"
                : isTarget ? $"IndicatorInput_Targets_{row}" : $"IndicatorInput_Actuals_{row}";
        }
        return name switch
        {
            "name" => "IndicatorInput_Name",
            "unit" => "IndicatorInput_Unit",
            "direction" => "IndicatorInput_Direction",
            "baseline.fiscalYear" => "IndicatorInput_BaselineYear",
            var b when b.StartsWith("baseline", StringComparison.Ordinal) => "IndicatorInput_BaselineValue",
            _ => "IndicatorInput_Name",
        };
    }

    static int? Index(string name)
    {
        var open = name.IndexOf('[', StringComparison.Ordinal);
        var close = name.IndexOf(']', StringComparison.Ordinal);
        return open > 0 && close > open && int.TryParse(name[(open + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
    }

    static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    static string Clean(string? text) => (text ?? "").Normalize(NormalizationForm.FormC).Trim();

    static int? Year(string? text, string field, string ja, string en, List<ProgressError> errors)
    {
        if (Blank(text))
            return null;
        if (FiscalYears.TryParse(text, out var year, out var error))
            return year;
        errors.Add(new(field, $"{ja}: {error.Japanese}", $"{en}: {error.English}"));
        return null;
    }

    /// <summary>A number as typed: full-width digits, thousands separators (1,681) and a trailing unit-less % are fine.</summary>
    static decimal? Value(string? text, string field, string ja, string en, List<ProgressError> errors)
    {
        if (Blank(text))
            return null;
        var plain = text!.Normalize(NormalizationForm.FormKC).Trim().TrimEnd('%').Trim();
        if (decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return value;
        errors.Add(new(field, $"{ja}「{text.Trim()}」は数値で入力してください(例: 60、1,681、5.1)。", $"Give {en} \"{text.Trim()}\" as a number (e.g. 60, 1,681, 5.1)."));
        return null;
    }

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
