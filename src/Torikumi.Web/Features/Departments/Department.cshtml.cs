using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Plans;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Departments;

/// <summary>One item on a department's page, with the sub-items the department also answers for nested under it.</summary>
public sealed record UnitItem(PlanItem Item, Responsibility How, IReadOnlyList<string> Sections, IReadOnlyList<UnitItem> Children);

/// <summary>The items of one strategic plan (戦略計画) that a department answers for.</summary>
public sealed record UnitStrategy(Strategy Strategy, IReadOnlyList<UnitItem> Items);

/// <summary>
/// <c>/plans/{id}/departments/{name}</c>: a department (部), or a section (課), with its items grouped by strategic plan
/// and nested as in the plan, saying for each whether the unit owns it itself or through its sub-items.
/// </summary>
public sealed class DepartmentModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public OrgUnit Unit { get; private set; } = null!;
    public IReadOnlyList<UnitStrategy> Strategies { get; private set; } = [];
    public int OwnCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string name, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null || DepartmentDirectory.Of(Plan.Index).Find(name) is not { } unit)
            return NotFound();
        Unit = unit;
        var directory = DepartmentDirectory.Of(Plan.Index);
        var index = Plan.Index;
        var listed = unit.Items.ToHashSet();
        UnitItem Build(PlanItem item) => new(item, directory.ResponsibilityOf(unit, item),
            unit.IsSection ? [] : directory.SectionsFor(unit.Name, item),
            [.. item.Children.Where(listed.Contains).Select(Build)]);
        // A listed sub-item's parent is always listed too (its owners include its sub-items'), so the tops hold all.
        Strategies = [.. unit.Items.Where(i => index.ParentOf(i) is not { } p || !listed.Contains(p))
            .GroupBy(index.StrategyOf)
            .Select(g => new UnitStrategy(g.Key, [.. g.Select(Build)]))];
        OwnCount = unit.Items.Count(i => directory.ResponsibilityOf(unit, i) == Responsibility.Own);

        PageTitle = unit.Name;
        PageTitleIsJapanese = true;
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T("部・課", "Departments"), $"{Plan.Url}/departments"));
        if (unit.Parents is [var parent])
            Breadcrumbs.Add(new Crumb(parent, Plan.DepartmentUrl(parent), Japanese: true));
        Breadcrumbs.Add(new Crumb(unit.Name, Japanese: true));
        return Page();
    }

    public string HowLabel(Responsibility how) => how switch
    {
        Responsibility.Own => ui.T("事業実施課", "Named as owner"),
        Responsibility.Enclosing => ui.T("上位の取組を担当", "Through the enclosing item"),
        Responsibility.SubItems => ui.T("細目を担当", "Through its sub-items"),
        _ => "",
    };
}
