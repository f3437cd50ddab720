using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Web.Tests.Progress;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.PublicProgress;

/// <summary>Public pages show published progress only: on the item, and as charts with tables on the plan's pages.</summary>
public sealed class PublicProgressPageTests
{
    static readonly HtmlParser Parser = new();

    static async Task<string> PageAsync(ProgressTestApp app, string url, TestUser? user = null)
    {
        var response = await app.GetAsync(url, user);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory, BothProviders]
    public async Task the_item_page_shows_the_published_parts_only_even_to_staff(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);

        foreach (var user in new[] { null, Admin, Kodomo })
        {
            var html = await PageAsync(app, $"/plans/{app.PlanId}/items/2-1", user);
            var section = Parser.ParseDocument(html).QuerySelector("section.item-progress");

            Assert.NotNull(section);
            Assert.Equal("進捗状況", section.QuerySelector("h2")!.TextContent);
            Assert.Contains("令和4年度", section.QuerySelector("h3")!.TextContent);
            Assert.Equal(["区民部(協働推進課、地域振興課)"], section.QuerySelectorAll("h4").Select(h => h.TextContent));
            var facts = section.QuerySelectorAll("dt").Select(d => d.TextContent).ToList();
            Assert.Equal(["状況", "進捗率", "計画", "実績", "備考", "根拠資料"], facts);
            Assert.Contains(PublicProgressSeed.PublishedKumin, section.TextContent);
            Assert.Contains("遅れ", section.TextContent);
            Assert.Contains("30%", section.TextContent);
            Assert.Contains("一部の団体で調整中", section.TextContent);
            Assert.Equal(PublicProgressSeed.EvidenceUrl, section.QuerySelector("ul.evidence a")!.GetAttribute("href"));
            Assert.DoesNotContain(PublicProgressSeed.Secrets[0], html);
            Assert.DoesNotContain("こども家庭部(子育て支援課)", section.TextContent);
        }
        // A 【再掲】 shows its original's progress; an item with nothing published shows no section.
        Assert.Contains(PublicProgressSeed.PublishedKumin, await PageAsync(app, $"/plans/{app.PlanId}/items/1-R1"));
        var draftOnly = await PageAsync(app, $"/plans/{app.PlanId}/items/1-1-1-1", Admin);
        Assert.DoesNotContain("item-progress", draftOnly);
        Assert.DoesNotContain(PublicProgressSeed.Secrets[1], draftOnly);
    }

    [Theory, BothProviders]
    public async Task the_item_page_shows_indicators_with_target_and_actual(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);

        var html = await PageAsync(app, $"/plans/{app.PlanId}/items/1-1-2");
        var document = Parser.ParseDocument(html);
        var table = document.QuerySelector("section.item-progress table.indicator-table");

        Assert.NotNull(table);
        Assert.Contains("指標", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["指標", "目標", "実績", "達成度", "基準値"], table.QuerySelectorAll("thead th").Select(t => t.TextContent));
        Assert.All(table.QuerySelectorAll("th"), th => Assert.NotNull(th.GetAttribute("scope")));
        var row = table.QuerySelector("tbody tr")!;
        Assert.Equal("研修の回数", row.QuerySelector("th")!.TextContent);
        Assert.Equal(["4回", "4回", "100%", "—"], row.QuerySelectorAll("td").Select(t => t.TextContent));
        Assert.Equal(["総務部"], document.QuerySelectorAll("section.item-progress h4").Select(h => h.TextContent));
        Assert.DoesNotContain(PublicProgressSeed.Secrets[2], html);
        Assert.DoesNotContain(PublicProgressSeed.Secrets[4], html);
    }

    static ProgressRollUp Expected(PlanIndex index) => RollUps.Compute(index, StatusScales.Default, 2022,
        PublicProgressSeed.Published.Select(p => new RollUpReport(p.Key, p.Department, p.Status, p.Percent)));

    /// <summary>The numbers of a roll-up table row, by column code.</summary>
    static Dictionary<string, string> Cells(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td[data-code]").ToDictionary(td => td.GetAttribute("data-code")!, td => td.TextContent);

    static void AssertRow(RollUpSummary expected, AngleSharp.Dom.IElement row)
    {
        var cells = Cells(row);
        foreach (var status in StatusScales.Default.Statuses)
            Assert.Equal(expected.CountOf(status.Code).ToString(System.Globalization.CultureInfo.InvariantCulture), cells[status.Code]);
        Assert.Equal(expected.NotReported.ToString(System.Globalization.CultureInfo.InvariantCulture), cells["not-reported"]);
        Assert.Equal(expected.Items.ToString(System.Globalization.CultureInfo.InvariantCulture), cells["items"]);
        Assert.Equal(expected.AveragePercent is { } p ? p.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—", cells["percent"]);
    }

    [Theory, BothProviders]
    public async Task plan_pillar_and_strategy_pages_show_an_accessible_chart_and_a_table_equal_to_the_roll_up(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);
        var expected = Expected(new PlanIndex(RichPlan.Build()));

        foreach (var (url, summary) in new[]
        {
            ($"/plans/{app.PlanId}", expected.Plan.Summary),
            ($"/plans/{app.PlanId}/pillars/P1", expected.Pillars.Single(p => p.Key == "P1").Summary),
            ($"/plans/{app.PlanId}/pillars/P2", expected.Pillars.Single(p => p.Key == "P2").Summary),
            ($"/plans/{app.PlanId}/strategies/S1", expected.Strategies.Single(s => s.Key == "S1").Summary),
            ($"/plans/{app.PlanId}/strategies/S2", expected.Strategies.Single(s => s.Key == "S2").Summary),
        })
        {
            var html = await PageAsync(app, url);
            var section = Parser.ParseDocument(html).QuerySelector("section.progress-summary");
            Assert.NotNull(section);
            var svg = section.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
            var title = section.QuerySelector($"[id='{labelledBy[0]}']")!;
            var description = section.QuerySelector($"[id='{labelledBy[1]}']")!;
            Assert.Equal("title", title.LocalName);
            Assert.Contains("令和4年度", title.TextContent);
            Assert.Contains($"取組 {summary.Items}件のうち", description.TextContent);
            Assert.Contains($"未報告 {summary.NotReported}件", description.TextContent);
            Assert.DoesNotContain("style=", section.OuterHtml);
            Assert.DoesNotContain("<script", html);
            // Every band has a text label in the legend, not only a colour.
            var labels = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
            Assert.Contains($"未報告 {summary.NotReported}件", labels);
            foreach (var count in summary.Counts.Where(c => c.Count > 0))
                Assert.Contains($"{StatusScales.Default.Find(count.Code)!.Japanese} {count.Count}件", labels);

            var table = section.QuerySelector("table.rollup-table")!;
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.Equal("row", table.QuerySelector("tbody th")!.GetAttribute("scope"));
            AssertRow(summary, table.QuerySelector("tbody tr")!);
            Assert.Equal($"/plans/{app.PlanId}/progress/2022", section.QuerySelector("p a")!.GetAttribute("href"));
        }
    }

    [Theory, BothProviders]
    public async Task pages_show_no_summary_before_anything_is_published(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await app.PutAsync("2-1", 2022, "区民部", Kumin, new { result = PublicProgressSeed.Secrets[2], status = "on-track" }, 0);

        var html = await PageAsync(app, $"/plans/{app.PlanId}", Admin);

        Assert.DoesNotContain("progress-summary", html);
        Assert.DoesNotContain("<svg", html);
    }

    [Theory, BothProviders]
    public async Task the_year_page_rolls_up_per_plan_pillar_strategy_and_department_and_links_the_downloads(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);
        var expected = Expected(new PlanIndex(RichPlan.Build()));

        var html = await PageAsync(app, $"/plans/{app.PlanId}/progress/{Uri.EscapeDataString("令和4年度")}", Admin);
        var document = Parser.ParseDocument(html);

        Assert.Equal("令和4年度(2022年度)の進捗状況", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(1 + expected.Pillars.Count, document.QuerySelectorAll("svg[role=img]").Length);
        var rows = document.QuerySelectorAll("table.rollup-table tbody tr").ToList();
        var groups = new[] { expected.Plan }.Concat(expected.Pillars).Concat(expected.Strategies).Concat(expected.Departments).ToList();
        Assert.Equal(groups.Count, rows.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            Assert.Equal(groups[i].Key, rows[i].GetAttribute("data-group"));
            AssertRow(groups[i].Summary, rows[i]);
        }
        var reported = document.QuerySelectorAll("table.progress-reports tbody th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/plans/{app.PlanId}/items/1-1-2", $"/plans/{app.PlanId}/items/2-1"], reported);
        var links = document.QuerySelectorAll("section[aria-labelledby=progress-downloads-heading] a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/plans/{app.PlanId}/progress/2022/data.csv", $"/plans/{app.PlanId}/progress/2022/data.xlsx", $"/plans/{app.PlanId}/progress/2022/data.json"], links);
        Assert.DoesNotContain("<script", html);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync($"/plans/{app.PlanId}/progress/2030", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync($"/plans/{app.PlanId}/progress/abc", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync($"/plans/999/progress/2022", null)).StatusCode);
    }
}
