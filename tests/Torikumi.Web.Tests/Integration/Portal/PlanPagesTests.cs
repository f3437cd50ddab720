using System.Net;
using AngleSharp.Html.Dom;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration.Portal;

/// <summary>The plan's pages as a resident reads them: home, pillar, strategic plan, item, on the real sample.</summary>
public sealed class PlanPagesTests
{
    static void AssertIsPortalPage(IHtmlDocument html, string lang = "ja")
    {
        Assert.Equal(lang, html.DocumentElement.GetAttribute("lang"));
        Assert.Single(html.QuerySelectorAll("h1"));
        Assert.NotNull(html.QuerySelector("a.skip-link[href='#main']"));
        Assert.NotNull(html.QuerySelector("main#main"));
        Assert.NotNull(html.QuerySelector("header"));
        Assert.NotNull(html.QuerySelector("footer"));
        Assert.NotNull(html.QuerySelector("form[role=search] input[name=q]"));
    }

    [Theory, BothProviders]
    public async Task one_stored_plan_sends_the_home_page_to_its_url(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var response = await app.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/plans/1", response.Headers.Location?.OriginalString);
    }

    [Theory, BothProviders]
    public async Task several_plans_get_a_chooser_by_municipality(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Build() with { Municipality = "あきる野市", Stage = "決定" });
        var (response, html) = await app.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertIsPortalPage(html);
        Assert.Equal(["練馬区", "あきる野市"], html.QuerySelectorAll(".chooser h2").Select(h => h.TextContent));
        Assert.Equal(["/plans/1", "/plans/2"], html.QuerySelectorAll(".chooser a").Select(a => a.GetAttribute("href")));
    }

    [Theory, BothProviders]
    public async Task an_empty_database_says_how_to_import(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (_, html) = await app.GetPageAsync("/");
        Assert.Contains("まだ計画がありません", html.Body!.TextContent);
        Assert.Contains("./torikumi import FILE", html.Body.TextContent);
    }

    [Theory, BothProviders]
    public async Task the_plan_home_shows_title_draft_stage_period_and_the_six_pillars(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync("/plans/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertIsPortalPage(html);
        Assert.Equal("第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)", html.QuerySelector("h1")!.TextContent);
        Assert.Contains("素案", html.QuerySelector(".draft-banner")!.TextContent);
        Assert.Contains("令和4・5年度(2022・2023年度)", html.QuerySelector(".plan-facts")!.TextContent);
        Assert.Equal(6, html.QuerySelectorAll(".pillar-card").Length);
        var strategies = html.QuerySelectorAll(".strategy-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Enumerable.Range(1, 22).Select(n => $"/plans/1/strategies/S{n}"), strategies);
        Assert.Contains("取組・事業 5件", html.QuerySelector(".strategy-list li")!.TextContent);
        Assert.NotNull(html.QuerySelector("a[href='/plans/1/data.csv']"));
        Assert.Contains("CC BY 4.0", html.QuerySelector(".licence")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task an_item_page_has_its_list_as_an_ordered_list_its_owners_and_breadcrumbs(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync("/plans/1/items/1-3-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertIsPortalPage(html);
        Assert.Equal("保育所の拡充", html.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(2, html.QuerySelectorAll("ol.circled > li").Length);
        Assert.StartsWith("私立認可保育所の誘致を", html.QuerySelector("ol.circled > li")!.TextContent);
        Assert.Equal("/plans/1/departments/" + Uri.EscapeDataString("こども家庭部"), html.QuerySelector(".owners a")!.GetAttribute("href"));
        Assert.Contains("子育て支援課、保育課、保育計画調整課", html.QuerySelector(".owners")!.TextContent);
        var crumbs = html.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["計画のトップ", "施策の柱1", "戦略計画1"], crumbs.Take(3));
        Assert.StartsWith("1-3 ", crumbs[3]);
        Assert.Equal("1-3-1 保育所の拡充", crumbs[4]);
        Assert.Equal("page", html.QuerySelector(".breadcrumbs [aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal("/plans/1/items/1-3", html.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/plans/1/items/1-3-2", html.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Theory, BothProviders]
    public async Task footnote_marks_link_to_their_notes(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/items/1-5");
        var reference = html.QuerySelector("a.footnote-ref")!;
        Assert.Equal("※1", reference.TextContent);
        var note = html.GetElementById(reference.GetAttribute("href")![1..])!;
        Assert.Equal("※1 マイナポータル", note.TextContent);
    }

    [Theory, BothProviders]
    public async Task a_repeat_links_to_its_original_and_the_original_back(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, repeat) = await app.GetPageAsync("/plans/1/items/8-3");
        var (_, original) = await app.GetPageAsync("/plans/1/items/4-3-2");

        Assert.Contains("【再掲】", repeat.QuerySelector(".repost")!.TextContent);
        Assert.Equal("/plans/1/items/4-3-2", repeat.QuerySelector(".repost a")!.GetAttribute("href"));
        Assert.Equal(["/plans/1/items/8-3"], original.QuerySelectorAll(".repeats a").Select(a => a.GetAttribute("href")));
    }

    [Theory, BothProviders]
    public async Task a_strategic_plan_page_holds_every_item_in_full(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync("/plans/1/strategies/S4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertIsPortalPage(html);
        Assert.StartsWith("戦略計画4", html.QuerySelector("h1")!.TextContent);
        var sample = TestApp.Sample.Strategies.Single(s => s.Key == "S4");
        Assert.Equal(sample.Items.Count, html.QuerySelectorAll("article.item--in-strategy").Length);
        Assert.Equal(sample.Items.Sum(i => i.SelfAndDescendants().Count() - 1), html.QuerySelectorAll("section.sub-item").Length);
        // Real heading levels: h1 → h2 sections → h3 items → h4 sub-items, never skipping a level.
        var levels = html.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }

    [Theory, BothProviders]
    public async Task a_pillar_page_lists_its_strategic_plans_and_items(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/pillars/P1");
        AssertIsPortalPage(html);
        Assert.Equal(4, html.QuerySelectorAll(".strategy-card").Length);
        Assert.Contains(html.QuerySelectorAll(".item-list a"), a => a.GetAttribute("href") == "/plans/1/items/1-3");
    }

    [Theory, BothProviders]
    public async Task unknown_plans_pillars_strategies_and_items_are_404_pages(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        foreach (var url in new[] { "/plans/9", "/plans/9/items/1-1", "/plans/1/items/99-9", "/plans/1/items/abc", "/plans/1/strategies/S99", "/plans/1/pillars/P9", "/nothing/here" })
        {
            var (response, html) = await app.GetPageAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("ページが見つかりません", html.QuerySelector("h1")!.TextContent);
        }
    }

    [Theory, BothProviders]
    public async Task an_unknown_api_route_is_problem_json_not_html(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var response = await app.Client.GetAsync("/api/v1/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
