using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data.Accounts;
using Torikumi.Web.Accounts;

namespace Torikumi.Web.Tests.Accounts.Support;

/// <summary>
/// Accounts, signed-in clients and tokens for integration tests, on any app from <c>WebApp.Create</c> (TestApp.App too):
/// <code>
/// var editorId = await app.AddStaffAsync("hoiku@example.jp", [], ("こども家庭部", "保育課"));
/// using var editor = await app.SignInAsync("hoiku@example.jp");       // cookie
/// var token = await app.CreateTokenAsync("hoiku@example.jp");         // Authorization: Bearer token
/// </code>
/// </summary>
public static class StaffAccounts
{
    /// <summary>The password every test account gets unless a test says otherwise.</summary>
    public const string Password = "correct horse battery staple";

    public static Task<string> AddAdministratorAsync(this WebApplication app, string email = "admin@example.jp") =>
        app.AddStaffAsync(email, [StaffRoles.Administrator]);

    public static Task<string> AddReviewerAsync(this WebApplication app, string email = "review@example.jp") =>
        app.AddStaffAsync(email, [StaffRoles.Reviewer]);

    /// <summary>Adds an account with the roles and units (by name, as stored from the plans); returns its id.</summary>
    public static async Task<string> AddStaffAsync(this WebApplication app, string email, string[] roles, params (string Department, string? Section)[] units)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var result = await directory.AddAsync(new NewStaffUser(email, null, roles, await UnitsAsync(directory, units)), Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return (await directory.FindByEmailAsync(email))!.Id;
    }

    /// <summary>Replaces an account's roles and units, as an administrator would.</summary>
    public static async Task SetAccessAsync(this WebApplication app, string userId, string[] roles, params (string Department, string? Section)[] units)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var result = await directory.SetAccessAsync(userId, roles, await UnitsAsync(directory, units));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>A personal access token for the account (the text to send as <c>Authorization: Bearer …</c>).</summary>
    public static async Task<string> CreateTokenAsync(this WebApplication app, string email, int? expiresInDays = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().FindByEmailAsync(email);
        var (token, result) = await scope.ServiceProvider.GetRequiredService<AccessTokenStore>().CreateAsync(user!.Id, "test", expiresInDays);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return token!.Text;
    }

    /// <summary>A client signed in through the real sign-in page (with its anti-forgery token).</summary>
    public static async Task<StaffClient> SignInAsync(this WebApplication app, string email, string password = Password)
    {
        var client = new StaffClient(app);
        var (response, _) = await client.SubmitAsync("/account/login", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A plain HTTP client sending the token.</summary>
    public static HttpClient TokenClient(this WebApplication app, string token)
    {
        var client = new HttpClient(app.GetTestServer().CreateHandler()) { BaseAddress = new Uri("http://localhost/") };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    static async Task<List<UnitChoice>> UnitsAsync(StaffDirectory directory, (string Department, string? Section)[] units)
    {
        var organisation = await directory.OrganisationAsync();
        return [.. units.Select(u =>
        {
            var department = organisation.Single(d => d.Name == u.Department);
            return new UnitChoice(department.Id, u.Section is null ? null : department.Sections.Single(s => s.Name == u.Section).Id);
        })];
    }
}
