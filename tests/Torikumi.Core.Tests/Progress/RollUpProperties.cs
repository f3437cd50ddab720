using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Progress;

/// <summary>Invariants of roll-ups over the real sample plan with random reports on the default and the graded scale.</summary>
public class RollUpProperties
{
    static readonly PlanIndex Index = new(Sample.Plan);

    /// <summary>Every (item, department) pair that may report, in order.</summary>
    static readonly (string Item, string Department)[] Slots =
        [.. ReportableItems.Of(Index).SelectMany(i => Index.DepartmentsOf(i).Select(d => (i.Key, d)))];

    static readonly StatusScale[] Scales = [StatusScale.Default, StatusScales.Graded];

    /// <summary>For each slot: no report (−1) or a status index, and a percent or none (−1).</summary>
    static readonly Arbitrary<(int Scale, (int Status, int Percent)[] Slots)> Cases =
        (from scale in Gen.Choose(0, Scales.Length - 1)
         from slots in (from status in Gen.Choose(-1, Scales[scale].Statuses.Count - 1)
                        from percent in Gen.Choose(-1, 100)
                        select (status, percent)).ArrayOf(Slots.Length)
         select (scale, slots)).ToArbitrary();

    static (StatusScale Scale, List<RollUpReport> Reports) Build((int Scale, (int Status, int Percent)[] Slots) c)
    {
        var scale = Scales[c.Scale];
        var reports = new List<RollUpReport>();
        for (var i = 0; i < Slots.Length; i++)
            if (c.Slots[i].Status >= 0)
                reports.Add(new(Slots[i].Item, Slots[i].Department, scale.Statuses[c.Slots[i].Status].Code, c.Slots[i].Percent < 0 ? null : c.Slots[i].Percent));
        return (scale, reports);
    }

    static IEnumerable<GroupRollUp> AllGroups(ProgressRollUp r) => r.Pillars.Concat(r.Strategies).Concat(r.Departments).Append(r.Plan);

    [Fact]
    public void The_sample_has_reportable_items_and_slots()
    {
        var items = ReportableItems.Of(Index);
        Assert.True(items.Count > 100);
        Assert.All(items, i => Assert.Empty(i.Children));
        Assert.DoesNotContain(items, i => i.RepostOf is not null);
        Assert.True(Slots.Length > items.Count); // some items have several departments
    }

    [Property(MaxTest = 60)]
    public Property Counts_add_up_to_the_items_reported_in_every_group() =>
        Prop.ForAll(Cases, c =>
        {
            var (scale, reports) = Build(c);
            var r = RollUps.Compute(Index, scale, 2022, reports);
            return r.Ignored.Count == 0
                && r.Plan.Summary.Items == ReportableItems.Of(Index).Count
                && r.Plan.Summary.ReportsReceived == reports.Count
                && r.Plan.Summary.ReportsExpected == Slots.Length
                && AllGroups(r).All(g =>
                    g.Summary.Counts.Sum(x => x.Count) == g.Summary.ItemsReported
                    && g.Summary.ItemsReported + g.Summary.NotReported == g.Summary.Items
                    && g.Summary.ItemsReported <= g.Summary.Items
                    && g.Summary.ReportsReceived <= g.Summary.ReportsExpected
                    && g.Summary.ShareReported is >= 0 and <= 1
                    && g.Summary.Counts.Select(x => x.Code).SequenceEqual(scale.Statuses.Select(s => s.Code)));
        });

    [Property(MaxTest = 60)]
    public Property Departments_share_out_the_reports_exactly() =>
        Prop.ForAll(Cases, c =>
        {
            var (scale, reports) = Build(c);
            var r = RollUps.Compute(Index, scale, 2022, reports);
            return r.Departments.Sum(d => d.Summary.ReportsReceived) == r.Plan.Summary.ReportsReceived
                && r.Departments.Sum(d => d.Summary.ReportsExpected) == r.Plan.Summary.ReportsExpected
                && r.Departments.Sum(d => d.Summary.Items) == Slots.Length;
        });

    [Property(MaxTest = 60)]
    public Property The_summary_lies_between_the_worst_and_the_best_counted_item() =>
        Prop.ForAll(Cases, c =>
        {
            var (scale, reports) = Build(c);
            var r = RollUps.Compute(Index, scale, 2022, reports);
            var byKey = r.Items.ToDictionary(i => i.Key);
            return r.Strategies.All(g =>
            {
                var keys = ReportableItems.KeysOf(Index, Index.Strategy(g.Key)!.Items);
                var counted = keys.Select(k => byKey[k]).Where(i => i.StatusCode is not null && scale.Find(i.StatusCode)!.CountsInRollUp).ToList();
                if (counted.Count == 0)
                    return g.Summary.SummaryStatus is null && g.Summary.AverageScore is null && g.Summary.AveragePercent is null;
                var scores = counted.Select(i => scale.Find(i.StatusCode)!.Score).ToList();
                var summary = scale.Find(g.Summary.SummaryStatus)!;
                var percents = counted.Where(i => i.Percent is not null).Select(i => i.Percent!.Value).ToList();
                return summary.CountsInRollUp
                    && summary.Score >= scores.Min() && summary.Score <= scores.Max()
                    && (percents.Count == 0
                        ? g.Summary.AveragePercent is null
                        : g.Summary.AveragePercent >= Math.Floor(percents.Min() * 10) / 10 && g.Summary.AveragePercent <= Math.Ceiling(percents.Max() * 10) / 10);
            });
        });

    [Property(MaxTest = 30)]
    public Property The_order_of_reports_does_not_matter() =>
        Prop.ForAll(Cases, c =>
        {
            var (scale, reports) = Build(c);
            var forward = RollUps.Compute(Index, scale, 2022, reports);
            var backward = RollUps.Compute(Index, scale, 2022, Enumerable.Reverse(reports));
            return JsonSerializer.Serialize(forward) == JsonSerializer.Serialize(backward);
        });

    [Property(MaxTest = 60)]
    public Property An_items_status_is_the_worst_of_its_counted_parts() =>
        Prop.ForAll(Cases, c =>
        {
            var (scale, reports) = Build(c);
            var r = RollUps.Compute(Index, scale, 2022, reports);
            return r.Items.All(i =>
            {
                var parts = reports.Where(x => x.ItemKey == i.Key).Select(x => scale.Find(x.StatusCode)!).ToList();
                if (parts.Count == 0)
                    return i.StatusCode is null;
                var counted = parts.Where(p => p.CountsInRollUp).ToList();
                var basis = counted.Count > 0 ? counted : parts;
                var status = scale.Find(i.StatusCode)!;
                return basis.Contains(status) && basis.All(p => p.Score >= status.Score);
            });
        });
}
