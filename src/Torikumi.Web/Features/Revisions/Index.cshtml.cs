using Microsoft.AspNetCore.Authorization;
using Torikumi.Data.Revisions;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

/// <summary><c>/staff/revisions</c>, administrators only: every revision, those awaiting confirmation first.</summary>
[Authorize(Policy = PagePolicies.SignedIn), AdministratorOnly]
public sealed class IndexModel(RevisionStore revisions, UiText ui) : PortalPageModel
{
    public IReadOnlyList<RevisionListing> Revisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Revisions = await revisions.ListAsync(null, ct);
        PageTitle = ui.T("改定の確認", "Revisions");
        Breadcrumbs.Add(new Crumb(ui.T("進行管理", "Progress"), "/staff"));
        Breadcrumbs.Add(new Crumb(PageTitle));
    }
}
