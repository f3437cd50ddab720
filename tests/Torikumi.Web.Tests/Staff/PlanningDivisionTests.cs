using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Staff.StaffSite;

namespace Torikumi.Web.Tests.Staff;

/// <summary>The planning division's pages (企画課): publishing all approved reports of a year, and the plan's status scale.</summary>
public sealed class PlanningDivisionTests
{
    const string Kodomo = "kodomo@example.jp";
    const string Kumin = "kumin@example.jp";

    /// <summary>Reports through the API as their editors, then approved by the reviewer: (key, department).</summary>
    static async Task ApproveAsync(StaffSite site, params (string Key, string Department, string Editor)[] reports)
    {
        using var reviewer = site.App.App.TokenClient(await site.App.App.CreateTokenAsync(Reviewer));
        foreach (var (key, department, email) in reports)
        {
            using var editor = site.App.App.TokenClient(await site.App.App.CreateTokenAsync(email));
            var url = $"/api/v1/plans/{site.PlanId}/items/{key}/progress/2022?department={Uri.EscapeDataString(department)}";
            using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { plan = "計画", status = "mostly" }) };
            put.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
            Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(put)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync(url.Replace("/2022?", "/2022/submit?", StringComparison.Ordinal), null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync(url.Replace("/2022?", "/2022/approve?", StringComparison.Ordinal), null)).StatusCode);
        }
    }

    static async Task<List<(string Key, string Department, ReportState State)>> StatesAsync(StaffSite site)
    {
        await using var db = site.App.Database.NewContext();
        return [.. (await db.ProgressReports.AsNoTracking().Select(r => new { r.ItemKey, r.Department.Name, r.State }).ToListAsync())
            .Select(r => (r.ItemKey, r.Name, r.State)).OrderBy(r => r.ItemKey, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    [Theory, BothProviders]
    public async Task the_administrator_confirms_then_publishes_every_approved_report_of_a_department(string provider)
    {
        await using var site = await StartAsync(provider, null, (Kodomo, "こども家庭部"), (Kumin, "区民部"));
        await ApproveAsync(site, ("1-1-1-1", "こども家庭部", Kodomo), ("2-1", "こども家庭部", Kodomo), ("2-1", "区民部", Kumin));
        using var admin = await site.SignInAsync(Admin);
        var dashboard = $"/staff/dashboard?plan={site.PlanId}&year=2022";

        // The first step only says how many; nothing is published yet.
        var (confirm, confirmHtml) = await admin.GetPageAsync(dashboard + "&handler=ConfirmPublish&department=" + Uri.EscapeDataString("こども家庭部"));
        AssertStatus(HttpStatusCode.OK, confirm, confirmHtml);
        Assert.Contains("2件", confirmHtml.QuerySelector(".confirm-count")!.TextContent);
        Assert.All(await StatesAsync(site), r => Assert.Equal(ReportState.Approved, r.State));

        // A confirmed number that no longer holds publishes nothing.
        var (stale, staleHtml) = await PostAsync(admin, dashboard, "PublishAll", F("department", "こども家庭部"), F("Expected", 3));
        AssertStatus(HttpStatusCode.Conflict, stale, staleHtml);
        Assert.Contains("3件 → 2件", staleHtml.QuerySelector(".error-summary")!.TextContent);
        Assert.All(await StatesAsync(site), r => Assert.Equal(ReportState.Approved, r.State));

        var form = confirmHtml.QuerySelector("form[action*='handler=PublishAll']")!;
        var expected = form.QuerySelector("input[name=Expected]")!.GetAttribute("value")!;
        var (published, html) = await PostAsync(admin, dashboard, "PublishAll", F("department", "こども家庭部"), F("Expected", expected));
        AssertStatus(HttpStatusCode.OK, published, html);
        Assert.Contains("2件公表しました", html.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Equal([("1-1-1-1", "こども家庭部", ReportState.Published), ("2-1", "こども家庭部", ReportState.Published), ("2-1", "区民部", ReportState.Approved)],
            await StatesAsync(site));
        var audit = await site.AuditActionsAsync();
        Assert.Equal(2, audit.Count(a => a == "publish"));

        // The rest, for every department.
        var (all, allHtml) = await admin.GetPageAsync(dashboard + "&handler=ConfirmPublish");
        Assert.Contains("1件", allHtml.QuerySelector(".confirm-count")!.TextContent);
        var (rest, restHtml) = await PostAsync(admin, dashboard, "PublishAll", F("department", ""), F("Expected", 1));
        AssertStatus(HttpStatusCode.OK, rest, restHtml);
        Assert.All(await StatesAsync(site), r => Assert.Equal(ReportState.Published, r.State));
    }

    [Theory, BothProviders]
    public async Task the_administrator_sets_the_scale_but_not_without_a_code_reports_use(string provider)
    {
        await using var site = await StartAsync(provider, null, (Kodomo, "こども家庭部"), (Kumin, "区民部"));
        await ApproveAsync(site, ("1-1-1-1", "こども家庭部", Kodomo), ("2-1", "区民部", Kumin));
        using var admin = await site.SignInAsync(Admin);
        var url = $"/staff/plans/{site.PlanId}/scale";
        var (_, page) = await admin.GetPageAsync(url);
        Assert.Equal("概ね計画どおり", page.QuerySelector("#Scale_Rows_2_Japanese")!.GetAttribute("value"));
        var before = await site.StoredAsync();

        // S/A/B/C has no "mostly", which two reports of 令和4年度 use.
        var (graded, gradedHtml) = await PostAsync(admin, url, "Preset", F("Preset", "graded"));
        AssertStatus(HttpStatusCode.BadRequest, graded, gradedHtml);
        var message = gradedHtml.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("2件の報告", message);
        Assert.Contains("令和4年度", message);
        Assert.Contains("概ね計画どおり", message);
        Assert.Equal(before, await site.StoredAsync());

        // 達成 … keeps "mostly" (概ね達成): allowed, audited.
        var (achievement, achievementHtml) = await PostAsync(admin, url, "Preset", F("Preset", "achievement"));
        AssertStatus(HttpStatusCode.OK, achievement, achievementHtml);
        Assert.Equal("概ね達成", achievementHtml.QuerySelector("#Scale_Rows_1_Japanese")!.GetAttribute("value"));

        // Edited: renamed, reordered, one added, one not counting, one removed.
        KeyValuePair<string, string>[] Row(int i, string order, string code, string ja, string en, string score, bool counts, bool remove = false) =>
            [F($"Scale.Rows[{i}].Order", order), F($"Scale.Rows[{i}].Code", code), F($"Scale.Rows[{i}].Japanese", ja), F($"Scale.Rows[{i}].English", en),
             F($"Scale.Rows[{i}].Score", score), .. counts ? [F($"Scale.Rows[{i}].Counts", "true")] : Array.Empty<KeyValuePair<string, string>>(),
             .. remove ? [F($"Scale.Rows[{i}].Remove", "true")] : Array.Empty<KeyValuePair<string, string>>()];
        var (saved, savedHtml) = await PostAsync(admin, url, "Save",
        [
            .. Row(0, "2", "achieved", "目標達成", "Achieved", "3", true),
            .. Row(1, "1", "mostly", "おおむね達成", "Mostly achieved", "2", true),
            .. Row(2, "3", "partly-behind", "一部遅れ", "Partly behind", "1", true),
            .. Row(3, "4", "not-started", "未着手", "Not started", "0", true, remove: true),
            .. Row(4, "5", "stopped", "中止", "Stopped", "0", false),
            F("Scale.Reached", "achieved"), F("Scale.Nearly", "mostly"), F("Scale.Behind", "partly-behind"),
        ]);
        AssertStatus(HttpStatusCode.OK, saved, savedHtml);
        await using (var db = site.App.Database.NewContext())
        {
            var stored = (await db.PlanStatusScales.AsNoTracking().SingleAsync()).Statuses;
            Assert.Equal(["mostly", "achieved", "partly-behind", "stopped"], stored.Select(s => s.Code));
            Assert.Equal("おおむね達成", stored[0].Japanese);
            Assert.False(stored[3].CountsInRollUp);
        }

        // Removing "mostly" now is refused the same way, with the form kept and the row named.
        var (removing, removingHtml) = await PostAsync(admin, url, "Save",
        [
            .. Row(0, "1", "achieved", "目標達成", "Achieved", "3", true),
            .. Row(1, "2", "mostly", "おおむね達成", "Mostly achieved", "2", true, remove: true),
            .. Row(2, "3", "partly-behind", "一部遅れ", "Partly behind", "1", true),
        ]);
        AssertStatus(HttpStatusCode.BadRequest, removing, removingHtml);
        Assert.Contains("2件の報告", removingHtml.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("true", removingHtml.QuerySelector("#Scale_Rows_1_Remove")!.GetAttribute("checked") is null ? null : "true");
        Assert.Equal(["scale", "scale"], (await site.AuditActionsAsync()).Where(a => a == "scale"));
    }
}
