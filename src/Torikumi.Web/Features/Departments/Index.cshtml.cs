using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Departments;

/// <summary><c>/plans/{id}/departments</c>: the directory 部 → 課, each with how many items it answers for.</summary>
public sealed class IndexModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public DepartmentDirectory Directory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null)
            return NotFound();
        Directory = DepartmentDirectory.Of(Plan.Index);
        PageTitle = ui.T("部・課から探す", "Departments and sections");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T("部・課", "Departments")));
        return Page();
    }
}
