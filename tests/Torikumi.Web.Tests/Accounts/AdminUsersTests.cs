using System.Net;
using Microsoft.EntityFrameworkCore;
using Torikumi.Data.Accounts;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Accounts;

/// <summary>The administrator's pages: adding accounts, changing roles and units (with re-authentication), disabling.</summary>
public sealed class AdminUsersTests
{
    static async Task<int> DepartmentIdAsync(AccountsApp app, string name)
    {
        await using var context = app.Database.NewContext();
        return await context.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }

    static async Task<int> SectionIdAsync(AccountsApp app, string name)
    {
        await using var context = app.Database.NewContext();
        return await context.Sections.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }

    static async Task<List<string>> RolesOfAsync(AccountsApp app, string email)
    {
        await using var context = app.Database.NewContext();
        return await context.UserRoles.Where(ur => context.Users.Any(u => u.Id == ur.UserId && u.Email == email))
            .Join(context.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToListAsync();
    }

    [Theory, BothProviders]
    public async Task changing_roles_needs_the_password_again_after_five_minutes(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddAdministratorAsync("admin@example.jp");
        var id = await app.App.AddReviewerAsync("r@example.jp");
        using var admin = await app.App.SignInAsync("admin@example.jp");
        var url = $"/admin/users/{id}";
        KeyValuePair<string, string>[] makeAdmin = [new("Roles", StaffRoles.Administrator), new("Roles", StaffRoles.Reviewer)];

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var (_, form) = await admin.GetPageAsync(url);
        Assert.NotNull(form.QuerySelector("#CurrentPassword"));
        var (without, html) = await admin.SubmitAsync(url, makeAdmin, handler: "Access");
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal("#CurrentPassword", html.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Contains("CurrentPassword-error", html.QuerySelector("#CurrentPassword")!.GetAttribute("aria-describedby"));
        // The form keeps what was ticked.
        Assert.NotNull(html.QuerySelector("#Roles-administrator[checked]"));
        var (wrong, _) = await admin.SubmitAsync(url, [.. makeAdmin, new("CurrentPassword", "not the password!")], handler: "Access");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["reviewer"], await RolesOfAsync(app, "r@example.jp"));

        var (confirmed, done) = await admin.SubmitAsync(url, [.. makeAdmin, new("CurrentPassword", StaffAccounts.Password)], handler: "Access");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull(done.QuerySelector(".notice[role=status]"));
        Assert.Equal(["administrator", "reviewer"], await RolesOfAsync(app, "r@example.jp"));

        // The password was just entered: the next change within 5 minutes needs none.
        var (_, again) = await admin.GetPageAsync(url);
        Assert.Null(again.QuerySelector("#CurrentPassword"));
        var (next, _) = await admin.SubmitAsync(url, [new("Roles", StaffRoles.Reviewer)], handler: "Access");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(["reviewer"], await RolesOfAsync(app, "r@example.jp"));
    }

    [Theory, BothProviders]
    public async Task units_make_an_editor_and_the_last_administrator_keeps_the_role(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var adminId = await app.App.AddAdministratorAsync("admin@example.jp");
        var id = await app.App.AddReviewerAsync("r@example.jp");
        using var admin = await app.App.SignInAsync("admin@example.jp");
        var hoiku = await SectionIdAsync(app, "保育課");
        var kikaku = await DepartmentIdAsync(app, "企画部");

        var (ok, _) = await admin.SubmitAsync($"/admin/users/{id}", [new("Units", $"s{hoiku}"), new("Units", $"d{kikaku}")], handler: "Access");
        var (none, noneHtml) = await admin.SubmitAsync($"/admin/users/{id}", [], handler: "Access");
        var (last, lastHtml) = await admin.SubmitAsync($"/admin/users/{adminId}", [new("Roles", StaffRoles.Reviewer)], handler: "Access");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(["editor"], await RolesOfAsync(app, "r@example.jp"));
        await using (var context = app.Database.NewContext())
            Assert.Equal(2, await context.EditorScopes.CountAsync(s => s.UserId == id));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("#Roles", noneHtml.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode);
        Assert.Contains("最後の管理者", lastHtml.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(["administrator"], await RolesOfAsync(app, "admin@example.jp"));
    }

    [Theory, BothProviders]
    public async Task adding_an_account_shows_its_generated_password_once_and_it_signs_in(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        await app.App.AddAdministratorAsync("admin@example.jp");
        using var admin = await app.App.SignInAsync("admin@example.jp");
        var kyodo = await SectionIdAsync(app, "協働推進課");

        var (bad, badHtml) = await admin.SubmitAsync("/admin/users/add", [new("Email", "not an address"), new("Units", $"s{kyodo}")]);
        var (added, html) = await admin.SubmitAsync("/admin/users/add",
            [new("Email", "kyodo@example.jp"), new("DisplayName", "区民部 協働 花子"), new("Units", $"s{kyodo}")]);
        var (duplicate, duplicateHtml) = await admin.SubmitAsync("/admin/users/add", [new("Email", "kyodo@example.jp"), new("Roles", StaffRoles.Reviewer)]);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("#Email", badHtml.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.True(added.Headers.CacheControl?.NoStore);
        var password = html.QuerySelector("#initial-password")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("既にあります", duplicateHtml.QuerySelector("#Email-error")!.TextContent);

        using var editor = await app.App.SignInAsync("kyodo@example.jp", password);
        var (_, account) = await editor.GetPageAsync("/account");
        Assert.Contains("区民部 協働推進課", account.QuerySelector(".unit-list")!.TextContent);
        Assert.Contains("区民部 協働 花子", account.QuerySelector(".account-facts")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task disabling_from_the_page_signs_the_account_out_and_refuses_oneself(string provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var adminId = await app.App.AddAdministratorAsync("admin@example.jp");
        var id = await app.App.AddReviewerAsync("r@example.jp");
        using var reviewer = await app.App.SignInAsync("r@example.jp");
        using var admin = await app.App.SignInAsync("admin@example.jp");

        var (disabled, _) = await admin.SubmitAsync($"/admin/users/{id}", [], handler: "Disable");
        var (self, _) = await admin.PostAsync($"/admin/users/{adminId}?handler=Disable", []);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, self.StatusCode);
        await using var context = app.Database.NewContext();
        Assert.NotNull((await context.Users.SingleAsync(u => u.Id == id)).DisabledAt);
        Assert.Null((await context.Users.SingleAsync(u => u.Id == adminId)).DisabledAt);
    }
}
