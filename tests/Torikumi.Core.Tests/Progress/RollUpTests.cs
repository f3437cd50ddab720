using Torikumi.Core.Plans;
using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Progress;

/// <summary>The worked example of docs/progress.md, line by line.</summary>
public class RollUpTests
{
    static readonly ProgressRollUp R = RollUpExample.Compute();

    static GroupRollUp Group(IEnumerable<GroupRollUp> groups, string key) => Assert.Single(groups, g => g.Key == key);

    static string Counts(RollUpSummary s) => string.Join(" ", s.Counts.Where(c => c.Count > 0).Select(c => $"{c.Code}={c.Count}"));

    [Fact]
    public void Items_are_leaves_once_and_a_repost_is_its_original()
    {
        Assert.Equal(["1-1", "1-2", "1-3-1", "1-3-2", "2-1", "3-1"], R.Items.Select(i => i.Key));
        Assert.Empty(R.Ignored);
    }

    [Fact]
    public void An_item_with_two_departments_takes_the_worst_status_and_the_mean_percent()
    {
        var item = Assert.Single(R.Items, i => i.Key == "1-2");
        Assert.Equal(("behind", 40m, 2), (item.StatusCode, item.Percent, item.ReportsReceived));
        Assert.Equal(["こども家庭部", "教育振興部"], item.Departments);
    }

    [Fact]
    public void Strategic_plan_S1()
    {
        var s = Group(R.Strategies, "S1").Summary;
        Assert.Equal((4, 4, 5, 5, 1m), (s.Items, s.ItemsReported, s.ReportsExpected, s.ReportsReceived, s.ShareReported));
        Assert.Equal("on-track=1 behind=1 done=1 stopped=1", Counts(s));
        Assert.Equal((2.33m, 66.7m, "mostly"), (s.AverageScore, s.AveragePercent, s.SummaryStatus));
    }

    [Fact]
    public void Strategic_plan_S2_counts_the_repost_with_its_originals_report()
    {
        var s = Group(R.Strategies, "S2").Summary;
        Assert.Equal((2, 1, 1, 2, 1, 0.5m), (s.Items, s.ItemsReported, s.NotReported, s.ReportsExpected, s.ReportsReceived, s.ShareReported));
        Assert.Equal("on-track=1", Counts(s));
        Assert.Equal((3m, 60m, "on-track"), (s.AverageScore, s.AveragePercent, s.SummaryStatus));
    }

    [Fact]
    public void Pillars_count_an_item_once_even_when_reposted_inside_them()
    {
        var p1 = Group(R.Pillars, "P1").Summary;
        Assert.Equal((5, 4, 0.8m, 6, 5), (p1.Items, p1.ItemsReported, p1.ShareReported, p1.ReportsExpected, p1.ReportsReceived));
        Assert.Equal((2.33m, 66.7m, "mostly"), (p1.AverageScore, p1.AveragePercent, p1.SummaryStatus));
        var p2 = Group(R.Pillars, "P2").Summary;
        Assert.Equal((1, "ahead", 90m), (p2.Items, p2.SummaryStatus, p2.AveragePercent));
    }

    [Fact]
    public void The_whole_plan()
    {
        var s = R.Plan.Summary;
        Assert.Equal((RollUps.PlanKey, "例示計画"), (R.Plan.Key, R.Plan.Title));
        Assert.Equal((6, 5, 7, 6), (s.Items, s.ItemsReported, s.ReportsExpected, s.ReportsReceived));
        Assert.Equal(0.83m, Math.Round(s.ShareReported, 2));
        Assert.Equal("ahead=1 on-track=1 behind=1 done=1 stopped=1", Counts(s));
        // mean score 2.75: 計画どおり and 完了 are both 0.25 away and score the same; 計画どおり is listed first
        Assert.Equal((2.75m, 72.5m, "on-track"), (s.AverageScore, s.AveragePercent, s.SummaryStatus));
    }

    [Fact]
    public void Departments_use_only_their_own_reports_in_order_of_first_appearance()
    {
        Assert.Equal(["こども家庭部", "教育振興部", "健康部"], R.Departments.Select(d => d.Key));
        var children = Group(R.Departments, "こども家庭部").Summary;
        Assert.Equal((3, 3, "ahead=1 on-track=2"), (children.Items, children.ItemsReported, Counts(children)));
        Assert.Equal((3.33m, 66.7m, "on-track"), (children.AverageScore, children.AveragePercent, children.SummaryStatus));
        var education = Group(R.Departments, "教育振興部").Summary;
        Assert.Equal((2, 1, 0.5m, "behind", 30m), (education.Items, education.ItemsReported, education.ShareReported, education.SummaryStatus, education.AveragePercent));
        var health = Group(R.Departments, "健康部").Summary;
        Assert.Equal(("done=1 stopped=1", 3m, 100m, "done"), (Counts(health), health.AverageScore, health.AveragePercent, health.SummaryStatus));
    }

