using System.Net;
using Microsoft.EntityFrameworkCore;
using Torikumi.Web.Accounts;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Accounts;

/// <summary>The tokens page: a new token is shown once and works; revoking it stops it; other people's tokens are out of reach.</summary>
public sealed class TokensPageTests
{
    [Theory, BothProviders]
    public async Task a_token_created_on_the_page_is_shown_once_works_and_can_be_revoked(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        await app.App.AddReviewerAsync("other@example.jp");
        var othersToken = await app.App.CreateTokenAsync("other@example.jp");
        using var client = await app.App.SignInAsync("r@example.jp");

        var (created, html) = await client.SubmitAsync("/account/tokens", [new("Name", "RPA 進捗登録"), new("ExpiresInDays", "30")], handler: "Create");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        var token = html.QuerySelector("#new-token")!.GetAttribute("value")!;
        Assert.True(AccessTokens.IsWellFormed(token));
        var (_, later) = await client.GetPageAsync("/account/tokens");
        Assert.DoesNotContain(token, later.DocumentElement.OuterHtml);
        Assert.Contains("RPA 進捗登録", later.QuerySelector("table")!.TextContent);

        using var script = app.App.TokenClient(token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/me")).StatusCode);

        int mine, others;
        await using (var context = app.Database.NewContext())
        {
            mine = await context.PersonalAccessTokens.Where(t => t.Name == "RPA 進捗登録").Select(t => t.Id).SingleAsync();
            others = await context.PersonalAccessTokens.Where(t => t.TokenHash == AccessTokens.Hash(othersToken)).Select(t => t.Id).SingleAsync();
        }
        var (notMine, _) = await client.SubmitAsync("/account/tokens", [new("id", others.ToString(System.Globalization.CultureInfo.InvariantCulture))], handler: "Revoke");
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        using (var other = app.App.TokenClient(othersToken))
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/me")).StatusCode);

        var (revoked, revokedHtml) = await client.SubmitAsync("/account/tokens", [new("id", mine.ToString(System.Globalization.CultureInfo.InvariantCulture))], handler: "Revoke");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("無効化しました", revokedHtml.QuerySelector(".notice")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task a_token_without_a_name_or_with_a_bad_expiry_is_refused_with_linked_errors(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        using var client = await app.App.SignInAsync("r@example.jp");

        var (noName, html) = await client.SubmitAsync("/account/tokens", [new("Name", " "), new("ExpiresInDays", "30")], handler: "Create");
        var (badDays, daysHtml) = await client.SubmitAsync("/account/tokens", [new("Name", "x"), new("ExpiresInDays", "soon")], handler: "Create");

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal("#Name", html.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.BadRequest, badDays.StatusCode);
        Assert.Equal("ExpiresInDays-hint ExpiresInDays-error", daysHtml.QuerySelector("#ExpiresInDays")!.GetAttribute("aria-describedby"));
        await using var context = app.Database.NewContext();
        Assert.Equal(0, await context.PersonalAccessTokens.CountAsync());
    }
}
