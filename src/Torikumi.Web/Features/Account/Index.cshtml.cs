using Torikumi.Data.Accounts;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Account;

/// <summary><c>/account</c>: who is signed in, with which roles and units, and where to go from here.</summary>
public sealed class IndexModel(CurrentUser currentUser, UiText ui) : PortalPageModel
{
    public StaffAccount Account { get; private set; } = null!;

    public void OnGet()
    {
        Account = currentUser.Account!;
        PageTitle = ui.T("アカウント", "Your account");
        Breadcrumbs.Add(new Crumb(PageTitle));
    }

    public string RoleName(string role) => RoleNames.Of(role, ui);
}

/// <summary>The roles as people call them.</summary>
public static class RoleNames
{
    public static string Of(string role, UiText ui) => role switch
    {
        StaffRoles.Administrator => ui.T("管理者(企画課)", "Administrator (planning division)"),
        StaffRoles.Reviewer => ui.T("確認担当", "Reviewer"),
        StaffRoles.Editor => ui.T("入力担当(所管課)", "Department editor"),
        _ => role,
    };
}
