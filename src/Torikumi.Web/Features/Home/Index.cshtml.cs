using Microsoft.AspNetCore.Mvc;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Home;

/// <summary>
/// <c>/</c>: with one stored plan, straight to it (its URL names the plan); with several, a chooser grouped by
/// municipality (自治体 → 計画).
/// </summary>
public sealed class IndexModel(PlanStore store, UiText ui) : PortalPageModel
{
    public const int Shown = 500;

    public IReadOnlyList<IGrouping<string, PlanSummary>> Municipalities { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var plans = await store.ListPlansAsync(0, Shown + 1, ct);
        if (plans.Count == 1)
            return Redirect($"/plans/{plans[0].Id}");
        Total = plans.Count;
        Municipalities = [.. plans.Take(Shown).GroupBy(p => p.Municipality)];
        PageTitle = ui.T("計画を選ぶ", "Choose a plan");
        return Page();
    }
}
