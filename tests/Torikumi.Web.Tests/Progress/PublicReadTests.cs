using System.Net;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.Progress;

/// <summary>Residents see published reports only: on the item, in the plan's fiscal-year view and in its roll-ups.</summary>
public sealed class PublicReadTests
{
    static object Content(string status, int percent) => new { plan = "計画", result = $"実績 {status}", status, percent };

    static async Task PublishAsync(ProgressTestApp app, string key, string? department, TestUser editor, string status, int percent)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(key, 2022, department, editor, Content(status, percent), 0)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.StepAsync(key, 2022, department, "submit", editor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.StepAsync(key, 2022, department, "approve", Reviewer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.StepAsync(key, 2022, department, "publish", Admin)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task the_public_sees_only_published_reports(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublishAsync(app, "2-1", "区民部", Kumin, "behind", 30);
        await app.PutAsync("2-1", 2022, "こども家庭部", Kodomo, Content("ahead", 90), 0);
        await app.StepAsync("2-1", 2022, "こども家庭部", "submit", Kodomo);
        await app.StepAsync("2-1", 2022, "こども家庭部", "approve", Reviewer);
        await app.PutAsync("1-1-1-1", 2022, null, Kodomo, Content("on-track", 50), 0);

        var item = await Json.ReadAsync(await app.GetAsync(app.ItemUrl("2-1", 2022), null));
        var approvedPart = await app.GetAsync(app.ItemUrl("2-1", 2022, "こども家庭部"), null);
        var draftOnly = await app.GetAsync(app.ItemUrl("1-1-1-1", 2022), null);
        var year = await app.GetAsync($"/api/v1/plans/{app.PlanId}/progress/2022", null);
        var yearBody = await Json.ReadAsync(year);

        Assert.Equal(["区民部", "こども家庭部"], item["departments"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(["区民部"], item["parts"]!.AsArray().Select(p => p!["department"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, approvedPart.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draftOnly.StatusCode);
        Assert.DoesNotContain("実績 ahead", await approvedPart.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        var reports = yearBody["reports"]!.AsArray();
        Assert.Equal([("2-1", "区民部")], reports.Select(r => (r!["itemKey"]!.GetValue<string>(), r["department"]!.GetValue<string>())));
        var plan = yearBody["rollUp"]!["plan"]!["summary"]!;
        Assert.Equal(1, plan["itemsReported"]!.GetValue<int>());
        Assert.Equal(1, plan["reportsReceived"]!.GetValue<int>());
        Assert.Equal("behind", plan["summaryStatus"]!.GetValue<string>());
        Assert.Equal([("behind", 1)], plan["counts"]!.AsArray().Where(c => c!["count"]!.GetValue<int>() > 0)
            .Select(c => (c!["code"]!.GetValue<string>(), c["count"]!.GetValue<int>())));
    }

    [Theory, BothProviders]
    public async Task roll_ups_combine_the_published_parts_of_an_item(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublishAsync(app, "2-1", "区民部", Kumin, "on-track", 50);
        await PublishAsync(app, "1-R1", "こども家庭部", Kodomo, "behind", 30); // the repost key reports on 2-1

        var body = await Json.ReadAsync(await app.GetAsync($"/api/v1/plans/{app.PlanId}/progress/{Uri.EscapeDataString("令和4年度")}", null));

        var item = body["rollUp"]!["items"]!.AsArray().Single(i => i!["key"]!.GetValue<string>() == "2-1")!;
        Assert.Equal("behind", item["statusCode"]!.GetValue<string>());
        Assert.Equal(40m, item["percent"]!.GetValue<decimal>());
        Assert.Equal(2022, body["fiscalYear"]!.GetValue<int>());
        Assert.Equal("令和4年度(2022年度)", body["fiscalYearLabel"]!.GetValue<string>());
    }

    [Theory, BothProviders]
    public async Task an_item_with_two_departments_shows_both_parts_to_staff(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await app.PutAsync("2-1", 2022, "区民部", Kumin, Content("on-track", 50), 0);

        var both = await app.GetAsync(app.ItemUrl("2-1", 2022), Reviewer);
        var viaRepost = await Json.ReadAsync(await app.GetAsync(app.ItemUrl("1-R1", 2022), Reviewer));
        var putWithoutDepartment = await app.PutAsync("2-1", 2022, null, Kumin, Content("on-track", 50), 1);
        var unknownDepartment = await app.GetAsync(app.ItemUrl("2-1", 2022, "土木部"), Reviewer);
        var emptyDepartment = await Json.ReadAsync(await app.GetAsync(app.ItemUrl("2-1", 2022, ""), Reviewer));

        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        Assert.Null(both.Headers.ETag); // a list has no single version: ask with department for one
        var parts = (await Json.ReadAsync(both))["parts"]!.AsArray();
        Assert.Equal([("区民部", "draft", 1), ("こども家庭部", "not-started", 0)],
            parts.Select(p => (p!["department"]!.GetValue<string>(), p["stage"]!.GetValue<string>(), p["version"]!.GetValue<int>())));
        Assert.Equal(["協働推進課", "地域振興課"], parts[0]!["sections"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("2-1", viaRepost["itemKey"]!.GetValue<string>());
        Assert.Equal(2, viaRepost["parts"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, putWithoutDepartment.StatusCode);
        Assert.NotNull((await Json.ReadAsync(putWithoutDepartment))["errors"]!["department"]);
        Assert.Equal(HttpStatusCode.NotFound, unknownDepartment.StatusCode);
        Assert.Equal(2, emptyDepartment["parts"]!.AsArray().Count);
    }
}
