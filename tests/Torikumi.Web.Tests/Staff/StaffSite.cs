using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Staff;

/// <summary>
/// The web app over one plan with real staff accounts (cookie sign-in, anti-forgery): helpers for the staff pages'
/// forms and a snapshot of everything progress management stores, to prove a refused request wrote nothing.
/// </summary>
public sealed class StaffSite : IAsyncDisposable
{
    public const string Admin = "admin@example.jp";
    public const string Reviewer = "review@example.jp";

    StaffSite(TestApp app, int planId)
    {
        App = app;
        PlanId = planId;
    }

    public TestApp App { get; }
    public int PlanId { get; }

    /// <summary>The plan (RichPlan unless given) with an administrator, a reviewer and an editor per (email, department).</summary>
    public static async Task<StaffSite> StartAsync(string provider, PlanDocument? plan = null, params (string Email, string Department)[] editors)
    {
        var app = await TestApp.StartAsync(provider, plan ?? RichPlan.Build());
        await app.App.AddAdministratorAsync(Admin);
        await app.App.AddReviewerAsync(Reviewer);
        foreach (var (email, department) in editors)
            await app.App.AddStaffAsync(email, ["editor"], (department, null));
        await using var db = app.Database.NewContext();
        return new StaffSite(app, await db.Plans.Select(p => p.Id).SingleAsync());
    }

    public Task<StaffClient> SignInAsync(string email) => App.App.SignInAsync(email);

    public string ReportUrl(string key, object year, string? department = null) =>
        $"/staff/plans/{PlanId}/items/{Uri.EscapeDataString(key)}/progress/{Uri.EscapeDataString(Convert.ToString(year, CultureInfo.InvariantCulture)!)}"
        + (department is null ? "" : "?department=" + Uri.EscapeDataString(department));

    public static KeyValuePair<string, string> F(string name, object value) => new(name, Convert.ToString(value, CultureInfo.InvariantCulture)!);

    /// <summary>
    /// Posts to a page handler with an anti-forgery token from the account page (tokens belong to the signed-in user,
    /// not to a page), so a request can be made to a page the user may not even open.
    /// </summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Html)> PostAsync(StaffClient client, string url, string handler,
        params KeyValuePair<string, string>[] fields)
    {
        var (_, html) = await client.GetPageAsync("/account/password");
        var token = html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("/account/password has no anti-forgery token");
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return await client.PostAsync($"{url}{separator}handler={handler}", [.. fields, F("__RequestVerificationToken", token)]);
    }

    /// <summary>Every progress row, discarded candidate, scale, deadline and audit entry, as text.</summary>
    public async Task<string> StoredAsync()
    {
        await using var db = App.Database.NewContext();
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return JsonSerializer.Serialize(new
        {
            reports = await db.ProgressReports.AsNoTracking().OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.ItemKey, r.FiscalYear, r.DepartmentId, r.State, r.Planned, r.StatusCode, r.Version }).ToListAsync(),
            indicators = await db.ReportIndicators.AsNoTracking().OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.ItemKey, i.DepartmentId, i.Name, i.Version, i.Targets, i.Actuals }).ToListAsync(),
            discarded = await db.DiscardedCandidates.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.ItemKey, d.CandidateKey }).ToListAsync(),
            scales = await db.PlanStatusScales.AsNoTracking().Select(s => new { s.PlanId, s.Statuses }).ToListAsync(),
            deadlines = await db.ProgressDeadlines.AsNoTracking().Select(d => new { d.FiscalYear, d.Due }).ToListAsync(),
            audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Action }).ToListAsync(),
        }, options);
    }

    public async Task<List<string>> AuditActionsAsync()
    {
        await using var db = App.Database.NewContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    public static void AssertStatus(HttpStatusCode expected, HttpResponseMessage response, IHtmlDocument html) =>
        Assert.True(expected == response.StatusCode,
            $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {html.QuerySelector("main")?.TextContent.Trim()}");

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
