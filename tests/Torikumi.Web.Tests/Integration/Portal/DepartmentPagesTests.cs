using System.Net;
using AngleSharp.Html.Dom;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration.Portal;

/// <summary>The departments directory, a department's and a section's page, and the department × strategic-plan matrix, on the real sample.</summary>
public sealed class DepartmentPagesTests
{
    static readonly PlanIndex Index = new(TestApp.Sample);

    static string Url(string name) => "/plans/1/departments/" + Uri.EscapeDataString(name);

    static void AssertHeadingsInOrder(IHtmlDocument html)
    {
        Assert.Single(html.QuerySelectorAll("h1"));
        var levels = html.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
        Assert.NotEmpty(html.QuerySelectorAll(".breadcrumbs li"));
    }

    [Theory, BothProviders]
    public async Task the_directory_lists_every_department_with_its_sections_and_counts(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync("/plans/1/departments");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeadingsInOrder(html);
        var departments = html.QuerySelectorAll(".department-card h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(Index.Departments.Order(StringComparer.Ordinal), departments.Order(StringComparer.Ordinal));
        Assert.Equal("こども家庭部", departments[0]); // the plan's order: the first owner line names it
        var card = html.QuerySelectorAll(".department-card").Single(c => c.QuerySelector("h2 a")!.TextContent == "こども家庭部");
        Assert.Equal(Url("こども家庭部"), card.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("ja", card.QuerySelector("h2 a")!.GetAttribute("lang"));
        var expected = Index.Items.Count(i => Index.DepartmentsOf(i).Contains("こども家庭部"));
        Assert.Equal($"{expected}件", card.QuerySelector("h2 .count")!.TextContent);
        var hoiku = card.QuerySelectorAll(".section-list li").Single(li => li.QuerySelector("a")!.TextContent == "保育課");
        Assert.Equal(Url("保育課"), hoiku.QuerySelector("a")!.GetAttribute("href"));
        var hoikuItems = Index.Items.Count(i => Index.OwnersOf(i).Any(o => o.Department == "こども家庭部" && o.Sections.Contains("保育課")));
        Assert.Equal($"{hoikuItems}件", hoiku.QuerySelector(".count")!.TextContent);
        Assert.NotNull(html.QuerySelector("a[href='/plans/1/matrix']"));
    }

    [Theory, BothProviders]
    public async Task a_department_page_lists_the_items_planindex_gives_it_grouped_by_strategic_plan(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        foreach (var department in new[] { "こども家庭部", "高齢施策担当部", "総務部" })
        {
            var (response, html) = await app.GetPageAsync(Url(department));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertHeadingsInOrder(html);
            Assert.Equal(department, html.QuerySelector("h1")!.TextContent);
            Assert.Equal("ja", html.QuerySelector("h1")!.GetAttribute("lang"));

            var expected = Index.Items.Where(i => Index.DepartmentsOf(i).Contains(department)).ToList();
            var shown = html.QuerySelectorAll(".unit-item > a .item-key").Select(k => k.TextContent).ToList();
            Assert.Equal(expected.Select(i => i.Key), shown);
            var strategies = expected.Select(i => Index.StrategyOf(i)).Distinct().Select(s => $"/plans/1/strategies/{s.Key}");
            Assert.Equal(strategies, html.QuerySelectorAll(".unit-strategy h2 a").Select(a => a.GetAttribute("href")));
        }
    }

    [Theory, BothProviders]
    public async Task an_item_says_whether_the_department_owns_it_or_its_sub_items_and_which_sections(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync(Url("こども家庭部"));
        AngleSharp.Dom.IElement Entry(string key) => html.QuerySelectorAll(".unit-item").Single(li => li.QuerySelector(".item-key")!.TextContent == key);

        // 1-3 保育サービスの充実 has no owner line: its sub-items (1)(2) carry it; 1-3-1 names the department itself.
        Assert.Contains("細目を担当", Entry("1-3").QuerySelector(".meta")!.TextContent);
        Assert.StartsWith("事業実施課", Entry("1-3-1").QuerySelector(".meta")!.TextContent);
        Assert.Contains("子育て支援課、保育課、保育計画調整課", Entry("1-3-1").QuerySelector(".meta")!.TextContent);
        // Sub-items sit inside their initiative's entry, as in the plan.
        Assert.NotNull(Entry("1-3").QuerySelector(".unit-items .unit-item"));
        Assert.Contains(html.QuerySelectorAll(".star"), s => s.Closest(".unit-item") == Entry("1-3-2"));
    }

    [Theory, BothProviders]
    public async Task a_related_project_is_badged(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var related = Index.Items.First(i => i.Section == ItemSection.Related);
        var department = Index.DepartmentsOf(related)[0];
        var (_, html) = await app.GetPageAsync(Url(department));
        var entry = html.QuerySelectorAll(".unit-item").Single(li => li.QuerySelector(".item-key")!.TextContent == related.Key);
        Assert.Contains("関連する事業", entry.QuerySelector(".badge")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task a_section_name_shows_the_items_of_that_section(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync(Url("保育課"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeadingsInOrder(html);
        Assert.Equal("保育課", html.QuerySelector("h1")!.TextContent);
        Assert.Equal(Url("こども家庭部"), html.QuerySelector(".item-kind a")!.GetAttribute("href"));
        var expected = Index.Items.Where(i => Index.OwnersOf(i).Any(o => o.Sections.Contains("保育課"))).Select(i => i.Key);
        Assert.Equal(expected, html.QuerySelectorAll(".unit-item > a .item-key").Select(k => k.TextContent));
        Assert.Contains("1-3-1", expected);
        var crumbs = html.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["計画のトップ", "部・課", "こども家庭部", "保育課"], crumbs);
    }

    [Theory, BothProviders]
    public async Task unknown_departments_and_plans_are_404_pages(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        foreach (var url in new[] { Url("存在しない部"), Url("こども"), "/plans/9/departments", "/plans/9/departments/" + Uri.EscapeDataString("こども家庭部"), "/plans/9/matrix" })
        {
            var (response, html) = await app.GetPageAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("ページが見つかりません", html.QuerySelector("h1")!.TextContent);
        }
    }

    [Theory, BothProviders]
    public async Task the_matrix_table_counts_each_departments_items_per_strategic_plan(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (response, html) = await app.GetPageAsync("/plans/1/matrix");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeadingsInOrder(html);
        var table = html.QuerySelector("table.matrix")!;
        Assert.NotEmpty(table.QuerySelector("caption")!.TextContent);
        var strategies = TestApp.Sample.Strategies.ToList();
        var columns = table.QuerySelectorAll("thead th[scope=col]").ToList();
        Assert.Equal(strategies.Count + 2, columns.Count);
        Assert.Equal("戦略計画4", columns[4].TextContent.Trim());
        Assert.StartsWith("戦略計画4 ", columns[4].QuerySelector("abbr")!.GetAttribute("title"));

        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(Index.Departments.Count, rows.Count);
        foreach (var row in rows)
        {
            var department = row.QuerySelector("th[scope=row]")!.TextContent;
            var cells = row.QuerySelectorAll("td").ToList();
            for (var c = 0; c < strategies.Count; c++)
            {
                var expected = Index.Items.Count(i => Index.StrategyOf(i) == strategies[c] && Index.DepartmentsOf(i).Contains(department));
                if (expected == 0)
                {
                    Assert.Null(cells[c].QuerySelector("a"));
                    Assert.Equal("なし", cells[c].QuerySelector(".visually-hidden")!.TextContent);
                }
                else
                {
                    var link = cells[c].QuerySelector("a")!;
                    Assert.Equal($"{expected}件", link.TextContent);
                    Assert.Equal($"/plans/1/list?department={Uri.EscapeDataString(department)}&strategy={strategies[c].Key}", link.GetAttribute("href"));
                }
            }
            Assert.Equal(Index.Items.Count(i => Index.DepartmentsOf(i).Contains(department)).ToString(), cells[^1].TextContent);
        }
        // The footer row says how many departments share each strategic plan: S22 is the most shared in the sample.
        var shared = table.QuerySelectorAll("tfoot td").Take(strategies.Count).Select(td => int.Parse(td.TextContent)).ToList();
        Assert.Equal(strategies.Select(s => Index.Departments.Count(d => s.Items.SelectMany(i => i.SelfAndDescendants()).Any(i => Index.DepartmentsOf(i).Contains(d)))), shared);
        Assert.Equal(11, shared[21]);
    }

    [Theory, BothProviders]
    public async Task a_matrix_cell_link_lists_exactly_the_items_it_counts(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, matrix) = await app.GetPageAsync("/plans/1/matrix");
        var cell = matrix.QuerySelectorAll("tbody td a").First(a => a.TextContent != "1件");
        var (response, list) = await app.GetPageAsync(cell.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cell.TextContent, $"{list.QuerySelectorAll(".item-results > li").Length}件");
    }

    [Theory, BothProviders]
    public async Task the_matrix_picture_is_an_svg_image_with_a_text_description_and_no_inline_style(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1/matrix");

        var svg = html.QuerySelector("svg.matrix-picture")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labels = svg.GetAttribute("aria-labelledby")!.Split(' ').Select(id => html.GetElementById(id)!.TextContent).ToList();
        Assert.Contains(labels, l => l.Contains("縦の線") && l.Contains("戦略計画22(11部)"));
        Assert.Null(html.QuerySelector("main [style]"));
        Assert.Null(html.QuerySelector("main script"));
        // Every count is written as text in the picture too, not only as a circle's size; co-owners are joined by lines.
        var departmentsPerStrategy = TestApp.Sample.Strategies.Select(s => Index.Departments.Count(d => s.Items.SelectMany(i => i.SelfAndDescendants()).Any(i => Index.DepartmentsOf(i).Contains(d)))).ToList();
        Assert.Equal(departmentsPerStrategy.Sum(), svg.QuerySelectorAll("circle.mp-dot").Length);
        Assert.Equal(departmentsPerStrategy.Sum(), svg.QuerySelectorAll("text.mp-count").Length);
        Assert.Equal(departmentsPerStrategy.Count(n => n > 1), svg.QuerySelectorAll("line.mp-link").Length);
        // The scrolling wrappers can be reached by keyboard.
        Assert.All(html.QuerySelectorAll(".table-scroll, .picture-scroll"), d => Assert.Equal("0", d.GetAttribute("tabindex")));
    }

    [Theory, BothProviders]
    public async Task the_pages_speak_english_with_lang_en_and_keep_plan_text_japanese(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, directory) = await app.GetPageAsync("/plans/1/departments?lang=en");
        var (_, department) = await app.GetPageAsync(Url("こども家庭部") + "?lang=en");
        var (_, matrix) = await app.GetPageAsync("/plans/1/matrix?lang=en");

        Assert.Equal("en", directory.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Departments and sections", directory.QuerySelector("h1")!.TextContent);
        Assert.EndsWith(" items", directory.QuerySelector(".department-card .count")!.TextContent);
        Assert.Equal("Department", department.QuerySelector(".item-kind")!.TextContent.Trim());
        Assert.Contains("Through its sub-items", department.Body!.TextContent);
        Assert.All(department.QuerySelectorAll(".unit-item > a span:not(.item-key)"), s => Assert.Equal("ja", s.GetAttribute("lang")));
        Assert.Equal("Departments × strategic plans", matrix.QuerySelector("h1")!.TextContent);
        Assert.Equal("Strategic plan 4", matrix.QuerySelectorAll("thead th")[4].TextContent.Trim());
        Assert.Contains("the most shared is strategic plan 22 (11 departments)", matrix.GetElementById("picture-desc")!.TextContent);
    }
}
