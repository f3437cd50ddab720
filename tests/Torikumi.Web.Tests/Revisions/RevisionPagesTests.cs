using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Revisions;

/// <summary>
/// A revision through HTTP: the imported 案 stays invisible on every public page, API, search and download until an
/// administrator confirms it on the staff page; only administrators may; then the public diff tells what changed.
/// </summary>
public sealed class RevisionPagesTests
{
    const string Admin = "admin@example.jp";
    const string Reviewer = "review@example.jp";
    const string Editor = "kodomo@example.jp";

    static async Task<(TestApp App, RevisedSample.Truth Truth)> StartAsync(string provider)
    {
        var (revised, truth) = RevisedSample.Build(TestApp.Sample);
        var app = await TestApp.StartWithPendingRevisionAsync(provider, TestApp.Sample, revised);
        await app.App.AddAdministratorAsync(Admin);
        await app.App.AddReviewerAsync(Reviewer);
        await app.App.AddStaffAsync(Editor, ["editor"], ("こども家庭部", null));
        return (app, truth);
    }

    static string Q(string s) => Uri.EscapeDataString(s);

    /// <summary>Posts a form of the review page and follows its redirect (post, redirect, get).</summary>
    static async Task<(HttpResponseMessage Response, IHtmlDocument Html)> SubmitAndFollowAsync(StaffClient client, string handler,
        KeyValuePair<string, string>[] fields)
    {
        var (posted, html) = await client.SubmitAsync("/staff/plans/1/revisions/2", fields, handler);
        if (posted.StatusCode != HttpStatusCode.Redirect)
            return (posted, html);
        return await client.GetPageAsync(posted.Headers.Location!.OriginalString);
    }

