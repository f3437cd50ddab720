using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Plans;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

/// <summary><c>/plans/{id}/pillars/P1</c>: a policy pillar (施策の柱) with its strategic plans and their items.</summary>
public sealed class PillarModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public Pillar Pillar { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string key, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan?.Index.Pillar(key) is not { } pillar)
            return NotFound();
        Pillar = pillar;
        PageTitle = ui.T($"施策の柱{pillar.Number} {pillar.Title}", $"Pillar {pillar.Number}: {pillar.Title}");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T($"施策の柱{pillar.Number}", $"Pillar {pillar.Number}")));
        return Page();
    }
}
