using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Progress;
using Torikumi.Data.Accounts;
using Torikumi.Web.Accounts;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Accounts;

/// <summary>CurrentUser reads roles and scope from the database on every request, never from the cookie.</summary>
public sealed class CurrentUserTests
{
    [Theory, BothProviders]
    public async Task a_scope_change_applies_on_the_next_request_with_the_same_cookie(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider, web =>
            web.MapGet("/api/v1/test/actor", (ICurrentUser user) => new
            {
                user.Actor.Roles,
                Scope = user.Actor.Scope.Select(u => u.ToString()),
                user.DisplayName,
            }).RequireAuthorization(StaffPolicies.Staff));
        var id = await app.App.AddStaffAsync("hoiku@example.jp", [], ("こども家庭部", "保育課"));
        using var client = await app.App.SignInAsync("hoiku@example.jp");

        var before = await client.Http.GetFromJsonAsync<ActorView>("/api/v1/test/actor");
        await app.App.SetAccessAsync(id, [StaffRoles.Reviewer], ("区民部", null), ("こども家庭部", "子育て支援課"));
        var after = await client.Http.GetFromJsonAsync<ActorView>("/api/v1/test/actor");
        await app.App.SetAccessAsync(id, [StaffRoles.Reviewer]);
        var me = await client.Http.GetFromJsonAsync<MeApi.MeResponse>("/api/v1/me");

        Assert.Equal(ProgressRoles.DepartmentEditor, before!.Roles);
        Assert.Equal(["こども家庭部 保育課"], before.Scope);
        Assert.Equal("hoiku@example.jp", before.DisplayName);
        Assert.Equal(ProgressRoles.DepartmentEditor | ProgressRoles.Reviewer, after!.Roles);
        Assert.Equal(["こども家庭部 子育て支援課", "区民部"], after.Scope.Order(StringComparer.Ordinal));
        Assert.Equal(["reviewer"], me!.Roles);
        Assert.Empty(me.Scope);
    }

    [Theory, BothProviders]
    public async Task losing_every_role_closes_staff_routes_at_once(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider, web =>
            web.MapGet("/api/v1/test/staff", () => "ok").RequireAuthorization(StaffPolicies.Staff));
        await app.App.AddAdministratorAsync();
        var id = await app.App.AddReviewerAsync("r@example.jp");
        var token = await app.App.CreateTokenAsync("r@example.jp");
        using var byToken = app.App.TokenClient(token);
        Assert.Equal(HttpStatusCode.OK, (await byToken.GetAsync("/api/v1/test/staff")).StatusCode);

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Entities.StaffUser>>();
            await users.RemoveFromRoleAsync((await users.FindByIdAsync(id))!, StaffRoles.Reviewer);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await byToken.GetAsync("/api/v1/test/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await byToken.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task disabling_an_account_signs_its_cookie_out_on_the_next_request(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddAdministratorAsync();
        var id = await app.App.AddReviewerAsync("r@example.jp");
        using var client = await app.App.SignInAsync("r@example.jp");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/api/v1/me")).StatusCode);

        await using (var scope = app.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetDisabledAsync(id, true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/v1/me")).StatusCode);
        var (page, _) = await client.GetPageAsync("/account");
        Assert.StartsWith("/account/login", page.Headers.Location?.PathAndQuery);
        using var again = app.NewClient();
        var (login, html) = await again.SubmitAsync("/account/login", [new("Email", "r@example.jp"), new("Password", StaffAccounts.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [Theory, BothProviders]
    public async Task changing_the_password_keeps_this_session_and_ends_the_others(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddReviewerAsync("r@example.jp");
        using var here = await app.App.SignInAsync("r@example.jp");
        using var elsewhere = await app.App.SignInAsync("r@example.jp");
        const string newPassword = "a brand new passphrase";

        var (wrong, wrongHtml) = await here.SubmitAsync("/account/password",
            [new("CurrentPassword", "not my password!"), new("NewPassword", newPassword), new("ConfirmPassword", newPassword)]);
        var (weak, weakHtml) = await here.SubmitAsync("/account/password",
            [new("CurrentPassword", StaffAccounts.Password), new("NewPassword", "r@example.jp"), new("ConfirmPassword", "r@example.jp")]);
        var (changed, html) = await here.SubmitAsync("/account/password",
            [new("CurrentPassword", StaffAccounts.Password), new("NewPassword", newPassword), new("ConfirmPassword", newPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("CurrentPassword-error", wrongHtml.QuerySelector("#CurrentPassword")!.GetAttribute("aria-describedby"));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("メールアドレスをパスワードにすることはできません。", weakHtml.QuerySelector("#NewPassword-error")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotNull(html.QuerySelector(".notice[role=status]"));
        Assert.Equal(HttpStatusCode.OK, (await here.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.Http.GetAsync("/api/v1/me")).StatusCode);
        using var fresh = await app.App.SignInAsync("r@example.jp", newPassword);
    }

    sealed record ActorView(ProgressRoles Roles, List<string> Scope, string DisplayName);
}
