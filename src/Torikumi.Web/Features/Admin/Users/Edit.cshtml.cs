using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Admin.Users;

/// <summary>
/// <c>/admin/users/{id}</c>: change an account's roles and units, disable or enable it, revoke its tokens. Changing
/// roles, units or the disabled state needs the administrator's password entered within 5 minutes (再認証).
/// </summary>
public sealed class EditModel(StaffDirectory directory, AccessTokenStore tokens, CurrentUser currentUser, TimeProvider time, UiText ui) : UserFormModel
{
    public StaffUserSummary Account { get; private set; } = null!;
    public List<TokenSummary> Tokens { get; private set; } = [];
    public string? Done { get; private set; }
    public DateTimeOffset Now { get; } = time.GetUtcNow();
    public bool IsSelf => Account.Id == currentUser.UserId;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Roles = [.. Account.Roles];
        Units = UnitValues(Account.Units);
        return Page();
    }

    public async Task<IActionResult> OnPostAccessAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (!await ConfirmRecentPasswordAsync(CurrentPassword))
            return Invalid();
        var result = await directory.SetAccessAsync(id, Roles, ChosenUnits(), ct);
        if (!result.Succeeded)
        {
            AddErrors(result, FieldOf);
            return Invalid();
        }
        return await ReloadAsync(id, ui.T("役割と担当を変更しました。次の操作から反映されます。", "Roles and units were changed; they apply from the account's next request."), ct);
    }

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, true, ct);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, false, ct);

    public async Task<IActionResult> OnPostRevokeTokenAsync(string id, int tokenId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var revoked = await tokens.RevokeAsync(tokenId, id, ct);
        if (revoked is null)
            return NotFound();
        return await ReloadAsync(id, ui.T($"トークン「{revoked.Name}」を無効化しました。", $"Token “{revoked.Name}” was revoked."), ct);
    }

    async Task<IActionResult> SetDisabledAsync(string id, bool disabled, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Roles = [.. Account.Roles];
        Units = UnitValues(Account.Units);
        if (disabled && IsSelf)
        {
            ModelState.AddModelError("", ui.T("自分のアカウントは無効にできません。", "You cannot disable your own account."));
            return Invalid();
        }
        if (!await ConfirmRecentPasswordAsync(CurrentPassword, "DisablePassword"))
            return Invalid();
        var result = await directory.SetDisabledAsync(id, disabled, ct);
        if (!result.Succeeded)
        {
            AddErrors(result, _ => "");
            return Invalid();
        }
        return await ReloadAsync(id, disabled
            ? ui.T("アカウントを無効にしました。ログイン中の端末からもログアウトされ、トークンも使えなくなりました。", "The account was disabled: it is signed out everywhere and its tokens no longer work.")
            : ui.T("アカウントを有効に戻しました。", "The account was enabled again."), ct);
    }

    async Task<IActionResult> ReloadAsync(string id, string done, CancellationToken ct)
    {
        Breadcrumbs.Clear();
        await LoadAsync(id, ct);
        Roles = [.. Account.Roles];
        Units = UnitValues(Account.Units);
        CurrentPassword = null;
        Done = done;
        return Page();
    }

    async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (id.Length > 100 || await directory.FindAsync(id, ct) is not { } account)
            return false;
        Account = account;
        PageTitle = ui.T($"{account.DisplayName} のアカウント", $"Account of {account.DisplayName}");
        Breadcrumbs.Add(new Crumb(ui.T("職員アカウントの管理", "Staff accounts"), "/admin/users"));
        Breadcrumbs.Add(new Crumb(account.DisplayName));
        Organisation = await directory.OrganisationAsync(ct);
        Tokens = await tokens.ListAsync(id, ct);
        return true;
    }

    public string Date(DateTimeOffset? at) => at is { } t ? t.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
