using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Admin.Users;

/// <summary>
/// <c>/admin/users/add</c>: a new staff account with its roles and units. Without an initial password one is
/// generated and shown once, for the administrator to hand over; the person changes it after signing in.
/// </summary>
public sealed class AddModel(StaffDirectory directory, UiText ui) : UserFormModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? InitialPassword { get; set; }

    /// <summary>Set once the account exists: the password to hand over (generated or as given).</summary>
    public string? HandOverPassword { get; private set; }
    public bool Generated { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Email))
            ModelState.AddModelError(nameof(Email), ui.T("メールアドレスを入力してください。", "Enter the e-mail address."));
        if (!ModelState.IsValid || !await ConfirmRecentPasswordAsync(CurrentPassword))
            return Invalid();

        Generated = string.IsNullOrEmpty(InitialPassword);
        var password = Generated ? Passwords.Generate() : InitialPassword!;
        var result = await directory.AddAsync(new NewStaffUser(Email!, DisplayName, Roles, ChosenUnits()), password, ct);
        if (!result.Succeeded)
        {
            AddErrors(result, field => field == "Password" ? nameof(InitialPassword) : FieldOf(field));
            return Invalid();
        }
        HandOverPassword = password;
        // The password is in this answer only: keep it out of every cache.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = ui.T("アカウントを追加", "Add an account");
        Breadcrumbs.Add(new Crumb(ui.T("職員アカウントの管理", "Staff accounts"), "/admin/users"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        Organisation = await directory.OrganisationAsync(ct);
    }
}
