using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Account;

/// <summary>
/// <c>/account/login</c>: staff sign in (ログイン) with e-mail and password, then go back to the page that asked — only
/// ever a page of this site. Five wrong passwords lock the account for 15 minutes.
/// </summary>
public sealed class LoginModel(StaffSignIn signIn, UiText ui) : StaffFormPageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
        Title();
        if (!IsLocal(ReturnUrl))
            ReturnUrl = null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Title();
        if (!IsLocal(ReturnUrl))
            ReturnUrl = null;
        if (string.IsNullOrWhiteSpace(Email))
            ModelState.AddModelError(nameof(Email), ui.T("メールアドレスを入力してください。", "Enter your e-mail address."));
        if (string.IsNullOrEmpty(Password))
            ModelState.AddModelError(nameof(Password), ui.T("パスワードを入力してください。", "Enter your password."));
        if (!ModelState.IsValid)
            return Invalid();

        var result = await signIn.PasswordSignInAsync(Email!, Password!);
        if (result.Succeeded)
            return LocalRedirect(ReturnUrl ?? "/account");
        Password = null;
        ModelState.AddModelError(nameof(Password), result.IsLockedOut
            ? ui.T("ログインの失敗が続いたため、このアカウントは15分間ロックされています。時間をおいてからお試しください。",
                "Too many failed sign-ins: this account is locked for 15 minutes. Try again later.")
            : ui.T("メールアドレスかパスワードが違います。", "The e-mail address or the password is not correct."));
        return Invalid();
    }

    void Title()
    {
        PageTitle = ui.T("職員ログイン", "Staff sign-in");
        Breadcrumbs.Add(new Crumb(PageTitle));
    }

    /// <summary>A path on this site only (never //host or /\host): the sign-in page is no open redirect.</summary>
    bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.Length <= 2000 && Url.IsLocalUrl(url);
}
