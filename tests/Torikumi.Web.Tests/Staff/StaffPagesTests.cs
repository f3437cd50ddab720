using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Staff;

/// <summary>
/// The staff pages of progress management, through real sign-in and real forms (anti-forgery token included):
/// RichPlan's 1-1-1-1 is owned by こども家庭部 alone; 2-1 by 区民部 and こども家庭部.
/// </summary>
public sealed class StaffPagesTests
{
    const string Kodomo = "kodomo@example.jp";
    const string Kumin = "kumin@example.jp";
    const string Reviewer = "review@example.jp";
    const string Admin = "admin@example.jp";

    static async Task<(AccountsApp App, int PlanId)> StartAsync(string provider)
    {
        var app = await AccountsApp.StartAsync(provider);
        await app.App.AddStaffAsync(Kodomo, ["editor"], ("こども家庭部", null));
        await app.App.AddStaffAsync(Kumin, ["editor"], ("区民部", null));
        await app.App.AddReviewerAsync(Reviewer);
        await app.App.AddAdministratorAsync(Admin);
        await using var db = app.Database.NewContext();
        return (app, await db.Plans.Select(p => p.Id).SingleAsync());
    }

    static string ReportUrl(int planId, string key, object year) =>
        $"/staff/plans/{planId}/items/{Uri.EscapeDataString(key)}/progress/{Uri.EscapeDataString(year.ToString()!)}";

    static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    static KeyValuePair<string, string>[] Content(string plan, int version, string department = "こども家庭部") =>
        [F("Department", department), F("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         F("Form.Plan", plan), F("Form.Result", "5園で実施した。"), F("Form.Status", "on-track"), F("Form.Percent", "80"),
         F("Form.Remarks", ""), F("Form.EvidenceTitles[0]", "区報"), F("Form.EvidenceUrls[0]", "https://example.jp/kuho.html")];

    /// <summary>Posts to a handler of a page with an anti-forgery token taken from <paramref name="tokenPage"/> (any page of the account).</summary>
    static async Task<(HttpResponseMessage Response, IHtmlDocument Html)> PostAsync(StaffClient client, string tokenPage, string url,
        string handler, KeyValuePair<string, string>[] fields)
    {
        var (_, html) = await client.GetPageAsync(tokenPage);
        var token = html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{tokenPage} has no anti-forgery token");
        return await client.PostAsync($"{url}?handler={handler}", [.. fields, F("__RequestVerificationToken", token)]);
    }

    static async Task<(ReportState State, string Planned, int Version, string? ReturnReason)?> StoredAsync(AccountsApp app, string key, string department)
    {
        await using var db = app.Database.NewContext();
        var row = await db.ProgressReports.AsNoTracking().Where(r => r.ItemKey == key && r.Department.Name == department)
            .Select(r => new { r.State, r.Planned, r.Version, r.ReturnReason }).SingleOrDefaultAsync();
        return row is null ? null : (row.State, row.Planned, row.Version, row.ReturnReason);
    }

    [Theory, BothProviders]
    public async Task an_editor_sees_only_the_items_their_units_own(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        using var editor = await app.App.SignInAsync(Kodomo);
        var (response, html) = await editor.GetPageAsync($"/staff?plan={planId}&year=令和4年度");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = html.QuerySelectorAll("tr[data-key]").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("こども家庭部", r.GetAttribute("data-department")));
        Assert.Contains(rows, r => r.GetAttribute("data-key") == "1-1-1-1");

        using var reviewer = await app.App.SignInAsync(Reviewer);
        var (_, all) = await reviewer.GetPageAsync($"/staff?plan={planId}&year=2022");
        Assert.Contains(all.QuerySelectorAll("tr[data-department]"), r => r.GetAttribute("data-department") == "区民部");
        var (_, filtered) = await reviewer.GetPageAsync($"/staff?plan={planId}&year=2022&department=区民部");
        Assert.All(filtered.QuerySelectorAll("tr[data-department]"), r => Assert.Equal("区民部", r.GetAttribute("data-department")));
    }

