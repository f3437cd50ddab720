using Torikumi.Core.Plans;

namespace Torikumi.Core.Progress;

/// <summary>
/// Roll-ups of progress (進捗の集計) per strategic plan, pillar, department and for the whole plan. Pure: the same
/// plan, scale and reports give the same result in any order. The rules, with worked examples, are in docs/progress.md:
/// <list type="bullet">
/// <item>Each reportable item counts once per group (<see cref="ReportableItems"/>); a 【再掲】 counts as its original.</item>
/// <item>An item with several departments' reports takes the worst status among those that count in roll-ups (all of
/// them when none counts) and the mean percent of the same reports.</item>
/// <item>A department's roll-up uses only that department's own reports.</item>
/// <item>Averages (score, percent) are over reported items whose status counts; the summary status is the counted
/// status shared by all such items, else the scale's counted status nearest the mean score (ties: the lower score,
/// then the one listed first).</item>
/// </list>
/// </summary>
public static class RollUps
{
    public const string PlanKey = "plan";

    /// <param name="reports">The reports to include, all for <paramref name="fiscalYear"/> (public pages pass only published ones).</param>
    /// <param name="departmentsOf">Who is responsible for an item; by default the plan's owners (<see cref="PlanIndex.DepartmentsOf"/>).</param>
    /// <exception cref="ArgumentException">Two reports for the same item and department.</exception>
    public static ProgressRollUp Compute(PlanIndex index, StatusScale scale, int fiscalYear, IEnumerable<RollUpReport> reports,
        Func<PlanItem, IReadOnlyList<string>>? departmentsOf = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(reports);
        departmentsOf ??= index.DepartmentsOf;

        var items = ReportableItems.Of(index);
        var departments = items.ToDictionary(i => i.Key, i => departmentsOf(i), StringComparer.Ordinal);
        var (accepted, ignored) = Match(index, scale, departments, reports);
        var progress = items.Select(i => Combine(i.Key, departments[i.Key], accepted.GetValueOrDefault(i.Key) ?? [], scale))
            .ToDictionary(p => p.Key, StringComparer.Ordinal);

        RollUpSummary Over(IEnumerable<PlanItem> group) =>
            Summarise(ReportableItems.KeysOf(index, group).Select(k => progress[k]).ToList(), scale);

        var pillars = index.Plan.Pillars.Select(p => new GroupRollUp(p.Key, p.Title, Over(p.Strategies.SelectMany(s => s.Items)))).ToList();
        var strategies = index.Plan.Strategies.Select(s => new GroupRollUp(s.Key, s.Title, Over(s.Items))).ToList();
        var byDepartment = items.SelectMany(i => departments[i.Key]).Distinct(StringComparer.Ordinal)
            .Select(d => new GroupRollUp(d, d, Summarise(
                [.. items.Where(i => departments[i.Key].Contains(d, StringComparer.Ordinal))
                    .Select(i => Combine(i.Key, [d], [.. (accepted.GetValueOrDefault(i.Key) ?? []).Where(r => r.Report.Department == d)], scale))],
                scale)))
            .ToList();
        var whole = new GroupRollUp(PlanKey, index.Plan.Title, Summarise([.. items.Select(i => progress[i.Key])], scale));
        return new ProgressRollUp(fiscalYear, whole, pillars, strategies, byDepartment, [.. items.Select(i => progress[i.Key])], ignored);
    }

    /// <summary>A report with its status looked up in the scale.</summary>
    sealed record Accepted(RollUpReport Report, ProgressStatus Status);