    [Fact]
    public void Nothing_reported_means_no_averages_and_no_summary()
    {
        var r = RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022, []);
        Assert.All(r.Strategies.Append(r.Plan), g =>
        {
            Assert.Equal(0, g.Summary.ItemsReported);
            Assert.Equal(0m, g.Summary.ShareReported);
            Assert.Null(g.Summary.AverageScore);
            Assert.Null(g.Summary.AveragePercent);
            Assert.Null(g.Summary.SummaryStatus);
        });
    }

    [Fact]
    public void Only_non_counting_statuses_give_counts_but_no_summary()
    {
        var r = RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022, [new("3-1", "こども家庭部", "stopped", 10)]);
        var s = Group(r.Strategies, "S3").Summary;
        Assert.Equal((1, 1, (decimal?)null, (string?)null), (s.CountOf("stopped"), s.ItemsReported, s.AveragePercent, s.SummaryStatus));
        Assert.Equal(("stopped", 10m), (r.Items.Single(i => i.Key == "3-1").StatusCode, r.Items.Single(i => i.Key == "3-1").Percent));
    }

    [Fact]
    public void A_stopped_part_does_not_drag_an_item_down()
    {
        var r = RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022,
            [new("1-2", "こども家庭部", "stopped", 0), new("1-2", "教育振興部", "mostly", 70)]);
        var item = r.Items.Single(i => i.Key == "1-2");
        Assert.Equal(("mostly", 70m), (item.StatusCode, item.Percent));
    }

    [Fact]
    public void Reports_it_cannot_use_are_listed_with_a_reason_and_change_nothing()
    {
        RollUpReport[] bad =
        [
            new("9-9", "こども家庭部", "on-track"),
            new("1-3", "健康部", "on-track"),
            new("1-1", "健康部", "on-track"),
            new("2-1", "教育振興部", "great"),
            new("3-1", "こども家庭部", "ahead", 120),
        ];
        var r = RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022, bad);
        Assert.Equal(bad, r.Ignored.Select(i => i.Report));
        Assert.All(r.Ignored, i => { Assert.NotEmpty(i.Japanese); Assert.NotEmpty(i.English); });
        Assert.Equal(0, r.Plan.Summary.ItemsReported);
    }

    [Fact]
    public void A_report_on_a_repost_counts_for_its_original()
    {
        var r = RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022, [new("2-2", "こども家庭部", "behind", 10)]);
        Assert.Equal("behind", r.Items.Single(i => i.Key == "1-1").StatusCode);
        Assert.Equal(1, Group(r.Strategies, "S1").Summary.ItemsReported);
    }

    [Fact]
    public void Two_reports_by_one_department_on_one_item_are_a_mistake_of_the_caller()
    {
        var e = Assert.Throws<ArgumentException>(() => RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022,
            [new("1-1", "こども家庭部", "on-track"), new("2-2", "こども家庭部", "behind")]));
        Assert.Contains("1-1", e.Message);
    }

    [Fact]
    public void Responsibility_can_come_from_the_organisation_table_instead_of_the_plan_text()
    {
        var r = RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022,
            [new("1-1", "企画部", "done", 100)], departmentsOf: _ => ["企画部"]);
        Assert.Equal(["企画部"], r.Departments.Select(d => d.Key));
        Assert.Equal("done", r.Plan.Summary.SummaryStatus);
    }

    [Fact]
    public void Items_without_any_department_are_counted_but_cannot_be_reported()
    {
        var r = RollUps.Compute(new PlanIndex(RollUpExample.Plan()), StatusScale.Default, 2022,
            [new("1-1", "こども家庭部", "done")], departmentsOf: i => i.Key == "3-1" ? [] : [.. i.Owners.Select(o => o.Department)]);
        var s3 = Group(r.Strategies, "S3").Summary;
        Assert.Equal((1, 0, 0), (s3.Items, s3.ItemsReported, s3.ReportsExpected));
    }

    [Fact]
    public void Reportable_items_resolve_keys()
    {
        var index = new PlanIndex(RollUpExample.Plan());
        Assert.Equal("1-1", ReportableItems.Resolve(index, "2-2")!.Key);
        Assert.Equal("1-3-1", ReportableItems.Resolve(index, "1-3-1")!.Key);
        Assert.Null(ReportableItems.Resolve(index, "1-3"));
        Assert.Null(ReportableItems.Resolve(index, "S1"));
        Assert.Equal(["1-3-1", "1-3-2"], ReportableItems.KeysOf(index, index.Item("1-3")!));
    }
}
