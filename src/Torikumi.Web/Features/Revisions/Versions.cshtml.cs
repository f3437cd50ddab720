using Microsoft.AspNetCore.Mvc;
using Torikumi.Data.Storage;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

/// <summary><c>/plans/{id}/versions</c>: the public versions (版) of a plan, each linked to its diff with the one before, and a form to compare any two.</summary>
public sealed class VersionsModel(PortalPlans plans, PublicRevisions revisions, UiText ui) : PortalPageModel
{
    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null)
            return NotFound();
        Versions = await revisions.VersionsAsync(id, ct);
        PageTitle = ui.T("版の一覧と変更点", "Versions and changes");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(PageTitle));
        return Page();
    }

    public string DiffUrl(int a, int b) => $"{Plan!.Url}/versions/{a}/diff/{b}";
}
