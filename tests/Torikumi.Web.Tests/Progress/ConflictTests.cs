using System.Net;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.Progress;

/// <summary>Two people editing one report: the second save is refused with the first one's change shown; nothing is lost.</summary>
public sealed class ConflictTests
{
    const string Item = "1-1-1-1";

    [Theory, BothProviders]
    public async Task a_stale_if_match_is_409_with_the_other_change_and_nothing_is_lost(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await app.PutAsync(Item, 2022, null, Kodomo, new { plan = "最初の計画", status = "on-track" }, 0);
        // both read version 1
        var first = await app.PutAsync(Item, 2022, null, Kodomo, new { plan = "最初の計画", result = "太郎の実績", status = "on-track" }, 1);
        var stored = await app.StoredAsync();

        var second = await app.PutAsync(Item, 2022, null, Kodomo2, new { plan = "最初の計画", result = "六子の実績", status = "behind" }, 1);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(2, Json.ETagVersion(second));
        var problem = await Json.ReadAsync(second);
        Assert.Equal("太郎の実績", problem["current"]!["result"]!.GetValue<string>());
        Assert.Equal("子ども 太郎", problem["current"]!["updatedBy"]!.GetValue<string>());
        Assert.Contains("子ども 太郎", problem["detail"]!.GetValue<string>());
        Assert.Equal(stored, await app.StoredAsync());

        // with the current version, the second editor's change goes in on top of the first
        var retry = await app.PutAsync(Item, 2022, null, Kodomo2, new { plan = "最初の計画", result = "太郎の実績と六子の実績", status = "on-track" }, 2);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(3, Json.ETagVersion(retry));
        Assert.Equal(["save", "save", "save"], (await app.AuditEntriesAsync()).Select(a => a.Action));
    }

    [Theory, BothProviders]
    public async Task two_first_saves_of_a_report_not_started_do_not_both_win(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var first = await app.PutAsync(Item, 2022, null, Kodomo, new { result = "太郎" }, 0);
        var second = await app.PutAsync(Item, 2022, null, Kodomo2, new { result = "六子" }, 0);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("太郎", (await Json.ReadAsync(second))["current"]!["result"]!.GetValue<string>());
    }

    [Theory, BothProviders]
    public async Task of_saves_racing_on_one_version_exactly_one_wins(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await app.PutAsync(Item, 2022, null, Kodomo, new { result = "はじめ" }, 0);

        var racers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            app.PutAsync(Item, 2022, null, i % 2 == 0 ? Kodomo : Kodomo2, new { result = $"版{i}" }, 1)));

        Assert.Equal(1, racers.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, racers.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var audit = await app.AuditEntriesAsync();
        Assert.Equal(2, audit.Count);
        var winner = await Json.ReadAsync(racers.Single(r => r.StatusCode == HttpStatusCode.OK));
        var now = await Json.ReadAsync(await app.GetAsync(app.ItemUrl(Item, 2022), Kodomo));
        Assert.Equal(winner["result"]!.GetValue<string>(), now["result"]!.GetValue<string>());
        Assert.Equal(2, now["version"]!.GetValue<int>());
    }

    [Theory, BothProviders]
    public async Task a_save_without_if_match_is_428_and_a_malformed_one_400(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var missing = await app.SendAsync(HttpMethod.Put, app.ItemUrl(Item, 2022), Kodomo, new { result = "x" });
        var malformed = await app.SendAsync(HttpMethod.Put, app.ItemUrl(Item, 2022), Kodomo, new { result = "x" }, "\"abc\"");
        var weak = await app.SendAsync(HttpMethod.Put, app.ItemUrl(Item, 2022), Kodomo, new { result = "x" }, "W/\"0\"");

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Contains("If-Match", (await Json.ReadAsync(missing))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Single(await app.AuditEntriesAsync());
    }

    [Theory, BothProviders]
    public async Task a_workflow_step_with_a_stale_if_match_is_refused(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await app.PutAsync(Item, 2022, null, Kodomo, new { result = "実績", status = "on-track" }, 0);
        await app.PutAsync(Item, 2022, null, Kodomo2, new { result = "実績(六子が直した)", status = "on-track" }, 1);

        var submit = await app.SendAsync(HttpMethod.Post, app.ItemUrl(Item, 2022, step: "submit"), Kodomo, null, "\"1\"");

        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Equal("実績(六子が直した)", (await Json.ReadAsync(submit))["current"]!["result"]!.GetValue<string>());
        Assert.Equal("draft", (await Json.ReadAsync(await app.GetAsync(app.ItemUrl(Item, 2022), Kodomo)))["stage"]!.GetValue<string>());
    }
}
