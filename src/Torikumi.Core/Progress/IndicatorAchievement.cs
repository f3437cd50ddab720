namespace Torikumi.Core.Progress;

/// <summary>How an achievement was measured.</summary>
public enum AchievementBasis
{
    /// <summary>The target improves on the baseline: (actual − baseline) / (target − baseline).</summary>
    Progress,
    /// <summary>
    /// The target does not improve on the baseline (keep 0 accidents, stay above 700,000): either it is met (100 %) or
    /// not (0 %); there is no distance to travel to measure a share of.
    /// </summary>
    Threshold,
}

/// <summary>
/// 達成度: how far a year's actual went from the baseline towards that year's target. <see cref="Ratio"/> is the raw
/// value (1 = the target, above 1 = beyond it, below 0 = worse than the baseline); <see cref="Percent"/> is it as a
/// percentage clamped to 0–100 and rounded to one decimal, for display and roll-ups. Without a baseline a
/// higher-is-better indicator starts from 0 (so the ratio is actual ÷ target, the usual 達成率); a lower-is-better one
/// has no achievement without a baseline.
/// </summary>
public sealed record IndicatorAchievement(int FiscalYear, decimal Baseline, decimal Target, decimal Actual, decimal Ratio, decimal Percent, AchievementBasis Basis)
{
    internal static IndicatorAchievement? Of(Indicator indicator, int year)
    {
        if (indicator.TargetIn(year) is not { } target || indicator.ActualIn(year) is not { } actual)
            return null;
        decimal baseline;
        if (indicator.Baseline is { } b)
            baseline = b.Value;
        else if (indicator.Direction == IndicatorDirection.HigherIsBetter)
            baseline = 0;
        else
            return null;

        var improves = target != baseline && !indicator.AtLeastAsGood(baseline, target);
        var ratio = improves
            ? (actual - baseline) / (target - baseline)
            : indicator.AtLeastAsGood(actual, target) ? 1m : 0m;
        var percent = Math.Round(Math.Clamp(ratio * 100, 0, 100), 1, MidpointRounding.AwayFromZero);
        return new(year, baseline, target, actual, ratio, percent, improves ? AchievementBasis.Progress : AchievementBasis.Threshold);
    }
}