    [Theory, BothProviders]
    public async Task the_whole_workflow_runs_through_the_forms(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        var url = ReportUrl(planId, "1-1-1-1", "令和4年度");
        using var editor = await app.App.SignInAsync(Kodomo);

        var (saved, savedHtml) = await editor.SubmitAsync(url, Content("保育の質を高める。", 0), handler: "Save");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotNull(savedHtml.QuerySelector(".notice[role=status]"));
        Assert.Equal((ReportState.Draft, "保育の質を高める。"), (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value is var d ? (d.State, d.Planned) : default);

        var (submitted, _) = await PostAsync(editor, url, url, "Submit", Content("保育の質を高める。", 1));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(ReportState.Submitted, (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.State);

        using var reviewer = await app.App.SignInAsync(Reviewer);
        var (_, reviewPage) = await reviewer.GetPageAsync(url);
        Assert.Null(reviewPage.QuerySelector("#Form_Plan")); // a reviewer reads, does not write
        var version = (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.Version;
        var (noReason, noReasonHtml) = await reviewer.SubmitAsync(url, [F("Department", "こども家庭部"), F("Version", $"{version}"), F("Reason", "")], handler: "Return");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("#Reason", noReasonHtml.QuerySelector(".error-summary a")?.GetAttribute("href"));
        var (returned, _) = await reviewer.SubmitAsync(url, [F("Department", "こども家庭部"), F("Version", $"{version}"), F("Reason", "実績の数値を追記してください。")], handler: "Return");
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal((ReportState.Returned, "実績の数値を追記してください。"), (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value is var r ? (r.State, r.ReturnReason) : default);

        var (_, editorPage) = await editor.GetPageAsync(url);
        Assert.Contains("実績の数値を追記してください。", editorPage.QuerySelector(".notice--returned")!.TextContent);
        version = (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.Version;
        var (resubmitted, _) = await PostAsync(editor, url, url, "Submit", Content("保育の質を高める(5園)。", version));
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal((ReportState.Submitted, "保育の質を高める(5園)。"), (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value is var s ? (s.State, s.Planned) : default);

        version = (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.Version;
        var (approved, approvedHtml) = await reviewer.SubmitAsync(url, [F("Department", "こども家庭部"), F("Version", $"{version}")], handler: "Approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Null(approvedHtml.QuerySelector("form[action*='handler=Publish']")); // publishing is the administrator's
        using var admin = await app.App.SignInAsync(Admin);
        version = (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.Version;
        var (published, publishedHtml) = await admin.SubmitAsync(url, [F("Department", "こども家庭部"), F("Version", $"{version}")], handler: "Publish");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(ReportState.Published, (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.State);
        // The audit trail at the bottom lists every step (submitting from the form saves first).
        Assert.Equal(8, publishedHtml.QuerySelectorAll("table.audit tbody tr").Length);
    }

    [Theory, BothProviders]
    public async Task another_departments_editor_posting_the_form_gets_403_and_nothing_changes(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        var url = ReportUrl(planId, "1-1-1-1", 2022);
        var shared = ReportUrl(planId, "2-1", 2022);
        using var editor = await app.App.SignInAsync(Kodomo);
        await editor.SubmitAsync(url, Content("保育の質を高める。", 0), handler: "Save");
        var before = await StoredAsync(app, "1-1-1-1", "こども家庭部");

        using var other = await app.App.SignInAsync(Kumin);
        var (page, _) = await other.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        foreach (var handler in new[] { "Save", "Submit", "Return", "Approve", "Accept" })
        {
            var (response, html) = await PostAsync(other, shared, url, handler, [.. Content("区民部が書き換え", 1), F("Reason", "x"), F("Candidate", "0")]);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.NotNull(html.QuerySelector("[role=alert]"));
        }
        // 2-1: its own part is open to 区民部, こども家庭部's part is not.
        var (mine, _) = await other.GetPageAsync(shared);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var (theirs, _) = await PostAsync(other, shared, shared, "Save", Content("区民部が書き換え", 0));
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);

        Assert.Equal(before, await StoredAsync(app, "1-1-1-1", "こども家庭部"));
        Assert.Null(await StoredAsync(app, "2-1", "こども家庭部"));
    }

    [Theory, BothProviders]
    public async Task a_stale_save_shows_the_other_change_and_keeps_the_input(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        var url = ReportUrl(planId, "1-1-1-1", 2022);
        using var first = await app.App.SignInAsync(Kodomo);
        await first.SubmitAsync(url, Content("先に保存した計画", 0), handler: "Save");

        var (stale, html) = await first.SubmitAsync(url, Content("あとから書いた計画", 0), handler: "Save");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("他の人が先に保存しました", html.QuerySelector(".conflict h2")!.TextContent);
        Assert.Contains("先に保存した計画", html.QuerySelector(".conflict-stored")!.TextContent);
        Assert.Equal("あとから書いた計画", html.QuerySelector("#Form_Plan")!.TextContent);
        Assert.Equal("先に保存した計画", (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.Planned);
        // Saving again after seeing the conflict builds on the stored version.
        var version = html.QuerySelector("form[action*='handler=Save'] input[name=Version]")!.GetAttribute("value")!;
        var (again, _) = await first.SubmitAsync(url, Content("あとから書いた計画", int.Parse(version, System.Globalization.CultureInfo.InvariantCulture)), handler: "Save");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("あとから書いた計画", (await StoredAsync(app, "1-1-1-1", "こども家庭部"))!.Value.Planned);
    }

    [Theory, BothProviders]
    public async Task the_dashboard_counts_per_department_and_is_for_reviewers(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        using var editor = await app.App.SignInAsync(Kodomo);
        await editor.SubmitAsync(ReportUrl(planId, "1-1-1-1", 2022), Content("計画", 0), handler: "Save");
        var (denied, _) = await editor.GetPageAsync($"/staff/dashboard?plan={planId}&year=2022");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        using var admin = await app.App.SignInAsync(Admin);
        var (ok, html) = await admin.GetPageAsync($"/staff/dashboard?plan={planId}&year=令和4年度");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var row = html.QuerySelector("tr[data-department='こども家庭部']")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1", cells[1]); // one draft
        Assert.Equal(int.Parse(cells[6], System.Globalization.CultureInfo.InvariantCulture) - 1, int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture));

        // A deadline in the past makes departments with open parts overdue, said in words.
        var (set, after) = await admin.SubmitAsync($"/staff/dashboard?plan={planId}&year=2022", [F("Due", "2020-04-01")], handler: "Deadline");
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("期限超過", after.QuerySelector("tr[data-department='こども家庭部']")!.TextContent);
    }
}
