using Torikumi.Core.Japanese;

namespace Torikumi.Core.Progress;

/// <summary>Whether a larger value is progress (導入率, 整備数) or a smaller one is (待機児童数, 事故件数).</summary>
public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>A value of an indicator in a fiscal year (Western year: 2022 = 令和4年度).</summary>
public sealed record IndicatorValue(int FiscalYear, decimal Value);

/// <summary>
/// An indicator (指標) of an item: what is measured and in which unit, the baseline (基準値) it starts from, the target
/// (目標値) and the actual value (実績値) per fiscal year. Check <see cref="Validate"/> before storing one.
/// </summary>
public sealed record Indicator
{
    public const int MaxNameLength = 100;
    public const int MaxUnitLength = 20;
    public const int MaxValues = 30;
    /// <summary>Larger than any count or amount a plan states; keeps arithmetic far from decimal's limits.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    public required string Name { get; init; }
    public string Unit { get; init; } = "";
    public IndicatorValue? Baseline { get; init; }
    public IReadOnlyList<IndicatorValue> Targets { get; init; } = [];
    public IReadOnlyList<IndicatorValue> Actuals { get; init; } = [];
    public IndicatorDirection Direction { get; init; } = IndicatorDirection.HigherIsBetter;

    public decimal? TargetIn(int fiscalYear) => Targets.FirstOrDefault(v => v.FiscalYear == fiscalYear)?.Value;
    public decimal? ActualIn(int fiscalYear) => Actuals.FirstOrDefault(v => v.FiscalYear == fiscalYear)?.Value;

    /// <summary>Is <paramref name="a"/> at least as good as <paramref name="b"/> in this indicator's direction?</summary>
    public bool AtLeastAsGood(decimal a, decimal b) => Direction == IndicatorDirection.HigherIsBetter ? a >= b : a <= b;

    /// <summary>How far the actual of a year went towards that year's target; see <see cref="IndicatorAchievement"/>.</summary>
    public IndicatorAchievement? AchievementIn(int fiscalYear) => IndicatorAchievement.Of(this, fiscalYear);

    /// <summary>Every broken rule, with <paramref name="field"/> as the prefix of each error's field.</summary>
    public IReadOnlyList<ProgressError> Validate(string field = "indicator")
    {
        var errors = new List<ProgressError>();
        if (string.IsNullOrWhiteSpace(Name))
            errors.Add(new($"{field}.name", "指標名を入力してください。", "The indicator needs a name."));
        else if (Name.Trim().Length > MaxNameLength)
            errors.Add(new($"{field}.name", $"指標名は{MaxNameLength}文字以内にしてください。", $"The name is longer than {MaxNameLength} characters."));
        if (Unit is null || Unit.Trim().Length > MaxUnitLength)
            errors.Add(new($"{field}.unit", $"単位は{MaxUnitLength}文字以内にしてください(なければ空欄)。", $"The unit is missing or longer than {MaxUnitLength} characters (leave it empty if there is none)."));
        if (!Enum.IsDefined(Direction))
            errors.Add(new($"{field}.direction", "方向は「高いほど良い」か「低いほど良い」にしてください。", "The direction is higher-is-better or lower-is-better."));
        if (Baseline is not null)
            CheckValue(Baseline, $"{field}.baseline", "基準値", "baseline", errors);
        CheckSeries(Targets, $"{field}.targets", "目標値", "target", errors);
        CheckSeries(Actuals, $"{field}.actuals", "実績値", "actual", errors);
        if (Baseline is { } b && Targets?.FirstOrDefault(t => t is not null && t.FiscalYear < b.FiscalYear) is { } early)
            errors.Add(new($"{field}.targets", $"{FiscalYears.Label(early.FiscalYear)}の目標値が基準年度({FiscalYears.Label(b.FiscalYear)})より前です。目標は基準年度以降にしてください。",
                $"The target for FY{early.FiscalYear} is before the baseline year FY{b.FiscalYear}; targets come at or after the baseline."));
        return errors;
    }

    static void CheckSeries(IReadOnlyList<IndicatorValue>? values, string field, string ja, string en, List<ProgressError> errors)
    {
        if (values is null)
        {
            errors.Add(new(field, $"{ja}の一覧がありません(なければ空の一覧)。", $"The {en} list is missing (send an empty list for none)."));
            return;
        }
        if (values.Count > MaxValues)
            errors.Add(new(field, $"{ja}は{MaxValues}年度分までです。", $"At most {MaxValues} {en} values."));
        for (var i = 0; i < values.Count; i++)
            if (values[i] is null)
                errors.Add(new($"{field}[{i}]", $"{ja}が空です。", $"The {en} is empty."));
            else
                CheckValue(values[i], $"{field}[{i}]", ja, en, errors);
        foreach (var year in values.Where(v => v is not null).GroupBy(v => v.FiscalYear).Where(g => g.Count() > 1).Select(g => g.Key))
            errors.Add(new(field, $"{FiscalYears.Label(year)}の{ja}が二つ以上あります。年度ごとに一つにしてください。",
                $"There is more than one {en} for FY{year}; give one per year."));
    }

    static void CheckValue(IndicatorValue v, string field, string ja, string en, List<ProgressError> errors)
    {
        if (v.FiscalYear is < FiscalYears.MinYear or > FiscalYears.MaxYear)
            errors.Add(new($"{field}.fiscalYear", $"{ja}の年度({v.FiscalYear})は{FiscalYears.MinYear}〜{FiscalYears.MaxYear}年度にしてください。",
                $"The {en}'s fiscal year {v.FiscalYear} is outside FY{FiscalYears.MinYear}–FY{FiscalYears.MaxYear}."));
        if (Math.Abs(v.Value) > MaxMagnitude)
            errors.Add(new($"{field}.value", $"{ja}({v.Value})が大きすぎます。", $"The {en} ({v.Value}) is too large."));
    }
}
