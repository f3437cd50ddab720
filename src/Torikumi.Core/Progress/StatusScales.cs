namespace Torikumi.Core.Progress;

/// <summary>
/// Ready-made status scales. Scores run from 0 (worst) to 4 (best); 完了 scores like 計画どおり, so a finished item
/// neither lifts nor lowers an average; 中止 and 評価困難 do not count in roll-ups.
/// </summary>
public static class StatusScales
{
    /// <summary>The default: 計画以上 / 計画どおり / 概ね計画どおり / 遅れ / 未着手 / 完了 / 中止・見直し.</summary>
    public static StatusScale Default { get; } = StatusScale.Create(
    [
        new("ahead", "計画以上", "Ahead of plan", 4),
        new("on-track", "計画どおり", "On track", 3),
        new("mostly", "概ね計画どおり", "Mostly on track", 2),
        new("behind", "遅れ", "Behind", 1),
        new("not-started", "未着手", "Not started", 0),
        new("done", "完了", "Done", 3),
        new("stopped", "中止・見直し", "Stopped or revised", 0, CountsInRollUp: false),
    ], new StatusSuggestionCodes("on-track", "mostly", "behind"));

    /// <summary>達成 / 概ね達成 / 一部遅れ / 未着手.</summary>
    public static StatusScale Achievement { get; } = StatusScale.Create(
    [
        new("achieved", "達成", "Achieved", 3),
        new("mostly", "概ね達成", "Mostly achieved", 2),
        new("partly-behind", "一部遅れ", "Partly behind", 1),
        new("not-started", "未着手", "Not started", 0),
    ], new StatusSuggestionCodes("achieved", "mostly", "partly-behind"));

    /// <summary>S(目標以上) / A(目標どおり) / B(要改善) / C(要大幅改善) plus 完了, 中止, 評価困難 (as in Akiruno).</summary>
    public static StatusScale Graded { get; } = StatusScale.Create(
    [
        new("s", "S(目標以上)", "S (above target)", 4),
        new("a", "A(目標どおり)", "A (on target)", 3),
        new("b", "B(要改善)", "B (needs improvement)", 2),
        new("c", "C(要大幅改善)", "C (needs major improvement)", 1),
        new("done", "完了", "Done", 3),
        new("stopped", "中止", "Stopped", 0, CountsInRollUp: false),
        new("not-assessable", "評価困難", "Cannot be assessed", 0, CountsInRollUp: false),
    ], new StatusSuggestionCodes("a", "b", "c"));

    /// <summary>The ready-made scales by name, for a plan's settings.</summary>
    public static IReadOnlyDictionary<string, StatusScale> ByName { get; } = new Dictionary<string, StatusScale>(StringComparer.Ordinal)
    {
        ["default"] = Default,
        ["achievement"] = Achievement,
        ["graded"] = Graded,
    };
}
