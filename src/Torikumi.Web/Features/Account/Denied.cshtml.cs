using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Account;

/// <summary><c>/account/denied</c>: where a signed-in account lands on a page its roles do not allow (403).</summary>
public sealed class DeniedModel(UiText ui) : PortalPageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        PageTitle = ui.T("このページを見る権限がありません", "You do not have access to this page");
        Breadcrumbs.Add(new Crumb(PageTitle));
    }
}