    static (Dictionary<string, List<Accepted>> Accepted, List<IgnoredReport> Ignored) Match(PlanIndex index, StatusScale scale,
        Dictionary<string, IReadOnlyList<string>> departments, IEnumerable<RollUpReport> reports)
    {
        var accepted = new Dictionary<string, List<Accepted>>(StringComparer.Ordinal);
        var ignored = new List<IgnoredReport>();
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report);
            var item = ReportableItems.Resolve(index, report.ItemKey);
            var status = scale.Find(report.StatusCode);
            if (item is null)
                ignored.Add(new(report, $"項目「{report.ItemKey}」は報告の対象ではありません(存在しないか、小項目ごとに報告する項目です)。",
                    $"\"{report.ItemKey}\" is not an item progress is reported on (unknown, or reported through its sub-items)."));
            else if (!departments[item.Key].Contains(report.Department, StringComparer.Ordinal))
                ignored.Add(new(report, $"{report.Department}は項目「{item.Key}」の所管ではありません。",
                    $"{report.Department} is not responsible for item {item.Key}."));
            else if (status is null)
                ignored.Add(new(report, $"ステータス「{report.StatusCode}」はこの計画の段階にありません。",
                    $"The status \"{report.StatusCode}\" is not in this plan's scale."));
            else if (report.Percent is < 0 or > 100)
                ignored.Add(new(report, $"進捗率{report.Percent}%は0〜100の範囲外です。", $"The progress {report.Percent}% is outside 0–100."));
            else
            {
                if (!accepted.TryGetValue(item.Key, out var list))
                    accepted[item.Key] = list = [];
                if (list.Any(a => a.Report.Department == report.Department))
                    throw new ArgumentException($"Two reports for item {item.Key} by {report.Department}; a department reports once per item and year.", nameof(reports));
                list.Add(new(report, status));
            }
        }
        return (accepted, ignored);
    }

    /// <summary>Several departments' parts of one item: the worst counted status, the mean percent of the same reports.</summary>
    static ItemProgress Combine(string key, IReadOnlyList<string> departments, List<Accepted> reports, StatusScale scale)
    {
        if (reports.Count == 0)
            return new(key, departments, 0, null, null);
        var counted = reports.Where(r => r.Status.CountsInRollUp).ToList();
        var basis = counted.Count > 0 ? counted : reports;
        var status = basis.Select(r => r.Status).Aggregate(scale.Worse);
        var percents = basis.Where(r => r.Report.Percent is not null).Select(r => r.Report.Percent!.Value).ToList();
        return new(key, departments, reports.Count, status.Code, percents.Count > 0 ? percents.Average() : null);
    }

    static RollUpSummary Summarise(IReadOnlyList<ItemProgress> items, StatusScale scale)
    {
        var reported = items.Where(i => i.StatusCode is not null).ToList();
        var counts = scale.Statuses.Select(s => new StatusCount(s.Code, reported.Count(i => i.StatusCode == s.Code))).ToList();
        var counted = reported.Select(i => (Item: i, Status: scale.Find(i.StatusCode)!)).Where(p => p.Status.CountsInRollUp).ToList();
        decimal? meanScore = counted.Count > 0 ? counted.Average(p => p.Status.Score) : null;
        var percents = counted.Where(p => p.Item.Percent is not null).Select(p => p.Item.Percent!.Value).ToList();
        return new RollUpSummary(
            items.Count,
            reported.Count,
            counts,
            items.Sum(i => i.Departments.Count),
            items.Sum(i => i.ReportsReceived),
            items.Count == 0 ? 0 : (decimal)reported.Count / items.Count,
            meanScore is { } m ? Math.Round(m, 2, MidpointRounding.AwayFromZero) : null,
            percents.Count > 0 ? Math.Round(percents.Average(), 1, MidpointRounding.AwayFromZero) : null,
            SummaryStatus(counted.Select(p => p.Status).ToList(), meanScore, scale));
    }

    static string? SummaryStatus(List<ProgressStatus> counted, decimal? meanScore, StatusScale scale)
    {
        if (meanScore is not { } mean)
            return null;
        if (counted.All(s => s.Code == counted[0].Code))
            return counted[0].Code;
        return scale.Statuses.Where(s => s.CountsInRollUp)
            .OrderBy(s => Math.Abs(s.Score - mean))
            .ThenBy(s => s.Score)
            .ThenBy(s => scale.PositionOf(s.Code))
            .First().Code;
    }
}
