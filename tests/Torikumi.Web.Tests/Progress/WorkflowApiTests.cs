using System.Net;
using System.Text.Json.Nodes;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.Progress;

/// <summary>Every workflow step through the API: draft → submitted → returned → fixed → submitted → approved → published.</summary>
public sealed class WorkflowApiTests
{
    // 1-1-1-1 has no owner line of its own: it belongs to こども家庭部 (保育課) through 1-1-1.
    const string Item = "1-1-1-1";

    static object Content(string result = "保育所を2か所整備しました。") => new
    {
        plan = "保育所を2か所整備する。",
        result,
        status = "計画どおり",
        percent = 100,
        remarks = "予定どおり開設",
        evidence = new[] { new { title = "区報 令和4年6月号", url = "https://www.city.nerima.tokyo.jp/kuho/2022-06.html" } },
    };

    [Theory, BothProviders]
    public async Task a_report_goes_through_every_step_and_each_change_is_audited(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var empty = await app.GetAsync(app.ItemUrl(Item, 2022), Kodomo);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(0, Json.ETagVersion(empty));
        Assert.Equal("not-started", (await Json.ReadAsync(empty))["stage"]!.GetValue<string>());

        var saved = await app.PutAsync(Item, 2022, null, Kodomo, Content(), 0);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await Json.ReadAsync(saved);
        Assert.Equal("draft", draft["stage"]!.GetValue<string>());
        Assert.Equal("on-track", draft["status"]!.GetValue<string>());
        Assert.Equal("計画どおり", draft["statusLabel"]!.GetValue<string>());
        Assert.Equal("こども家庭部", draft["department"]!.GetValue<string>());
        Assert.Equal(["保育課"], draft["sections"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(1, Json.ETagVersion(saved));

        var submitted = await app.StepAsync(Item, 2022, null, "submit", Kodomo);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("submitted", (await Json.ReadAsync(submitted))["stage"]!.GetValue<string>());

        var returned = await app.StepAsync(Item, 2022, null, "return", Reviewer, new { reason = "実績の数値の根拠を追記してください。" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var returnedBody = await Json.ReadAsync(returned);
        Assert.Equal("returned", returnedBody["stage"]!.GetValue<string>());
        Assert.Equal("実績の数値の根拠を追記してください。", returnedBody["returnReason"]!.GetValue<string>());

        var fixedUp = await app.PutAsync(Item, 2022, null, Kodomo, Content("保育所を2か所整備しました(定員計120人)。"), Json.ETagVersion(returned));
        Assert.Equal(HttpStatusCode.OK, fixedUp.StatusCode);
        var fixedBody = await Json.ReadAsync(fixedUp);
        Assert.Equal("returned", fixedBody["stage"]!.GetValue<string>()); // the reason stays in sight until resubmitted
        Assert.Equal("実績の数値の根拠を追記してください。", fixedBody["returnReason"]!.GetValue<string>());

        var resubmitted = await app.StepAsync(Item, 2022, null, "submit", Kodomo);
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Null((await Json.ReadAsync(resubmitted))["returnReason"]);

        var approved = await app.StepAsync(Item, 2022, null, "approve", Reviewer);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await Json.ReadAsync(approved))["stage"]!.GetValue<string>());

        var published = await app.StepAsync(Item, 2022, null, "publish", Admin);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(7, Json.ETagVersion(published));

        var publicView = await app.GetAsync(app.ItemUrl(Item, 2022), null);
        Assert.Equal(HttpStatusCode.OK, publicView.StatusCode);
        var body = await Json.ReadAsync(publicView);
        Assert.Equal("published", body["stage"]!.GetValue<string>());
        Assert.Equal("保育所を2か所整備しました(定員計120人)。", body["result"]!.GetValue<string>());
        Assert.Null(body["updatedBy"]);
        Assert.Empty(body["actions"]!.AsArray());

        var audit = await app.AuditEntriesAsync();
        Assert.Equal(["save", "submit", "return", "save", "submit", "approve", "publish"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((Item, 2022, "こども家庭部"), (a.ItemKey!, a.FiscalYear!.Value, a.Department!)));
        Assert.Equal(["kodomo", "kodomo", "reviewer", "kodomo", "kodomo", "reviewer", "admin"], audit.Select(a => a.UserId));
        Assert.Equal("子ども 太郎", audit[0].UserName);
        Assert.Null(audit[0].Before);
        var states = audit.Select(a => (Before: State(a.Before), After: State(a.After))).ToList();
        Assert.Equal(
        [
            (null, "draft"), ("draft", "submitted"), ("submitted", "returned"), ("returned", "returned"),
            ("returned", "submitted"), ("submitted", "approved"), ("approved", "published"),
        ], states);
        Assert.Equal("保育所を2か所整備しました。", JsonNode.Parse(audit[3].Before!)!["result"]!.GetValue<string>());
        Assert.Equal("保育所を2か所整備しました(定員計120人)。", JsonNode.Parse(audit[3].After!)!["result"]!.GetValue<string>());

        var trail = await app.GetAsync($"/api/v1/plans/{app.PlanId}/items/{Item}/audit", Reviewer);
        Assert.Equal(HttpStatusCode.OK, trail.StatusCode);
        var entries = (await Json.ReadAsync(trail))["entries"]!.AsArray();
        Assert.Equal(7, entries.Count);
        Assert.Equal("draft", entries[0]!["after"]!["state"]!.GetValue<string>());
    }

    static string? State(string? json) => json is null ? null : JsonNode.Parse(json)!["state"]!.GetValue<string>();

    [Theory, BothProviders]
    public async Task steps_that_do_not_apply_in_the_current_state_are_refused_with_409(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var submitNothing = await app.StepAsync(Item, 2022, null, "submit", Kodomo);
        await app.PutAsync(Item, 2022, null, Kodomo, Content(), 0);
        var approveDraft = await app.StepAsync(Item, 2022, null, "approve", Reviewer);
        var publishDraft = await app.StepAsync(Item, 2022, null, "publish", Admin);
        await app.StepAsync(Item, 2022, null, "submit", Kodomo);
        var editSubmitted = await app.PutAsync(Item, 2022, null, Kodomo, Content("後から変更"), 2);
        var returnWithoutReason = await app.StepAsync(Item, 2022, null, "return", Reviewer, new { reason = "  " });

        Assert.Equal(HttpStatusCode.Conflict, submitNothing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, approveDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, publishDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, editSubmitted.StatusCode);
        Assert.Contains("提出済み", (await Json.ReadAsync(editSubmitted))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, returnWithoutReason.StatusCode);
        Assert.Equal(["save", "submit"], (await app.AuditEntriesAsync()).Select(a => a.Action));
    }

    [Theory, BothProviders]
    public async Task submitting_needs_a_status(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await app.PutAsync(Item, 2022, null, Kodomo, new { plan = "計画だけ書いた" }, 0);

        var submit = await app.StepAsync(Item, 2022, null, "submit", Kodomo);

        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.NotNull((await Json.ReadAsync(submit))["errors"]!["status"]);
    }

    [Theory, BothProviders]
    public async Task an_approved_report_can_still_be_returned_and_all_approved_are_published_at_once(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        foreach (var (key, dept, user) in new[] { (Item, (string?)null, Kodomo), ("2-1", "区民部", Kumin), ("2-1", "こども家庭部", Kodomo) })
        {
            await app.PutAsync(key, 2022, dept, user, Content(), 0);
            await app.StepAsync(key, 2022, dept, "submit", user);
            await app.StepAsync(key, 2022, dept, "approve", Reviewer);
        }
        var back = await app.StepAsync("2-1", 2022, "こども家庭部", "return", Reviewer, new { reason = "数値を確認してください。" });
        var notAdmin = await app.SendAsync(HttpMethod.Post, $"/api/v1/plans/{app.PlanId}/progress/2022/publish", Reviewer);
        var all = await app.SendAsync(HttpMethod.Post, $"/api/v1/plans/{app.PlanId}/progress/{Uri.EscapeDataString("令和4年度")}/publish", Admin);

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(2, (await Json.ReadAsync(all))["published"]!.GetValue<int>());
        var stages = await Json.ReadAsync(await app.GetAsync(app.ItemUrl("2-1", 2022), Reviewer));
        Assert.Equal(["published", "returned"], stages["parts"]!.AsArray().Select(p => p!["stage"]!.GetValue<string>()));
    }
}
