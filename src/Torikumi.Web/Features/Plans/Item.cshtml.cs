using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Plans;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

/// <summary>
/// <c>/plans/{id}/items/{key}</c>: one initiative (取組), related project (関連する事業) or sub-item, with where it sits,
/// its repeats (再掲) both ways, and the items before and after it.
/// </summary>
public sealed class ItemModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public PlanItem Item { get; private set; } = null!;
    public Strategy Strategy { get; private set; } = null!;
    public Pillar Pillar { get; private set; } = null!;
    public PlanItem? Original { get; private set; }
    public IReadOnlyList<PlanItem> Repeats { get; private set; } = [];
    public PlanItem? Previous { get; private set; }
    public PlanItem? Next { get; private set; }
    public IReadOnlyList<Owner> Responsible { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string key, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan?.Index.Item(key) is not { } item)
            return NotFound();
        var index = Plan.Index;
        Item = item;
        Strategy = index.StrategyOf(item);
        Pillar = index.PillarOf(Strategy);
        Original = item.RepostOf is { } original ? index.Item(original) : null;
        Repeats = index.RepostsOf(item);
        Previous = index.Previous(item);
        Next = index.Next(item);
        Responsible = item.Owners.Count > 0 ? [] : index.OwnersOf(item);

        PageTitle = $"{item.Key} {item.Title}";
        PageTitleIsJapanese = true;
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T($"施策の柱{Pillar.Number}", $"Pillar {Pillar.Number}"), Plan.PillarUrl(Pillar.Key)));
        Breadcrumbs.Add(new Crumb(ui.T($"戦略計画{Strategy.Number}", $"Strategic plan {Strategy.Number}"), Plan.StrategyUrl(Strategy.Key)));
        foreach (var ancestor in index.AncestorsOf(item))
            Breadcrumbs.Add(new Crumb($"{ancestor.Key} {ancestor.Title}", Plan.ItemUrl(ancestor.Key), Japanese: true));
        Breadcrumbs.Add(new Crumb($"{item.Key} {item.Title}", Japanese: true));
        return Page();
    }

    public string KindLabel(PlanItem item) =>
        Plan!.Index.ParentOf(item) is not null ? ui.T("細目", "Sub-item")
        : item.Section == ItemSection.Related ? ui.T("関連する事業", "Related project")
        : ui.T("取組", "Initiative");
}
