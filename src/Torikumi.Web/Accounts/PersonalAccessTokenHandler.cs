using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Torikumi.Data;

namespace Torikumi.Web.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer tkp_…</c>: the token must exist (by hash), be neither revoked nor expired,
/// and belong to an account that is not disabled. Everything else about the user (roles, scope) comes from
/// <see cref="CurrentUser"/>, as for the cookie.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TorikumiDbContext db, CurrentUser currentUser)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The claim holding the id of the token a request was made with.</summary>
    public const string TokenIdClaim = "torikumi:token_id";
    static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (!AccessTokens.IsWellFormed(token))
            return AuthenticateResult.Fail("The bearer token is not a Torikumi personal access token (tkp_…).");

        var hash = AccessTokens.Hash(token);
        var row = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Select(t => new { t.Id, t.UserId, t.RevokedAt, t.ExpiresAt, t.LastUsedAt })
            .FirstOrDefaultAsync(Context.RequestAborted);
        var now = TimeProvider.GetUtcNow();
        if (row is null)
            return AuthenticateResult.Fail("Unknown token.");
        if (row.RevokedAt is not null)
            return AuthenticateResult.Fail("The token was revoked.");
        if (row.ExpiresAt is { } expires && expires <= now)
            return AuthenticateResult.Fail("The token has expired.");
        var account = await currentUser.LoadAsync(row.UserId, Context.RequestAborted);
        if (account is null || account.Disabled)
            return AuthenticateResult.Fail("The token's account is disabled.");

        if (row.LastUsedAt is not { } last || now - last >= LastUsedResolution)
            await db.PersonalAccessTokens.Where(t => t.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.UserId),
            new Claim(ClaimTypes.Name, account.Email),
            new Claim(TokenIdClaim, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate,
            result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"");
    }
}
