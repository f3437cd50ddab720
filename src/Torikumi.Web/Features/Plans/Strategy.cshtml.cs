using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Plans;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

/// <summary><c>/plans/{id}/strategies/S4</c>: a strategic plan (戦略計画) in full, printable on A4 as one document.</summary>
public sealed class StrategyModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public Strategy Strategy { get; private set; } = null!;
    public Pillar Pillar { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string key, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan?.Index.Strategy(key) is not { } strategy)
            return NotFound();
        Strategy = strategy;
        Pillar = Plan.Index.PillarOf(strategy);
        PageTitle = ui.T($"戦略計画{strategy.Number} {strategy.Title}", $"Strategic plan {strategy.Number}: {strategy.Title}");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T($"施策の柱{Pillar.Number}", $"Pillar {Pillar.Number}"), Plan.PillarUrl(Pillar.Key)));
        Breadcrumbs.Add(new Crumb(ui.T($"戦略計画{strategy.Number}", $"Strategic plan {strategy.Number}")));
        return Page();
    }

    /// <summary>The section heading as printed (令和4・5年度の取組, 関連する事業), else a plain label.</summary>
    public string SectionLabel(ItemSection section) =>
        Strategy.Sections.FirstOrDefault(s => s.Section == section)?.Label
        ?? (section == ItemSection.Related ? "関連する事業" : "取組");
}