    /// <summary>Everything a resident or an API client can read, as text, for "is version 2 anywhere?" checks.</summary>
    static async Task<Dictionary<string, (HttpStatusCode Status, string Body)>> PublicReadsAsync(TestApp app, RevisedSample.Truth truth)
    {
        string[] urls =
        [
            "/", "/plans/1", $"/plans/1/items/{truth.Added}", "/plans/1/versions", "/plans/1/versions/1/diff/2",
            "/api/v1/plans", "/api/v1/plans/1", "/api/v1/plans/1/versions", "/api/v1/plans/1/versions/2", $"/api/v1/plans/1/items/{truth.Added}",
            "/api/v1/plans/1/tree", "/plans/1/data.json", "/plans/1/data.csv",
            $"/api/v1/search?q={Q(RevisedSample.AddedTitle)}", $"/plans/1/search?q={Q(RevisedSample.AddedTitle)}",
        ];
        var result = new Dictionary<string, (HttpStatusCode, string)>();
        foreach (var url in urls)
        {
            var response = await app.Client.GetAsync(url);
            result[url] = (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        return result;
    }

    [Theory, BothProviders]
    public async Task an_unconfirmed_version_is_invisible_everywhere_public_until_an_administrator_confirms_it(string provider)
    {
        var (app, truth) = await StartAsync(provider);
        await using var _ = app;

        var before = await PublicReadsAsync(app, truth);
        // (The search pages echo the query itself; their totals are checked below.)
        var contents = before.Where(r => r.Value.Status == HttpStatusCode.OK && !r.Key.Contains("search", StringComparison.Ordinal)).ToList();
        Assert.All(contents, r => Assert.DoesNotContain(RevisedSample.AddedTitle, r.Value.Body));
        Assert.All(contents, r => Assert.DoesNotContain(RevisedSample.NewWording, r.Value.Body));
        Assert.DoesNotContain("class=\"result-title\"", before[$"/plans/1/search?q={Q(RevisedSample.AddedTitle)}"].Body);
        Assert.Equal(HttpStatusCode.NotFound, before[$"/plans/1/items/{truth.Added}"].Status);
        Assert.Equal(HttpStatusCode.NotFound, before["/api/v1/plans/1/versions/2"].Status);
        Assert.Equal(HttpStatusCode.NotFound, before[$"/api/v1/plans/1/items/{truth.Added}"].Status);
        Assert.Equal(HttpStatusCode.NotFound, before["/plans/1/versions/1/diff/2"].Status);
        Assert.Equal(1, JsonDocument.Parse(before["/api/v1/plans/1/versions"].Body).RootElement.GetArrayLength());
        Assert.Equal("素案", JsonDocument.Parse(before["/api/v1/plans/1"].Body).RootElement.GetProperty("stage").GetString());
        Assert.Equal(0, JsonDocument.Parse(before[$"/api/v1/search?q={Q(RevisedSample.AddedTitle)}"].Body).RootElement.GetProperty("total").GetInt32());

        using var admin = await app.App.SignInAsync(Admin);
        var (list, listHtml) = await admin.GetPageAsync("/staff/revisions");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("proposed", listHtml.QuerySelector("tr[data-state]")!.GetAttribute("data-state"));
        var (confirmed, html) = await SubmitAndFollowAsync(admin, "Confirm", []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("第2版は公開されています", html.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Null(html.QuerySelector("form[action*='handler=Confirm']"));

        var after = await PublicReadsAsync(app, truth);
        Assert.All(after.Where(r => r.Key != "/"), r => Assert.Equal(HttpStatusCode.OK, r.Value.Status));
        Assert.Contains(RevisedSample.AddedTitle, after[$"/plans/1/items/{truth.Added}"].Body);
        Assert.Equal("案", JsonDocument.Parse(after["/api/v1/plans/1"].Body).RootElement.GetProperty("stage").GetString());
        Assert.Equal(2, JsonDocument.Parse(after["/api/v1/plans/1/versions"].Body).RootElement.GetArrayLength());
        Assert.Contains(RevisedSample.AddedTitle, after["/plans/1/data.csv"].Body);
        Assert.True(JsonDocument.Parse(after[$"/api/v1/search?q={Q(RevisedSample.AddedTitle)}"].Body).RootElement.GetProperty("total").GetInt32() >= 1);
    }

    [Theory, BothProviders]
    public async Task only_administrators_see_and_confirm_revisions(string provider)
    {
        var (app, _) = await StartAsync(provider);
        await using var __ = app;
        var anonymous = await app.Client.GetAsync("/staff/plans/1/revisions/2");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var email in new[] { Reviewer, Editor })
        {
            using var staff = await app.App.SignInAsync(email);
            // A valid anti-forgery token of this account (from a form it may use), so only the role decides.
            var (_, own) = await staff.GetPageAsync("/account/password");
            var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var (get, _) = await staff.GetPageAsync("/staff/plans/1/revisions/2");
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            var (index, _) = await staff.GetPageAsync("/staff/revisions");
            Assert.Equal(HttpStatusCode.Forbidden, index.StatusCode);
            var (post, _) = await staff.PostAsync("/staff/plans/1/revisions/2?handler=Confirm", [new("__RequestVerificationToken", token)]);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
        await using var db = app.Database.NewContext();
        Assert.True(await db.PlanVersions.Where(v => v.Number == 2).Select(v => v.AwaitingConfirmation).SingleAsync());
    }

    [Theory, BothProviders]
    public async Task the_staff_page_groups_matches_least_certain_first_and_corrects_with_a_clear_error(string provider)
    {
        var (app, truth) = await StartAsync(provider);
        await using var _ = app;
        using var admin = await app.App.SignInAsync(Admin);
        var (response, html) = await admin.GetPageAsync("/staff/plans/1/revisions/2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var kind in new[] { "changed", "renumbered", "added", "removed" })
            Assert.NotNull(html.QuerySelector($"#kind-{kind}"));
        var renumbered = html.QuerySelectorAll("#kind-renumbered .review-match .confidence").Select(c => c.TextContent).ToList();
        Assert.Equal(renumbered.OrderBy(c => double.Parse(c.TrimEnd('%', ' '), System.Globalization.CultureInfo.InvariantCulture)), renumbered);
        var changed = html.QuerySelector($"#kind-changed article[id='m-{truth.Changed}']")!;
        Assert.Contains(RevisedSample.NewWording, changed.QuerySelector(".diff-side--new ins")!.TextContent);

        // A key the old version does not have: 400, the error next to the field and in the summary, nothing changed.
        var added = html.QuerySelector($"article[id='m-{truth.Added}']")!.ParentElement!;
        var matchId = added.QuerySelector("input[name=matchId]")!.GetAttribute("value")!;
        var (bad, badHtml) = await admin.SubmitAsync("/staff/plans/1/revisions/2",
            [new("matchId", matchId), new("oldKeys", "99-9"), new("newKeys", truth.Added)], handler: "Correct");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal($"#old-{matchId}", badHtml.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", badHtml.QuerySelector($"#old-{matchId}")!.GetAttribute("aria-invalid"));

        var (good, goodHtml) = await SubmitAndFollowAsync(admin, "Correct",
            [new("matchId", matchId), new("oldKeys", truth.Removed), new("newKeys", truth.Added)]);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Null(goodHtml.QuerySelector("#kind-added"));
        Assert.NotNull(goodHtml.QuerySelector($"#match-{matchId} .badge"));
    }

    [Theory, BothProviders]
    public async Task the_public_diff_shows_changes_side_by_side_moves_and_filters(string provider)
    {
        var (app, truth) = await StartAsync(provider);
        await using var _ = app;
        using (var admin = await app.App.SignInAsync(Admin))
            await SubmitAndFollowAsync(admin, "Confirm", []);

        var (response, html) = await app.GetPageAsync("/plans/1/versions/1/diff/2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        int Count(string kind) => int.Parse(new string(html.QuerySelector($".diff-summary li[data-kind={kind}] .count")!.TextContent.Where(char.IsAsciiDigit).ToArray()),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, Count("added"));
        Assert.Equal(1, Count("removed"));
        Assert.True(Count("renumbered") >= 2);
        Assert.True(Count("same") > 100);

        var changed = html.QuerySelector($"article[id='m-{truth.Changed}']")!;
        var ins = changed.QuerySelector(".diff-side--new ins")!;
        Assert.Contains(RevisedSample.NewWording, ins.TextContent);
        Assert.Contains("[追加:", ins.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Null(changed.QuerySelector(".diff-side--old ins"));
        var renumbered = html.QuerySelector($"article[id='m-{truth.SwappedB}']")!;
        Assert.Contains(truth.SwappedA, renumbered.QuerySelector(".diff-keys")!.TextContent);
        Assert.Equal($"/plans/1/items/{truth.Added}", html.QuerySelector($"article[id='m-{truth.Added}'] .diff-keys a")!.GetAttribute("href"));
        Assert.NotNull(html.QuerySelector($"article[id='m-{truth.Removed}'] del"));

        // The pillar filter keeps only that pillar's changes (a GET form: a link works the same).
        var index = new Torikumi.Core.Plans.PlanIndex(TestApp.Sample);
        var pillar = index.PillarOf(index.Item(truth.Removed)!).Key;
        var (_, filtered) = await app.GetPageAsync($"/plans/1/versions/1/diff/2?pillar={pillar}");
        Assert.NotNull(filtered.QuerySelector($"article[id='m-{truth.Removed}']"));
        Assert.All(filtered.QuerySelectorAll("article.diff-entry"), a => Assert.Contains(a.Id!["m-".Length..], index.Items
            .Where(i => index.PillarOf(i).Key == pillar).Select(i => i.Key).Append(truth.Added)));
        Assert.Equal(pillar, filtered.QuerySelector("#filter-pillar option[selected]")!.GetAttribute("value"));

        var (_, english) = await app.GetPageAsync("/plans/1/versions/1/diff/2?lang=en");
        Assert.Equal("Changes from version 1 to version 2", english.QuerySelector("h1")!.TextContent);
        Assert.Contains("[inserted: ", english.QuerySelector($"article[id='m-{truth.Changed}'] ins")!.TextContent);

        // The versions page links the pair; the item page shows its history with a link to the diff.
        var (_, versions) = await app.GetPageAsync("/plans/1/versions");
        Assert.NotNull(versions.QuerySelector("a[href='/plans/1/versions/1/diff/2']"));
        var (_, item) = await app.GetPageAsync($"/plans/1/items/{truth.SwappedB}");
        var history = item.QuerySelector(".item-history")!;
        Assert.Contains(truth.SwappedA, history.TextContent);
        Assert.Equal($"/plans/1/versions/1/diff/2#m-{truth.SwappedB}", history.QuerySelector("a")!.GetAttribute("href"));
    }
}
