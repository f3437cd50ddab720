using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

/// <summary><c>/plans/{id}</c>: the plan's front page — title, stage, period, the pillars with their strategic plans.</summary>
public sealed class PlanModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null)
            return NotFound();
        PageTitle = Plan.Title;
        PageTitleIsJapanese = true;
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home")));
        return Page();
    }
}
