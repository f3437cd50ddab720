using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Account;

/// <summary><c>/account/logout</c>: signing out is a POST (with the anti-forgery token), so no link or image can do it.</summary>
public sealed class LogoutModel(StaffSignIn signIn, UiText ui) : PortalPageModel
{
    public void OnGet()
    {
        PageTitle = ui.T("ログアウト", "Sign out");
        Breadcrumbs.Add(new Crumb(PageTitle));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
