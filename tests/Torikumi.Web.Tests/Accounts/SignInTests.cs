using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Torikumi.Web.Accounts;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Accounts;

/// <summary>Signing in and out: the cookie, wrong passwords, lockout, return URLs and anti-forgery.</summary>
public sealed class SignInTests
{
    static KeyValuePair<string, string>[] Credentials(string email, string password) => [new("Email", email), new("Password", password)];

    [Theory, BothProviders]
    public async Task signing_in_sets_a_secure_session_cookie_and_returns_to_the_local_page(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        using var client = app.NewClient();

        var (response, _) = await client.SubmitAsync("/account/login?returnUrl=%2Fadmin%2Fusers", Credentials("r@example.jp", StaffAccounts.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(StaffCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase); // a session cookie
        var me = await client.Http.GetFromJsonAsync<MeApi.MeResponse>("/api/v1/me");
        Assert.Equal("r@example.jp", me!.Email);
        Assert.Equal(["reviewer"], me.Roles);
        Assert.Equal("cookie", me.AuthenticatedWith);
    }

    [Theory, BothProviders]
    public async Task a_return_url_to_another_site_is_ignored(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        foreach (var target in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)" })
        {
            using var client = app.NewClient();
            var (response, _) = await client.SubmitAsync("/account/login?returnUrl=" + Uri.EscapeDataString(target), Credentials("r@example.jp", StaffAccounts.Password));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account", response.Headers.Location?.OriginalString);
        }
    }

    [Theory, BothProviders]
    public async Task a_wrong_password_is_refused_with_a_message_and_no_cookie(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        using var client = app.NewClient();

        var (wrong, html) = await client.SubmitAsync("/account/login", Credentials("r@example.jp", "not the password at all"));
        var (unknown, unknownHtml) = await client.SubmitAsync("/account/login", Credentials("nobody@example.jp", "not the password at all"));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.False(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(StaffCookie.Name, StringComparison.Ordinal)));
        Assert.Contains("メールアドレスかパスワードが違います。", html.QuerySelector(".error-summary")!.TextContent);
        // The error is tied to the input and the summary links to it.
        Assert.Equal("Password-error", html.QuerySelector("#Password")!.GetAttribute("aria-describedby"));
        Assert.Equal("true", html.QuerySelector("#Password")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Password", html.QuerySelector(".error-summary a")!.GetAttribute("href"));
        // An unknown address reads exactly like a wrong password.
        Assert.Equal(html.QuerySelector(".error-summary")!.TextContent, unknownHtml.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task five_wrong_passwords_lock_the_account_for_fifteen_minutes(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        using var client = app.NewClient();

        for (var i = 0; i < 5; i++)
            await client.SubmitAsync("/account/login", Credentials("r@example.jp", $"wrong password number {i}"));
        var (locked, html) = await client.SubmitAsync("/account/login", Credentials("r@example.jp", StaffAccounts.Password));

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("15分間ロック", html.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/v1/me")).StatusCode);

        // Locked until about 15 minutes from now; once that time has passed (moved into the past here), it signs in.
        await using var context = app.Database.NewContext();
        var user = await context.Users.SingleAsync(u => u.Email == "r@example.jp");
        var remaining = user.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(remaining, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15));
        user.LockoutEnd = DateTimeOffset.UtcNow.AddSeconds(-1);
        await context.SaveChangesAsync();
        var (after, _) = await client.SubmitAsync("/account/login", Credentials("r@example.jp", StaffAccounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Theory, BothProviders]
    public async Task a_post_without_the_anti_forgery_token_is_refused(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        using var client = app.NewClient();
        await client.GetPageAsync("/account/login"); // has the anti-forgery cookie, but sends no token

        var (login, _) = await client.PostAsync("/account/login", Credentials("r@example.jp", StaffAccounts.Password));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/v1/me")).StatusCode);

        using var signedIn = await app.App.SignInAsync("r@example.jp");
        var (token, _) = await signedIn.PostAsync("/account/tokens?handler=Create", [new("Name", "forged")]);
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
        var (tokens, html) = await signedIn.GetPageAsync("/account/tokens");
        Assert.Contains("トークンはまだありません", html.Body!.TextContent);
    }

    [Theory, BothProviders]
    public async Task signing_out_ends_the_session(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        using var client = await app.App.SignInAsync("r@example.jp");

        var (response, _) = await client.SubmitAsync("/account", [], handler: null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/v1/me")).StatusCode);
        var (page, _) = await client.GetPageAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }
}
