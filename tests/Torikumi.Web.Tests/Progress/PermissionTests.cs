using System.Net;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.Progress;

/// <summary>
/// Scoping is enforced by the service behind every write route, not by hiding buttons: each route tried as someone
/// who may not use it answers 403 (401 when nobody is signed in) and changes nothing, audit trail included.
/// </summary>
public sealed class PermissionTests
{
    static readonly object Content = new { plan = "見守り活動を広げる。", result = "協定を3団体と結びました。", status = "on-track", percent = 80 };

    /// <summary>2-1 is owned by 区民部 (協働推進課, 地域振興課) and こども家庭部 (子育て支援課); こども家庭部's part is submitted.</summary>
    static async Task<ProgressTestApp> StartWithSubmittedAsync(string provider)
    {
        var app = await ProgressTestApp.StartAsync(provider);
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync("2-1", 2022, "こども家庭部", Kodomo, Content, 0)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.StepAsync("2-1", 2022, "こども家庭部", "submit", Kodomo)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync("1-1-1-1", 2022, null, Kodomo, Content, 0)).StatusCode);
        return app;
    }

    public static TheoryData<string, string> WrongCallers() => new()
    {
        { Providers.Sqlite, "put-other-department" },
        { Providers.Sqlite, "put-other-department-stale-version" },
        { Providers.Sqlite, "put-section-not-named-on-item" },
        { Providers.Sqlite, "put-through-repost-key" },
        { Providers.Sqlite, "put-as-reviewer" },
        { Providers.Sqlite, "submit-other-department" },
        { Providers.Sqlite, "return-as-editor" },
        { Providers.Sqlite, "approve-as-editor" },
        { Providers.Sqlite, "approve-as-other-editor" },
        { Providers.Sqlite, "publish-as-reviewer" },
        { Providers.Sqlite, "publish-all-as-editor" },
        { Providers.Sqlite, "put-section-editor-other-department-part" },
        { Providers.Postgres, "put-other-department" },
        { Providers.Postgres, "put-other-department-stale-version" },
        { Providers.Postgres, "put-section-not-named-on-item" },
        { Providers.Postgres, "put-through-repost-key" },
        { Providers.Postgres, "put-as-reviewer" },
        { Providers.Postgres, "submit-other-department" },
        { Providers.Postgres, "return-as-editor" },
        { Providers.Postgres, "approve-as-editor" },
        { Providers.Postgres, "approve-as-other-editor" },
        { Providers.Postgres, "publish-as-reviewer" },
        { Providers.Postgres, "publish-all-as-editor" },
        { Providers.Postgres, "put-section-editor-other-department-part" },
    };

    [Theory, MemberData(nameof(WrongCallers))]
    public async Task every_write_route_as_the_wrong_caller_is_403_and_changes_nothing(string provider, string attempt)
    {
        await using var app = await StartWithSubmittedAsync(provider);
        var before = await app.StoredAsync();

        var response = attempt switch
        {
            "put-other-department" => await app.PutAsync("2-1", 2022, "こども家庭部", Kumin, Content, 2),
            "put-other-department-stale-version" => await app.PutAsync("2-1", 2022, "こども家庭部", Kumin, Content, 99),
            // 保育課 of こども家庭部 is not named on 2-1 (子育て支援課 is)
            "put-section-not-named-on-item" => await app.PutAsync("2-1", 2022, "区民部", Hoiku, Content, 0),
            // 1-R1 is a 【再掲】 of 2-1: the same report, the same owners
            "put-through-repost-key" => await app.PutAsync("1-R1", 2022, "区民部", Somu, Content, 0),
            "put-as-reviewer" => await app.PutAsync("1-1-1-1", 2022, null, Reviewer, Content, 1),
            "submit-other-department" => await app.StepAsync("1-1-1-1", 2022, null, "submit", Kumin),
            "return-as-editor" => await app.StepAsync("2-1", 2022, "こども家庭部", "return", Kodomo, new { reason = "自分で戻す" }),
            "approve-as-editor" => await app.StepAsync("2-1", 2022, "こども家庭部", "approve", Kodomo),
            "approve-as-other-editor" => await app.StepAsync("2-1", 2022, "こども家庭部", "approve", Kumin),
            "publish-as-reviewer" => await app.StepAsync("2-1", 2022, "こども家庭部", "publish", Reviewer),
            "publish-all-as-editor" => await app.SendAsync(HttpMethod.Post, $"/api/v1/plans/{app.PlanId}/progress/2022/publish", Kodomo),
            // 1-1-2: こども家庭部 (保育課) and 総務部; the 保育課 editor may write the first part, not the second
            "put-section-editor-other-department-part" => await app.PutAsync("1-1-2", 2022, "総務部", Hoiku, Content, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(attempt)),
        };

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.StoredAsync());
        // no report content leaks in a refusal
        Assert.DoesNotContain("協定を3団体と結びました", await response.Content.ReadAsStringAsync());
    }

    [Theory, BothProviders]
    public async Task nobody_signed_in_gets_401_on_every_write_route_and_changes_nothing(string provider)
    {
        await using var app = await StartWithSubmittedAsync(provider);
        var before = await app.StoredAsync();

        var responses = new[]
        {
            await app.PutAsync("2-1", 2022, "こども家庭部", null!, Content, 2),
            await app.SendAsync(HttpMethod.Put, app.ItemUrl("2-1", 2022, "こども家庭部"), null, Content, "\"2\""),
            await app.SendAsync(HttpMethod.Post, app.ItemUrl("2-1", 2022, "こども家庭部", "submit"), null),
            await app.SendAsync(HttpMethod.Post, app.ItemUrl("2-1", 2022, "こども家庭部", "return"), null, new { reason = "x" }),
            await app.SendAsync(HttpMethod.Post, app.ItemUrl("2-1", 2022, "こども家庭部", "approve"), null),
            await app.SendAsync(HttpMethod.Post, app.ItemUrl("2-1", 2022, "こども家庭部", "publish"), null),
            await app.SendAsync(HttpMethod.Post, $"/api/v1/plans/{app.PlanId}/progress/2022/publish", null),
            await app.GetAsync($"/api/v1/plans/{app.PlanId}/items/2-1/audit", null),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(before, await app.StoredAsync());
    }

    [Theory, BothProviders]
    public async Task a_section_editor_writes_the_part_whose_owner_line_names_the_section(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var own = await app.PutAsync("1-1-2", 2022, "こども家庭部", Hoiku, Content, 0);
        var submitted = await app.StepAsync("1-1-2", 2022, "こども家庭部", "submit", Hoiku);
        var onBehalf = await app.PutAsync("1-1-2", 2022, "総務部", Admin, Content, 0);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onBehalf.StatusCode); // the planning division writes on a department's behalf
    }

    [Theory, BothProviders]
    public async Task editors_read_their_own_parts_and_published_ones_only(string provider)
    {
        await using var app = await StartWithSubmittedAsync(provider);

        var othersDraft = await app.GetAsync(app.ItemUrl("2-1", 2022, "こども家庭部"), Kumin);
        var list = await Json.ReadAsync(await app.GetAsync(app.ItemUrl("2-1", 2022), Kumin));
        var audit = await Json.ReadAsync(await app.GetAsync($"/api/v1/plans/{app.PlanId}/items/2-1/audit", Kumin));
        var ownAudit = await Json.ReadAsync(await app.GetAsync($"/api/v1/plans/{app.PlanId}/items/2-1/audit", Kodomo));

        Assert.Equal(HttpStatusCode.Forbidden, othersDraft.StatusCode);
        Assert.Equal(["区民部"], list["parts"]!.AsArray().Select(p => p!["department"]!.GetValue<string>()));
        Assert.Empty(audit["entries"]!.AsArray());
        Assert.Equal(2, ownAudit["entries"]!.AsArray().Count);
    }
}
