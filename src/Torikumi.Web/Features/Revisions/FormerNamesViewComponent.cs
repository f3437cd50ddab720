using Microsoft.AspNetCore.Mvc;
using Torikumi.Data.Revisions;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

public sealed record FormerNamesModel(PortalPlan Plan, string Unit, IReadOnlyList<(int OldNumber, int NewNumber, StoredOrganisationChange Change)> Changes);

/// <summary>「旧 〇〇課」 on a department page: the confirmed organisation changes (組織改正) that produced this unit. Nothing when none.</summary>
public sealed class FormerNamesViewComponent(RevisionStore revisions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PortalPlan plan, string name)
    {
        if (plan.VersionCount < 2)
            return Content("");
        var changes = await revisions.FormerNamesAsync(plan.Id, plan.VersionNumber, name, HttpContext.RequestAborted);
        return changes.Count == 0 ? Content("") : View("/Features/Revisions/_FormerNames.cshtml", new FormerNamesModel(plan, name, changes));
    }
}
