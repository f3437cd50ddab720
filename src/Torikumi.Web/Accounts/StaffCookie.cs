using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Torikumi.Web.Accounts;

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Lax, Secure on HTTPS, a session cookie that slides over a working day. Each
/// request checks it against the database (the same single look-up that loads roles and scope), so disabling an
/// account or changing its password signs it out on every node at once.
/// </summary>
public static class StaffCookie
{
    public const string Name = "Torikumi.Staff";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static void Configure(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = Name;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Cookie.IsEssential = true;
        o.ExpireTimeSpan = Lifetime;
        o.SlidingExpiration = true;
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/denied";
        o.ReturnUrlParameter = "returnUrl";
        o.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = ValidateAsync,
            // The API answers with status codes, never with a redirect to an HTML sign-in page.
            OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden),
        };
    }

    static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var services = context.HttpContext.RequestServices;
        var account = userId is null ? null : await services.GetRequiredService<CurrentUser>().LoadAsync(userId, context.HttpContext.RequestAborted);
        var stampClaim = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (account is { Disabled: false } && string.Equals(account.SecurityStamp, principal!.FindFirstValue(stampClaim), StringComparison.Ordinal))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(AccountSchemes.Cookie);
    }

    static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (AccountSchemes.IsApi(context.Request))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
