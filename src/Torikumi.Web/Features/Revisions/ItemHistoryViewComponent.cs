using Microsoft.AspNetCore.Mvc;
using Torikumi.Data.Revisions;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

public sealed record ItemHistoryModel(PortalPlan Plan, string ItemKey, IReadOnlyList<ItemHistoryStep> Steps);

/// <summary>「この取組の変遷」 on an item page: the confirmed revisions that led to this item, each linked to its diff. Nothing for an item of a first version.</summary>
public sealed class ItemHistoryViewComponent(RevisionStore revisions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PortalPlan plan, string key)
    {
        if (plan.VersionCount < 2)
            return Content("");
        var steps = await revisions.HistoryAsync(plan.Id, plan.VersionNumber, key, HttpContext.RequestAborted);
        return steps.Count == 0 ? Content("") : View("/Features/Revisions/_ItemHistory.cshtml", new ItemHistoryModel(plan, key, steps));
    }
}
