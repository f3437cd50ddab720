using System.Net;
using AngleSharp.Html.Dom;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration.Portal;

/// <summary>The item list with its filters as query parameters, paging and clear 400s, on the real sample.</summary>
public sealed class ListPageTests
{
    static readonly PlanIndex Index = new(TestApp.Sample);

    static List<string> Keys(IHtmlDocument html) =>
        [.. html.QuerySelectorAll(".item-results > li > a .item-key").Select(k => k.TextContent)];

    static int Total(IHtmlDocument html) =>
        int.Parse(new string(html.QuerySelector("#results-heading")!.TextContent.Where(char.IsAsciiDigit).ToArray()));

    [Theory, BothProviders]
    public async Task starred_true_lists_the_28_star_items(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync("/plans/1/list?starred=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(html.QuerySelectorAll("h1"));
        Assert.Equal(28, Total(html));
        Assert.Equal(Index.Items.Where(i => i.Starred).Select(i => i.Key), Keys(html));
        Assert.All(html.QuerySelectorAll(".item-results > li"), li => Assert.NotNull(li.QuerySelector(".star")));
        // Each entry names the departments responsible, by the same rule as the item and department pages.
        var first = Index.Items.First(i => i.Starred);
        Assert.EndsWith(string.Join("、", Index.DepartmentsOf(first)), html.QuerySelector(".item-results > li .meta")!.TextContent.Trim());
        Assert.Null(html.QuerySelector(".paging"));
    }

    [Theory, BothProviders]
    public async Task section_related_lists_the_8_related_projects(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/list?section=related");

        Assert.Equal(8, Total(html));
        var expected = Index.Items.Where(i => i.Section == ItemSection.Related).Select(i => i.Key).ToList();
        Assert.Equal(expected, Keys(html));
        Assert.All(expected, key => Assert.Contains("-R", key));
    }

    [Theory, BothProviders]
    public async Task filters_combine_as_and(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var cases = new (string Query, Func<PlanItem, bool> Expected)[]
        {
            ("starred=true&level=top", i => i.Starred && Index.ParentOf(i) is null),
            ("starred=true&pillar=P2", i => i.Starred && Index.PillarOf(i).Key == "P2"),
            ("section=initiatives&strategy=S4&level=top", i => i.Section == ItemSection.Initiatives && Index.StrategyOf(i).Key == "S4" && Index.ParentOf(i) is null),
            ("department=" + Uri.EscapeDataString("こども家庭部") + "&starred=true", i => i.Starred && Index.DepartmentsOf(i).Contains("こども家庭部")),
            ("department=" + Uri.EscapeDataString("保育課"), i => Index.OwnersOf(i).Any(o => o.Sections.Contains("保育課"))),
            ("pillar=P1&strategy=S5", _ => false), // S5 is in pillar 2: nothing matches both
            ("starred=false&section=related", i => !i.Starred && i.Section == ItemSection.Related),
            ("starred=&pillar=&section=", _ => true), // the form's "all" options send empty values
        };
        foreach (var (query, expected) in cases)
        {
            var (response, html) = await app.GetPageAsync("/plans/1/list?" + query);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {response.StatusCode}");
            var keys = Index.Items.Where(expected).Select(i => i.Key).ToList();
            Assert.Equal(keys.Count, Total(html));
            Assert.Equal(keys.Take(50), Keys(html));
        }
        Assert.Equal(18, Index.Items.Count(i => i.Starred && Index.ParentOf(i) is null));
    }

    [Theory, BothProviders]
    public async Task the_full_list_pages_by_50_with_aria_current(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, first) = await app.GetPageAsync("/plans/1/list");
        var (_, last) = await app.GetPageAsync("/plans/1/list?page=4");

        Assert.Equal(174, Index.Items.Count);
        Assert.Equal(174, Total(first));
        Assert.Equal(Index.Items.Take(50).Select(i => i.Key), Keys(first));
        Assert.Equal(Index.Items.Skip(150).Select(i => i.Key), Keys(last));
        var nav = first.QuerySelector("nav.paging")!;
        Assert.NotNull(nav.GetAttribute("aria-label"));
        Assert.Equal(["/plans/1/list", "/plans/1/list?page=2", "/plans/1/list?page=3", "/plans/1/list?page=4", "/plans/1/list?page=2"],
            nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1", nav.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Equal("4", last.QuerySelector("nav.paging [aria-current=page]")!.TextContent);
        Assert.Null(last.QuerySelector("nav.paging a[rel=next]"));
        Assert.Contains("174件中 151〜174件目", last.QuerySelector(".result-count")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task paging_keeps_the_filters(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/list?level=top&page=2");
        Assert.Equal(Index.Items.Where(i => Index.ParentOf(i) is null).Skip(50).Select(i => i.Key), Keys(html));
        Assert.Equal("/plans/1/list?level=top", html.QuerySelector("nav.paging a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/plans/1/list?level=top&page=2", html.QuerySelector("nav.paging [aria-current=page]")!.GetAttribute("href"));
    }

    [Theory, BothProviders]
    public async Task the_filter_form_is_a_labelled_get_form_showing_the_current_filters(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/list?starred=true&strategy=S4&department=" + Uri.EscapeDataString("教育振興部"));

        var form = html.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/plans/1/list", form.GetAttribute("action"));
        Assert.NotEmpty(form.QuerySelector("fieldset > legend")!.TextContent);
        foreach (var field in form.QuerySelectorAll("select, input"))
            Assert.NotNull(form.QuerySelector($"label[for='{field.Id}']"));
        Assert.True(((IHtmlInputElement)form.QuerySelector("input[name=starred]")!).IsChecked);
        Assert.Equal("S4", ((IHtmlSelectElement)form.QuerySelector("select[name=strategy]")!).Value);
        Assert.Equal("教育振興部", ((IHtmlSelectElement)form.QuerySelector("select[name=department]")!).Value);
    }

    [Theory, BothProviders]
    public async Task active_filters_are_shown_each_with_a_link_that_removes_only_it(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/list?starred=true&strategy=S4&department=" + Uri.EscapeDataString("教育振興部") + "&page=1");

        var filters = html.QuerySelectorAll(".active-filters li").ToList();
        Assert.Equal(3, filters.Count);
        Assert.Contains("★印の取組", filters[0].TextContent);
        Assert.Contains("戦略計画4", filters[1].TextContent);
        Assert.Equal("ja", filters[2].QuerySelector("[lang]")!.GetAttribute("lang"));
        var department = Uri.EscapeDataString("教育振興部");
        Assert.Equal([$"/plans/1/list?strategy=S4&department={department}", $"/plans/1/list?starred=true&department={department}", "/plans/1/list?starred=true&strategy=S4"],
            filters.Select(f => f.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("/plans/1/list", html.QuerySelector(".filters__actions a")!.GetAttribute("href"));
    }

    [Theory, BothProviders]
    public async Task bad_parameters_get_a_400_page_naming_the_parameter_and_what_is_allowed(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var cases = new (string Query, string Parameter, string Allowed)[]
        {
            ("starred=maybe", "starred", "true"),
            ("page=0", "page", "1 以上"),
            ("page=abc", "page", "1 以上"),
            ("page=5", "page", "4 ページまで"),
            ("pillar=X9", "pillar", "P1–P6"),
            ("strategy=S99", "strategy", "S1–S22"),
            ("section=other", "section", "related"),
            ("level=deep", "level", "top"),
            ("department=" + Uri.EscapeDataString("存在しない部"), "department", "部または課"),
            ("starred=true&starred=false", "starred", "1回だけ"),
            ("department=" + new string('部', 101), "department", "100文字"),
        };
        foreach (var (query, parameter, allowed) in cases)
        {
            var (response, html) = await app.GetPageAsync("/plans/1/list?" + query);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Single(html.QuerySelectorAll("h1"));
            var message = html.QuerySelector(".error-message")!.TextContent;
            Assert.Contains(parameter, message);
            Assert.Contains(allowed, message);
            Assert.Null(html.QuerySelector(".item-results"));
        }
    }

    [Theory, BothProviders]
    public async Task a_bad_value_is_shown_encoded(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var response = await app.Client.GetAsync("/plans/1/list?pillar=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", text);
        Assert.Contains("&lt;script&gt;alert(1)", text);
    }

    [Theory, BothProviders]
    public async Task an_unknown_plan_is_a_404_page(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync("/plans/9/list?starred=true");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ページが見つかりません", html.QuerySelector("h1")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task english_labels_with_lang_en(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/list?starred=true&lang=en");
        var (bad, error) = await app.GetPageAsync("/plans/1/list?starred=maybe&lang=en");

        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("All items", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("Filter", html.QuerySelector("legend")!.TextContent);
        Assert.Equal("28 matching items", html.QuerySelector("#results-heading")!.TextContent);
        Assert.Contains("★ items", html.QuerySelector(".active-filters")!.TextContent);
        Assert.All(html.QuerySelectorAll(".item-results > li > a span:not(.item-key)"), s => Assert.Equal("ja", s.GetAttribute("lang")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("starred must be true (only ★ items) or false", error.QuerySelector(".error-message")!.TextContent);
    }
}
