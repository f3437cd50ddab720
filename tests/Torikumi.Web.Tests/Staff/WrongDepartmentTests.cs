using System.Net;
using System.Net.Http.Json;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Staff.StaffSite;

namespace Torikumi.Web.Tests.Staff;

/// <summary>
/// Permission before existence on every write route of the staff pages and the API: an item part that exists but is
/// not the caller's is 403 whatever indicator or candidate number is sent, and nothing changes; 404 is only for what
/// does not exist, or for a part the caller could write if it existed. RichPlan's 1-1-1-1 is こども家庭部's alone.
/// </summary>
public sealed class WrongDepartmentTests
{
    const string Kodomo = "kodomo@example.jp";
    const string Kumin = "kumin@example.jp";

    static async Task<(StaffSite Site, int IndicatorId)> StartAsync(string provider)
    {
        var site = await StaffSite.StartAsync(provider, null, (Kodomo, "こども家庭部"), (Kumin, "区民部"));
        using var owner = await site.SignInAsync(Kodomo);
        var url = site.ReportUrl("1-1-1-1", 2022);
        await PostAsync(owner, url, "Save", F("Department", "こども家庭部"), F("Version", 0), F("Form.Plan", "こども家庭部の計画"));
        var (_, html) = await PostAsync(owner, url, "SaveIndicator", F("Department", "こども家庭部"), F("IndicatorId", 0), F("IndicatorVersion", 0),
            F("IndicatorInput.Name", "整備数"), F("IndicatorInput.Years[0]", "R4"), F("IndicatorInput.Targets[0]", "5"));
        var id = int.Parse(html.QuerySelector("tr[data-indicator]")!.GetAttribute("data-indicator")!, System.Globalization.CultureInfo.InvariantCulture);
        return (site, id);
    }

    static KeyValuePair<string, string>[] Fields(string department, params (string Name, object Value)[] more) =>
        [F("Department", department), F("Version", 1), F("Form.Plan", "区民部が書き換え"), F("Form.Status", "on-track"), F("Reason", "理由"),
         .. more.Select(m => F(m.Name, m.Value))];

    static KeyValuePair<string, string>[] IndicatorFields(string department, int id, int version) =>
        Fields(department, ("IndicatorId", id), ("IndicatorVersion", version), ("IndicatorInput.Name", "区民部の指標"),
            ("IndicatorInput.Years[0]", "令和4年度"), ("IndicatorInput.Targets[0]", "9"));

    [Theory, BothProviders]
    public async Task every_write_route_as_another_department_is_403_and_changes_nothing(string provider)
    {
        var (site, id) = await StartAsync(provider);
        await using var _ = site;
        using var kumin = await site.SignInAsync(Kumin);
        using var reviewer = await site.SignInAsync(Reviewer);
        var report = site.ReportUrl("1-1-1-1", 2022);
        var dashboard = $"/staff/dashboard?plan={site.PlanId}&year=2022";
        var scale = $"/staff/plans/{site.PlanId}/scale";
        var before = await site.StoredAsync();

        var attempts = new (string Name, StaffClient Client, string Url, string Handler, KeyValuePair<string, string>[] Fields)[]
        {
            ("save", kumin, report, "Save", Fields("こども家庭部")),
            ("submit", kumin, report, "Submit", Fields("こども家庭部")),
            ("return", kumin, report, "Return", Fields("こども家庭部")),
            ("approve", kumin, report, "Approve", Fields("こども家庭部")),
            ("publish", kumin, report, "Publish", Fields("こども家庭部")),
            ("accept a candidate that does not exist", kumin, report, "Accept", Fields("こども家庭部", ("Candidate", 99))),
            ("accept candidate 0", kumin, report, "Accept", Fields("こども家庭部", ("Candidate", 0))),
            ("discard a candidate that does not exist", kumin, report, "Discard", Fields("こども家庭部", ("Candidate", 99))),
            ("restore a candidate that does not exist", kumin, report, "Restore", Fields("こども家庭部", ("Candidate", 99))),
            ("add an indicator", kumin, report, "SaveIndicator", IndicatorFields("こども家庭部", 0, 0)),
            ("change an indicator", kumin, report, "SaveIndicator", IndicatorFields("こども家庭部", id, 1)),
            ("change an indicator that does not exist", kumin, report, "SaveIndicator", IndicatorFields("こども家庭部", 999_999, 1)),
            ("change an indicator with invalid input", kumin, report, "SaveIndicator", Fields("こども家庭部", ("IndicatorId", id), ("IndicatorVersion", 1), ("IndicatorInput.Years[0]", "読めない"))),
            ("remove an indicator", kumin, report, "DeleteIndicator", Fields("こども家庭部", ("IndicatorId", id), ("IndicatorVersion", 1))),
            ("remove an indicator that does not exist", kumin, report, "DeleteIndicator", Fields("こども家庭部", ("IndicatorId", 999_999), ("IndicatorVersion", 1))),
            ("add an indicator to a department part that does not exist", kumin, report, "SaveIndicator", IndicatorFields("総務部", 0, 0)),
            ("set the deadline", kumin, dashboard, "Deadline", [F("Due", "2022-06-30")]),
            ("publish all", kumin, dashboard, "PublishAll", [F("Expected", 0)]),
            ("publish all as reviewer", reviewer, dashboard, "PublishAll", [F("Expected", 0)]),
            ("set the deadline as reviewer", reviewer, dashboard, "Deadline", [F("Due", "2022-06-30")]),
            ("choose a ready-made scale", kumin, scale, "Preset", [F("Preset", "graded")]),
            ("choose a ready-made scale as reviewer", reviewer, scale, "Preset", [F("Preset", "graded")]),
            ("save a scale as reviewer", reviewer, scale, "Save", [F("Scale.Rows[0].Code", "x"), F("Scale.Rows[0].Japanese", "エックス"), F("Scale.Rows[0].English", "X"), F("Scale.Rows[0].Score", "1"), F("Scale.Rows[0].Counts", "true")]),
        };
        var failures = new List<string>();
        foreach (var (name, client, url, handler, fields) in attempts)
        {
            var (response, html) = await PostAsync(client, url, handler, fields);
            if (response.StatusCode != HttpStatusCode.Forbidden)
                failures.Add($"{name}: {(int)response.StatusCode} {html.QuerySelector("main")?.TextContent.Trim()[..Math.Min(200, html.QuerySelector("main")?.TextContent.Trim().Length ?? 0)]}");
            else if (html.QuerySelector("[role=alert]") is null)
                failures.Add($"{name}: 403 without saying why");
        }
        foreach (var (name, client, url) in new[] { ("confirm publishing", kumin, dashboard + "&handler=ConfirmPublish"), ("confirm publishing as reviewer", reviewer, dashboard + "&handler=ConfirmPublish"), ("open the scale page", kumin, scale) })
        {
            var (response, _) = await client.GetPageAsync(url);
            if (response.StatusCode != HttpStatusCode.Forbidden)
                failures.Add($"{name}: {(int)response.StatusCode}");
        }

        Assert.Empty(failures);
        Assert.Equal(before, await site.StoredAsync());
        Assert.DoesNotContain("こども家庭部の計画", string.Join("", failures));
    }

