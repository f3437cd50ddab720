using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Account;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Admin.Users;

/// <summary><c>/admin/users</c>: every staff account with roles, units and state (administrator only).</summary>
public sealed class IndexModel(StaffDirectory directory, TimeProvider time, UiText ui) : PortalPageModel
{
    public List<StaffUserSummary> Users { get; private set; } = [];
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = ui.T("職員アカウントの管理", "Staff accounts");
        Breadcrumbs.Add(new Crumb(ui.T("アカウント", "Your account"), "/account"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        Users = await directory.ListAsync(ct);
    }

    public string Roles(StaffUserSummary user) =>
        user.Roles.Count == 0 ? ui.T("なし", "none") : string.Join(ui.T("、", ", "), user.Roles.Select(r => RoleNames.Of(r, ui)));

    public string State(StaffUserSummary user) =>
        user.IsDisabled ? ui.T("無効", "Disabled") : user.IsLockedOut(Now) ? ui.T("ロック中", "Locked out") : ui.T("有効", "Active");
}
