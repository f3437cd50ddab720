using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Torikumi.Data.Entities;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Account;

/// <summary>
/// <c>/account/password</c>: change one's own password. Other sessions of the account are signed out (the security
/// stamp changes); this one continues with a fresh cookie. Wrong current passwords count towards the lockout.
/// </summary>
public sealed class PasswordModel(UserManager<StaffUser> users, StaffSignIn signIn, CurrentUser currentUser, UiText ui) : StaffFormPageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    public bool Changed { get; private set; }

    public void OnGet() => Title();

    public async Task<IActionResult> OnPostAsync()
    {
        Title();
        if (string.IsNullOrEmpty(CurrentPassword))
            ModelState.AddModelError(nameof(CurrentPassword), ui.T("現在のパスワードを入力してください。", "Enter your current password."));
        if (string.IsNullOrEmpty(NewPassword))
            ModelState.AddModelError(nameof(NewPassword), ui.T("新しいパスワードを入力してください。", "Enter a new password."));
        else if (NewPassword != ConfirmPassword)
            ModelState.AddModelError(nameof(ConfirmPassword), ui.T("確認のために入力したパスワードが一致しません。", "The two new passwords are not the same."));
        if (!ModelState.IsValid)
            return Invalid();

        var user = await users.FindByIdAsync(currentUser.UserId!);
        if (user is null)
            return Challenge();
        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                await users.AccessFailedAsync(user);
            AddErrors(StaffDirectory.FromIdentity(result), field => field switch
            {
                "Password" when result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) => nameof(CurrentPassword),
                _ => nameof(NewPassword),
            });
            return Invalid();
        }
        await signIn.SignInAsync(user);
        Changed = true;
        CurrentPassword = NewPassword = ConfirmPassword = null;
        return Page();
    }

    void Title()
    {
        PageTitle = ui.T("パスワードの変更", "Change your password");
        Breadcrumbs.Add(new Crumb(ui.T("アカウント", "Your account"), "/account"));
        Breadcrumbs.Add(new Crumb(PageTitle));
    }
}
