using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Torikumi.Web.Accounts;

/// <summary><c>GET /api/v1/me</c>: who the cookie or token belongs to, with roles and scope — for scripts to check a token.</summary>
public static class MeApi
{
    public sealed record MeResponse(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<ScopeUnit> Scope, string AuthenticatedWith);

    /// <summary>One unit of an editor's scope: a department (部), or one of its sections (課).</summary>
    public sealed record ScopeUnit(string Municipality, string Department, string? Section);

    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", Get).RequireAuthorization(AccountPolicies.SignedIn).WithTags("Accounts");
        return app;
    }

    static Results<Ok<MeResponse>, UnauthorizedHttpResult> Get(CurrentUser user, HttpContext http)
    {
        if (user.Account is not { } account)
            return TypedResults.Unauthorized();
        var byToken = http.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == AccountSchemes.Token);
        return TypedResults.Ok(new MeResponse(account.UserId, account.Email, user.DisplayName!, account.Roles,
            [.. account.Units.Select(u => new ScopeUnit(u.Municipality, u.Department, u.Section))], byToken ? "token" : "cookie"));
    }
}
