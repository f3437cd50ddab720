namespace Torikumi.Core.Progress;

/// <summary>One department's report on one item for the fiscal year being rolled up (only what roll-ups need).</summary>
public sealed record RollUpReport(string ItemKey, string Department, string StatusCode, decimal? Percent = null);

public sealed record StatusCount(string Code, int Count);

/// <summary>
/// The roll-up of a group of items (集計): how many items, how many with at least one report, the count per status
/// (every status of the scale, in scale order, zeros included; they add up to <see cref="ItemsReported"/>), department
/// reports expected and received, <see cref="ShareReported"/> = items reported ÷ items (0–1), the average score and
/// progress percent over items whose status counts in roll-ups, and the summary status. See docs/progress.md.
/// </summary>
public sealed record RollUpSummary(
    int Items,
    int ItemsReported,
    IReadOnlyList<StatusCount> Counts,
    int ReportsExpected,
    int ReportsReceived,
    decimal ShareReported,
    decimal? AverageScore,
    decimal? AveragePercent,
    string? SummaryStatus)
{
    public int NotReported => Items - ItemsReported;

    public int CountOf(string code) => Counts.FirstOrDefault(c => c.Code == code)?.Count ?? 0;
}

/// <summary>A pillar (key P1), strategic plan (S4), department (its name) or the whole plan (key "plan").</summary>
public sealed record GroupRollUp(string Key, string Title, RollUpSummary Summary);

/// <summary>
/// One reportable item after combining its departments' reports: the worst status and the mean percent (see
/// docs/progress.md); null status when nothing was reported.
/// </summary>
public sealed record ItemProgress(string Key, IReadOnlyList<string> Departments, int ReportsReceived, string? StatusCode, decimal? Percent);

/// <summary>A report the roll-up could not use, and why (unknown item, department not responsible, unknown status …).</summary>
public sealed record IgnoredReport(RollUpReport Report, string Japanese, string English);

/// <summary>Everything <see cref="RollUps.Compute"/> returns for one fiscal year.</summary>
public sealed record ProgressRollUp(
    int FiscalYear,
    GroupRollUp Plan,
    IReadOnlyList<GroupRollUp> Pillars,
    IReadOnlyList<GroupRollUp> Strategies,
    IReadOnlyList<GroupRollUp> Departments,
    IReadOnlyList<ItemProgress> Items,
    IReadOnlyList<IgnoredReport> Ignored);
