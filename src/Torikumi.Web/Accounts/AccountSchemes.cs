namespace Torikumi.Web.Accounts;

/// <summary>
/// The authentication schemes of staff accounts. Pages use only the cookie; the API accepts the cookie or a personal
/// access token (<c>Authorization: Bearer tkp_…</c>).
/// </summary>
public static class AccountSchemes
{
    /// <summary>The sign-in cookie: Identity's application scheme (IdentityConstants.ApplicationScheme, not a constant there), so SignInManager writes it.</summary>
    public const string Cookie = "Identity.Application";
    /// <summary>Personal access tokens in the Authorization header.</summary>
    public const string Token = "PersonalAccessToken";
    /// <summary>The default: a token for /api requests that carry one, the cookie otherwise.</summary>
    public const string Default = "Staff";

    internal static bool IsApi(Microsoft.AspNetCore.Http.HttpRequest request) => request.Path.StartsWithSegments("/api");
}