    /// <summary>404 is for what does not exist to the one who could otherwise write it: the owner's unknown numbers, an unknown item, a part their department would own.</summary>
    [Theory, BothProviders]
    public async Task missing_things_are_404_only_to_who_could_write_them(string provider)
    {
        var (site, _) = await StartAsync(provider);
        await using var __ = site;
        using var kodomo = await site.SignInAsync(Kodomo);
        using var kumin = await site.SignInAsync(Kumin);
        var report = site.ReportUrl("1-1-1-1", 2022);
        var before = await site.StoredAsync();

        var attempts = new (string Name, StaffClient Client, string Url, string Handler, KeyValuePair<string, string>[] Fields)[]
        {
            ("owner accepts a candidate that does not exist", kodomo, report, "Accept", Fields("こども家庭部", ("Candidate", 99))),
            ("owner discards a candidate that does not exist", kodomo, report, "Discard", Fields("こども家庭部", ("Candidate", 99))),
            ("owner removes an indicator that does not exist", kodomo, report, "DeleteIndicator", Fields("こども家庭部", ("IndicatorId", 999_999), ("IndicatorVersion", 1))),
            ("an unknown item", kumin, site.ReportUrl("99-9", 2022), "SaveIndicator", IndicatorFields("区民部", 0, 0)),
            ("a part of the caller's own department that the item does not have", kumin, report, "SaveIndicator", IndicatorFields("区民部", 0, 0)),
        };
        var failures = new List<string>();
        foreach (var (name, client, url, handler, fields) in attempts)
        {
            var (response, _) = await PostAsync(client, url, handler, fields);
            if (response.StatusCode != HttpStatusCode.NotFound)
                failures.Add($"{name}: {(int)response.StatusCode}");
        }

        Assert.Empty(failures);
        Assert.Equal(before, await site.StoredAsync());
    }

    [Theory, BothProviders]
    public async Task the_api_refuses_a_part_the_item_lacks_as_403_to_another_department(string provider)
    {
        var (site, _) = await StartAsync(provider);
        await using var __ = site;
        var token = await site.App.App.CreateTokenAsync(Kumin);
        using var api = site.App.App.TokenClient(token);
        var before = await site.StoredAsync();

        async Task<HttpStatusCode> PutAsync(string department)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{site.PlanId}/items/1-1-1-1/progress/2022?department={Uri.EscapeDataString(department)}")
            {
                Content = JsonContent.Create(new { plan = "区民部が書き換え" }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
            return (await api.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, await PutAsync("こども家庭部"));
        Assert.Equal(HttpStatusCode.Forbidden, await PutAsync("総務部"));
        Assert.Equal(HttpStatusCode.NotFound, await PutAsync("区民部"));
        Assert.Equal(before, await site.StoredAsync());
    }
}
