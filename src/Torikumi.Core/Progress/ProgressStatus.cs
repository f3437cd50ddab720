namespace Torikumi.Core.Progress;

/// <summary>
/// One status (ステータス) of a plan's scale, e.g. 計画どおり. <see cref="Code"/> is what reports, exports and the API
/// store, so labels can be renamed without touching data. <see cref="Score"/> orders statuses from worst (low) to best
/// (high) and is averaged in roll-ups; a status with <see cref="CountsInRollUp"/> false (中止・見直し, 評価困難) is still
/// counted per status but left out of averages and of the summary status.
/// </summary>
public sealed record ProgressStatus(string Code, string Japanese, string English, decimal Score, bool CountsInRollUp = true);
