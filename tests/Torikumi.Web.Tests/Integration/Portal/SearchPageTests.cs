using System.Net;
using Torikumi.Core.Japanese;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration.Portal;

/// <summary>The search page a resident uses: results with marks, facets that narrow, paging, and plain 400s.</summary>
public sealed class SearchPageTests
{
    static string Q(string text) => Uri.EscapeDataString(text);

    [Theory, BothProviders]
    public async Task searching_保育_lists_items_with_the_word_marked(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync($"/plans/1/search?q={Q("保育")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("「保育」の検索結果", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("保育", html.QuerySelector("#site-search")!.GetAttribute("value"));
        var expected = TestApp.Sample.AllItems.Count(i => SearchText.Matches(SearchQuery.Parse("保育"), SearchText.Normalise(ItemSearchText.Of(i))));
        Assert.Contains($"{expected}件見つかりました", html.QuerySelector(".result-count")!.TextContent);
        var results = html.QuerySelectorAll("ol.results > li");
        Assert.Equal(Math.Min(expected, 20), results.Length);
        Assert.All(results, r => Assert.StartsWith("/plans/1/items/", r.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.All(html.QuerySelectorAll("ol.results mark"), m => Assert.Equal("保育", m.TextContent));
        Assert.Contains(html.QuerySelectorAll(".snippet mark"), m => m.TextContent == "保育");
    }

    [Theory, BothProviders]
    public async Task a_facet_narrows_the_results_and_can_be_removed(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, all) = await app.GetPageAsync($"/plans/1/search?q={Q("保育")}");
        var facet = all.QuerySelectorAll(".facets a").First(a => a.GetAttribute("href")!.Contains("strategy=S1"));

        var (_, narrowed) = await app.GetPageAsync(facet.GetAttribute("href")!);

        var count = int.Parse(facet.ParentElement!.TextContent.Split('(')[^1].TrimEnd(')'));
        Assert.Equal(count, narrowed.QuerySelectorAll("ol.results > li").Length);
        Assert.All(narrowed.QuerySelectorAll("ol.results h2 a"), a => Assert.StartsWith("/plans/1/items/1-", a.GetAttribute("href")));
        Assert.Contains(narrowed.QuerySelectorAll(".active-filters a"), a => !a.GetAttribute("href")!.Contains("strategy="));
    }

    [Theory, BothProviders]
    public async Task results_are_paged(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, first) = await app.GetPageAsync($"/plans/1/search?q={Q("区")}");
        var (_, second) = await app.GetPageAsync($"/plans/1/search?q={Q("区")}&page=2");

        Assert.Equal("1", first.QuerySelector(".paging [aria-current=page]")!.TextContent);
        Assert.Equal("2", second.QuerySelector(".paging [aria-current=page]")!.TextContent);
        Assert.Equal("21", second.QuerySelector("ol.results")!.GetAttribute("start"));
        Assert.Empty(first.QuerySelectorAll("ol.results h2 a").Select(a => a.GetAttribute("href"))
            .Intersect(second.QuerySelectorAll("ol.results h2 a").Select(a => a.GetAttribute("href"))));
    }

    [Theory, BothProviders]
    public async Task bad_input_is_a_400_page_that_says_what_to_change(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        foreach (var (url, message) in new[]
        {
            ($"/plans/1/search?q={Q("\"保育")}", "引用符"),
            ($"/plans/1/search?q={Q("保育")}&page=0", "page"),
            ($"/plans/1/search?q={Q("保育")}&starred=maybe", "starred"),
            ($"/plans/1/search?q={Q("保育")}&strategy=S99", "S99"),
            ($"/plans/1/search?q={new string('あ', 201)}", "200"),
        })
        {
            var (response, html) = await app.GetPageAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
            Assert.Contains(message, html.QuerySelector(".error-message")!.TextContent);
        }
    }

    [Theory, BothProviders]
    public async Task the_query_is_shown_encoded(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var response = await app.Client.GetAsync($"/plans/1/search?q={Q("<script>alert(1)</script>")}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", text);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text);
    }

    [Theory, BothProviders]
    public async Task every_plan_is_searched_from_slash_search_with_a_plan_facet(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Build() with { Municipality = "あきる野市" });
        var (response, html) = await app.GetPageAsync($"/search?q={Q("保育")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = html.QuerySelectorAll("ol.results h2 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("/plans/1/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/plans/2/", StringComparison.Ordinal));
        Assert.Equal(2, html.QuerySelectorAll(".facets a[href^='/plans/']").Length);
    }

    [Theory, BothProviders]
    public async Task no_query_shows_the_form_and_an_unknown_plan_is_404(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (empty, html) = await app.GetPageAsync("/plans/1/search");
        var missing = await app.Client.GetAsync($"/plans/7/search?q={Q("保育")}");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull(html.QuerySelector("#search-page-q"));
        Assert.Empty(html.QuerySelectorAll("ol.results"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
