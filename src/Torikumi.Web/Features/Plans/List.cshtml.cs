using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Plans;
using Torikumi.Web.Features.Departments;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

/// <summary>An active filter as the page shows it: interface text, the plan's own words if any, and how to drop it.</summary>
public sealed record ActiveFilter(string Label, string? PlanText, string RemoveUrl);

/// <summary>
/// <c>/plans/{id}/list</c>: every item (取組・関連する事業・細目) in reading order, filtered by ★, section, pillar,
/// strategic plan, department and level, 50 to a page. Bad parameters get a 400 page that says which one and why.
/// </summary>
public sealed class ListModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public ListQuery Query { get; private set; } = new();
    public ListError? Error { get; private set; }
    public int Total { get; private set; }
    public int PageCount { get; private set; } = 1;
    public IReadOnlyList<PlanItem> Items { get; private set; } = [];
    public IReadOnlyList<ActiveFilter> Filters { get; private set; } = [];
    public DepartmentDirectory Directory { get; private set; } = null!;

    public int Offset => (Query.Page - 1) * ListQuery.PageSize;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null)
            return NotFound();
        var index = Plan.Index;
        Directory = DepartmentDirectory.Of(index);
        PageTitle = ui.T("取組の一覧", "All items");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(PageTitle));

        if (!ListQuery.TryParse(Request.Query, index, Directory, ui, out var query, out var error))
            return BadRequestPage(error!);
        Query = query;
        var departmentItems = query.Department is { } name ? Directory.Find(name)!.Items.ToHashSet() : null;
        var matching = index.Items.Where(i => query.Matches(i, index, departmentItems)).ToList();
        Total = matching.Count;
        PageCount = Math.Max(1, (Total + ListQuery.PageSize - 1) / ListQuery.PageSize);
        if (query.Page > PageCount)
            return BadRequestPage(new ListError("page", query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ui.T($"page {query.Page} はありません。この条件の一覧は {PageCount} ページまでです。", $"There is no page {query.Page}; this list has {PageCount} page(s).")));
        Items = matching.Skip(Offset).Take(ListQuery.PageSize).ToList();
        Filters = ActiveFilters(query, index);
        return Page();
    }

    IActionResult BadRequestPage(ListError error)
    {
        Error = error;
        PageTitle = ui.T("一覧の条件に誤りがあります", "The list's filters are not valid");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    List<ActiveFilter> ActiveFilters(ListQuery q, PlanIndex index)
    {
        var url = Plan!.Url;
        var list = new List<ActiveFilter>();
        if (q.Starred is { } starred)
            list.Add(new(starred ? ui.T("★印の取組", "★ items") : ui.T("★印のない取組", "Items without ★"), null, (q with { Starred = null, Page = 1 }).Url(url)));
        if (q.Section is { } section)
            list.Add(new(SectionLabel(section), null, (q with { Section = null, Page = 1 }).Url(url)));
        if (q.Pillar is not null && index.Pillar(q.Pillar) is { } pillar)
            list.Add(new(ui.T($"施策の柱{pillar.Number}", $"Pillar {pillar.Number}"), pillar.Title, (q with { Pillar = null, Page = 1 }).Url(url)));
        if (q.Strategy is not null && index.Strategy(q.Strategy) is { } strategy)
            list.Add(new(ui.T($"戦略計画{strategy.Number}", $"Strategic plan {strategy.Number}"), strategy.Title, (q with { Strategy = null, Page = 1 }).Url(url)));
        if (q.Department is not null)
            list.Add(new(ui.T("部・課", "Department"), q.Department, (q with { Department = null, Page = 1 }).Url(url)));
        if (q.TopOnly)
            list.Add(new(ui.T("細目を除く", "No sub-items"), null, (q with { TopOnly = false, Page = 1 }).Url(url)));
        return list;
    }

    /// <summary>The section as the plan prints its heading (令和4・5年度の取組); English pages say what it is first.</summary>
    public string SectionLabel(ItemSection section)
    {
        var printed = Plan!.Document.Strategies.SelectMany(s => s.Sections).FirstOrDefault(s => s.Section == section)?.Label;
        return section == ItemSection.Related
            ? ui.T(printed ?? "関連する事業", "Related projects")
            : ui.T(printed ?? "取組", "Initiatives");
    }

    public string PageUrl(int page) => (Query with { Page = page }).Url(Plan!.Url);

    /// <summary>Page numbers for the paging nav; null marks a gap. All pages when few, else the ends and the neighbourhood.</summary>
    public IEnumerable<int?> PageNumbers()
    {
        int? last = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (PageCount > 9 && p != 1 && p != PageCount && Math.Abs(p - Query.Page) > 2)
                continue;
            if (last is { } l && p > l + 1)
                yield return null;
            yield return p;
            last = p;
        }
    }

    public string KindLabel(PlanItem item) =>
        Plan!.Index.ParentOf(item) is not null ? ui.T("細目", "Sub-item")
        : item.Section == ItemSection.Related ? ui.T("関連する事業", "Related project")
        : ui.T("取組", "Initiative");
}
