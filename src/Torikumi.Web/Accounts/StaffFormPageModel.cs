using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data.Entities;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Accounts;

/// <summary>
/// Forms of the account and administration pages: errors are kept in ModelState under the input's id, shown in an
/// error summary (Shared/_ErrorSummary) that links to each input, and next to the input, tied to it with
/// aria-describedby and aria-invalid. Also the re-authentication step before sensitive changes.
/// </summary>
public abstract class StaffFormPageModel : PortalPageModel
{
    UiText Ui => HttpContext.RequestServices.GetRequiredService<UiText>();

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? AriaInvalid(string field) => ErrorFor(field) is null ? null : "true";

    /// <summary>The ids describing an input: its hint, if any, and its error, if any.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = string.Join(' ', new[] { hintId, ErrorFor(field) is null ? null : field + "-error" }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    public IHtmlContent FieldError(string field)
    {
        if (ErrorFor(field) is not { } message)
            return HtmlString.Empty;
        var encoder = HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        return new HtmlString($"<p class=\"field-error\" id=\"{encoder.Encode(field)}-error\"><span class=\"visually-hidden\">{encoder.Encode(Ui.T("エラー:", "Error: "))}</span>{encoder.Encode(message)}</p>");
    }

    /// <summary>Every error, for the summary at the top of the form.</summary>
    public IReadOnlyList<(string Field, string Message)> AllErrors =>
        [.. ModelState.Where(e => e.Value is { Errors.Count: > 0 }).SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)))];

    protected void AddErrors(AccountResult result, Func<string, string>? fieldOf = null)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(fieldOf?.Invoke(error.Field) ?? error.Field, error.Message);
    }

    /// <summary>The form again with its errors, as 400.</summary>
    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Whether the page must ask for the password before a sensitive change (not entered in the last 5 minutes).</summary>
    public bool NeedsPassword =>
        !RecentPassword.IsRecent(User, HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());

    /// <summary>
    /// Re-authentication: true when the password was entered recently, or is given now and right (the cookie is then
    /// renewed with the new time). Otherwise an error on <paramref name="field"/>; wrong passwords count towards lockout.
    /// </summary>
    protected async Task<bool> ConfirmRecentPasswordAsync(string? password, string field = "CurrentPassword")
    {
        if (!NeedsPassword)
            return true;
        if (string.IsNullOrEmpty(password))
        {
            ModelState.AddModelError(field, Ui.T("変更を確定するため、あなたのパスワードを入力してください(最後の入力から5分を過ぎました)。",
                "Enter your password to confirm this change (it was last entered more than 5 minutes ago)."));
            return false;
        }
        var services = HttpContext.RequestServices;
        var me = services.GetRequiredService<CurrentUser>().UserId is { } id ? await services.GetRequiredService<UserManager<StaffUser>>().FindByIdAsync(id) : null;
        var result = me is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await services.GetRequiredService<StaffSignIn>().ConfirmPasswordAsync(me, password);
        if (result.Succeeded)
            return true;
        ModelState.AddModelError(field, result.IsLockedOut
            ? Ui.T("パスワードの誤りが続いたため、15分間ロックされました。", "Too many wrong passwords: the account is locked for 15 minutes.")
            : Ui.T("パスワードが違います。", "The password is not correct."));
        return false;
    }
}
