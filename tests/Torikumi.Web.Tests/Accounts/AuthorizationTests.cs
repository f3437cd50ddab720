using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data.Accounts;
using Torikumi.Web.Accounts;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Accounts;

/// <summary>Who reaches what: page folders by cookie, API routes by cookie or token, roles checked in the database.</summary>
public sealed class AuthorizationTests
{
    [Theory, BothProviders]
    public async Task admin_pages_send_anonymous_people_to_sign_in_and_refuse_editors_and_reviewers(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddStaffAsync("hoiku@example.jp", [], ("こども家庭部", "保育課"));
        await app.App.AddReviewerAsync("r@example.jp");
        await app.App.AddAdministratorAsync("admin@example.jp");

        using var anonymous = app.NewClient();
        var (toLogin, _) = await anonymous.GetPageAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Equal("/account/login?returnUrl=%2Fadmin%2Fusers", toLogin.Headers.Location?.PathAndQuery);

        foreach (var email in new[] { "hoiku@example.jp", "r@example.jp" })
        {
            using var client = await app.App.SignInAsync(email);
            var (denied, _) = await client.GetPageAsync("/admin/users");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/account/denied", denied.Headers.Location?.PathAndQuery);
            var (page, html) = await client.GetPageAsync(denied.Headers.Location!.PathAndQuery);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Contains("権限がありません", html.QuerySelector("h1")!.TextContent);
            // Posting to an admin page is refused the same way, and changes nothing.
            var (post, _) = await client.PostAsync("/admin/users/add", [new("Email", "intruder@example.jp"), new("Roles", StaffRoles.Administrator)]);
            Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        }
        await using (var context = app.Database.NewContext())
            Assert.False(await context.Users.AnyAsync(u => u.Email == "intruder@example.jp"));

        using var admin = await app.App.SignInAsync("admin@example.jp");
        var (ok, list) = await admin.GetPageAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(3, list.QuerySelectorAll(".staff-users tbody tr").Length);
    }

    [Theory, BothProviders]
    public async Task a_token_authenticates_api_routes_and_reports_who_it_is(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddStaffAsync("hoiku@example.jp", [StaffRoles.Reviewer], ("こども家庭部", "保育課"), ("企画部", null));
        var token = await app.App.CreateTokenAsync("hoiku@example.jp");
        using var client = app.App.TokenClient(token);

        var me = await client.GetFromJsonAsync<MeApi.MeResponse>("/api/v1/me");

        Assert.Equal("hoiku@example.jp", me!.Email);
        Assert.Equal(["editor", "reviewer"], me.Roles);
        Assert.Equal([new MeApi.ScopeUnit("練馬区", "こども家庭部", "保育課"), new MeApi.ScopeUnit("練馬区", "企画部", null)], me.Scope);
        Assert.Equal("token", me.AuthenticatedWith);
        await using var context = app.Database.NewContext();
        Assert.NotNull((await context.PersonalAccessTokens.SingleAsync()).LastUsedAt);
    }

    [Theory, BothProviders]
    public async Task revoked_expired_garbled_and_unknown_tokens_and_disabled_accounts_get_401(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddAdministratorAsync("admin@example.jp");
        var editorId = await app.App.AddStaffAsync("hoiku@example.jp", [StaffRoles.Reviewer]);
        var revoked = await app.App.CreateTokenAsync("hoiku@example.jp");
        var expiring = await app.App.CreateTokenAsync("hoiku@example.jp", expiresInDays: 1);
        var ofDisabled = await app.App.CreateTokenAsync("hoiku@example.jp");
        await using (var scope = app.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AccessTokenStore>().RevokeAsync(1, null);

        async Task<HttpResponseMessage> MeWith(string authorization)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            return await app.App.GetTestClient().SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await MeWith("Bearer " + expiring)).StatusCode);
        foreach (var bad in new[] { "Bearer " + revoked, "Bearer tkp_garbled", "Bearer " + revoked[..^1] + (revoked[^1] == 'A' ? 'B' : 'A'), "Bearer " + new string('x', 5000), "Bearer ", "Basic YTpi" })
        {
            var response = await MeWith(bad);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Contains("invalid_token", (await MeWith("Bearer " + revoked)).Headers.WwwAuthenticate.ToString());

        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeWith("Bearer " + expiring)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await MeWith("Bearer " + ofDisabled)).StatusCode);
        await using (var scope = app.App.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetDisabledAsync(editorId, true)).Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeWith("Bearer " + ofDisabled)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task api_policies_accept_cookie_or_token_pages_only_the_cookie(string provider)
    {
        // Probe routes behind the contract's policies, as the progress API will use them.
        await using var app = await AccountsApp.StartAsync(provider, web =>
        {
            web.MapGet("/api/v1/test/staff", () => "ok").RequireAuthorization(StaffPolicies.Staff);
            web.MapGet("/api/v1/test/reviewer", () => "ok").RequireAuthorization(StaffPolicies.Reviewer);
            web.MapGet("/api/v1/test/administrator", () => "ok").RequireAuthorization(StaffPolicies.Administrator);
        });
        await app.App.AddReviewerAsync("r@example.jp");
        await app.App.AddStaffAsync("hoiku@example.jp", [], ("こども家庭部", null));
        var reviewerToken = await app.App.CreateTokenAsync("r@example.jp");
        var editorToken = await app.App.CreateTokenAsync("hoiku@example.jp");

        using var reviewerByToken = app.App.TokenClient(reviewerToken);
        using var editorByToken = app.App.TokenClient(editorToken);
        using var reviewerByCookie = await app.App.SignInAsync("r@example.jp");
        using var anonymous = app.App.GetTestClient();

        Assert.Equal(HttpStatusCode.OK, (await reviewerByToken.GetAsync("/api/v1/test/reviewer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewerByCookie.Http.GetAsync("/api/v1/test/reviewer")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorByToken.GetAsync("/api/v1/test/reviewer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editorByToken.GetAsync("/api/v1/test/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorByToken.GetAsync("/api/v1/test/administrator")).StatusCode);
        // An anonymous API call gets 401, never a redirect to the HTML sign-in page.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/test/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewerByCookie.Http.GetAsync("/api/v1/test/administrator")).StatusCode);

        // A token does not open pages.
        var page = await reviewerByToken.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.PathAndQuery);
    }
}
