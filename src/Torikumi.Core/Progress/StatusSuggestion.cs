namespace Torikumi.Core.Progress;

/// <summary>The three outcomes of the indicator rule.</summary>
public enum SuggestedLevel
{
    /// <summary>目標到達: achievement ≥ 100 %.</summary>
    Reached,
    /// <summary>概ね到達: 80 % ≤ achievement &lt; 100 %.</summary>
    Nearly,
    /// <summary>遅れ: achievement &lt; 80 %.</summary>
    Behind,
}

/// <summary>One indicator's part in a suggestion.</summary>
public sealed record IndicatorAssessment(string Indicator, IndicatorAchievement Achievement, SuggestedLevel Level);

/// <summary>A proposed status, the level it came from and each indicator that had a target and an actual for the year.</summary>
public sealed record StatusSuggestion(string Code, SuggestedLevel Level, IReadOnlyList<IndicatorAssessment> Basis);

/// <summary>
/// Status suggestions from indicators (指標による判定の提案). Each indicator with a target and an actual for the fiscal
/// year gets a level from its raw achievement ratio: ≥ 1 reached, ≥ 0.8 nearly, otherwise behind. The item gets the
/// worst of its indicators' levels (one missed target is not hidden by another met one), mapped to the scale's
/// suggestion codes (default scale: 計画どおり / 概ね計画どおり / 遅れ). No indicator with both values, or a scale without
/// suggestion codes: no suggestion. The editor may choose another status, with a reason.
/// </summary>
public static class StatusSuggestions
{
    public const decimal ReachedRatio = 1m;
    public const decimal NearlyRatio = 0.8m;
    public const int MaxReasonLength = 1000;

    public static SuggestedLevel LevelOf(decimal ratio) =>
        ratio >= ReachedRatio ? SuggestedLevel.Reached : ratio >= NearlyRatio ? SuggestedLevel.Nearly : SuggestedLevel.Behind;

    public static StatusSuggestion? Suggest(IEnumerable<Indicator> indicators, int fiscalYear, StatusScale scale)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(scale);
        if (scale.Suggestions is not { } codes)
            return null;
        var basis = indicators
            .Select(i => (i.Name, Achievement: i.AchievementIn(fiscalYear)))
            .Where(p => p.Achievement is not null)
            .Select(p => new IndicatorAssessment(p.Name, p.Achievement!, LevelOf(p.Achievement!.Ratio)))
            .ToList();
        if (basis.Count == 0)
            return null;
        var level = basis.Max(b => b.Level); // the enum runs from best to worst
        var code = level switch
        {
            SuggestedLevel.Reached => codes.Reached,
            SuggestedLevel.Nearly => codes.Nearly,
            _ => codes.Behind,
        };
        return new StatusSuggestion(code, level, basis);
    }

    /// <summary>
    /// An editor's choice against the suggestion needs a reason (why the indicators do not tell the whole story);
    /// following the suggestion, or having none, needs nothing.
    /// </summary>
    public static ProgressError? CheckChoice(StatusSuggestion? suggestion, string chosenCode, string? reason, string field = "statusReason")
    {
        if (suggestion is null || suggestion.Code == chosenCode)
            return null;
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
            return new(field, "指標からの提案と違うステータスを選ぶときは、その理由を入力してください。",
                "You chose another status than the one the indicators suggest; say why.");
        return trimmed.Length > MaxReasonLength
            ? new(field, $"理由は{MaxReasonLength}文字以内にしてください。", $"The reason is longer than {MaxReasonLength} characters.")
            : null;
    }
}
