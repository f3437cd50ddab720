using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Comments;

/// <summary>The staff API: entering, listing, changing with If-Match, approving and publishing; who may do what.</summary>
public sealed class ApiWorkflowTests
{
    static string Url(CommentsApp app, string rest = "") => $"/api/v1/plans/{app.PlanId}/comments{rest}";

    [Theory, BothProviders]
    public async Task staff_enter_a_posted_opinion_and_get_its_numbers(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var reviewer = await app.StaffAsync(CommentsApp.Reviewer);

        var response = await reviewer.PostAsJsonAsync(Url(app), new { item = "1-1-2", text = "郵送で届いた意見", channel = "post",
            receivedAt = app.Today.ToString("yyyy-MM-dd"), name = "郵便 太郎", address = "練馬区豊玉北6-12-1", email = (string?)null });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entered = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, entered.GetProperty("number").GetInt32());
        Assert.StartsWith("PC", entered.GetProperty("receiptNumber").GetString());
        Assert.Equal($"/api/v1/plans/{app.PlanId}/comments/1", response.Headers.Location!.OriginalString);
        await using var db = app.Database.NewContext();
        var stored = await db.CommentSubmissions.Include(s => s.PersonalData).SingleAsync();
        Assert.Equal("post", stored.Channel);
        Assert.Equal("練馬区豊玉北6-12-1", stored.PersonalData!.Address);
        Assert.NotNull(stored.EnteredById);
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "comment-enter");
    }

    [Theory, BothProviders]
    public async Task entering_needs_a_token_and_a_reviewer_role(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        var body = new { item = (string?)null, text = "意見", channel = "fax", receivedAt = app.Today.ToString("yyyy-MM-dd") };

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync(Url(app), body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Url(app))).StatusCode);
        using var editor = await app.StaffAsync(CommentsApp.Kodomo);
        var refused = await editor.PostAsJsonAsync(Url(app), body);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task bad_entries_are_refused_field_by_field(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var reviewer = await app.StaffAsync(CommentsApp.Reviewer);
        var response = await reviewer.PostAsJsonAsync(Url(app), new { item = "9-9-9", text = "", channel = "pigeon", receivedAt = "2001-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "item", "text", "channel", "receivedAt" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task a_stale_etag_is_a_conflict_and_nothing_is_overwritten(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var reviewer = await app.StaffAsync(CommentsApp.Reviewer);
        var number = await app.EnterAsync(reviewer, "保育所の増設を求める。");
        var first = await reviewer.GetAsync(Url(app, $"/{number}"));
        var etag = first.Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(reviewer, number, new { summary = "保育所の増設" }, etag)).StatusCode);
        var stale = await app.PutAsync(reviewer, number, new { summary = "上書き" }, etag);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("\"2\"", stale.Headers.ETag!.Tag);
        var missing = await reviewer.PutAsJsonAsync(Url(app, $"/{number}"), new { summary = "x" });
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        await using var db = app.Database.NewContext();
        Assert.Equal("保育所の増設", (await db.Opinions.SingleAsync()).Summary);
    }

    [Theory, BothProviders]
    public async Task only_administrators_approve_and_editors_answer_for_their_department(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var reviewer = await app.StaffAsync(CommentsApp.Reviewer);
        using var admin = await app.StaffAsync(CommentsApp.Admin);
        using var kodomo = await app.StaffAsync(CommentsApp.Kodomo);
        using var kumin = await app.StaffAsync(CommentsApp.Kumin);
        var number = await app.EnterAsync(reviewer, "保育士の処遇改善を。");

        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(reviewer, number, new { summary = "保育士の処遇改善", department = "こども家庭部" })).StatusCode);
        // The editor of another department does not even see it.
        Assert.Equal(HttpStatusCode.NotFound, (await kumin.GetAsync(Url(app, $"/{number}"))).StatusCode);
        var list = await (await kumin.GetAsync(Url(app))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, list.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(kodomo, number, new { draftAnswer = "処遇改善に取り組みます。" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.PutAsync(kodomo, number, new { view = "x", classification = "反映" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.PutAsync(reviewer, number, new { view = "x", classification = "反映" })).StatusCode);

        var approved = await app.PutAsync(admin, number, new { view = "処遇改善に取り組みます。", classification = "既に記載" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var json = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", json.GetProperty("state").GetString());
        Assert.Equal("already-included", json.GetProperty("classification").GetString());
    }

    [Theory, BothProviders]
    public async Task the_list_filters_by_item_channel_department_and_state(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var reviewer = await app.StaffAsync(CommentsApp.Reviewer);
        await app.EnterAsync(reviewer, "一つ目", item: "1-1-1", channel: "post");
        var second = await app.EnterAsync(reviewer, "二つ目", item: "2-1", channel: "fax");
        await app.EnterAsync(reviewer, "三つ目 電話は03-1234-5678です", item: null, channel: "counter");
        await app.PutAsync(reviewer, second, new { department = "区民部" });

        async Task<int[]> Numbers(string query) =>
            [.. (await (await reviewer.GetAsync(Url(app, query))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opinions")
                .EnumerateArray().Select(o => o.GetProperty("number").GetInt32())];

        Assert.Equal(new[] { 1, 2, 3 }, await Numbers(""));
        Assert.Equal(new[] { 1 }, await Numbers("?item=1-1-1"));
        Assert.Equal(new[] { 3 }, await Numbers("?item=plan"));
        Assert.Equal(new[] { 2 }, await Numbers("?channel=fax"));
        Assert.Equal(new[] { 2 }, await Numbers("?department=%E5%8C%BA%E6%B0%91%E9%83%A8"));
        Assert.Equal(new[] { 2 }, await Numbers("?state=assigned"));
        Assert.Equal(new[] { 1 }, await Numbers("?strategy=S1&channel=post"));
        Assert.Equal(new[] { 2 }, await Numbers("?strategy=S2"));
        var flagged = (await (await reviewer.GetAsync(Url(app, "?item=plan"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opinions")[0];
        Assert.Contains("03-1234-5678", flagged.GetProperty("personalDataFlags")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync(Url(app, "?state=lost"))).StatusCode);
    }

    [Theory, BothProviders]
    public async Task split_and_merge(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var reviewer = await app.StaffAsync(CommentsApp.Reviewer);
        var one = await app.EnterAsync(reviewer, "保育所を増やしてほしい。また公園も整備してほしい。");
        var two = await app.EnterAsync(reviewer, "保育所を増やしてほしいです。");
        await using var scope = app.App.Services.CreateAsyncScope();
        var comments = app.Comments(scope.ServiceProvider);

        var split = await comments.SplitAsync(app.PlanId, one, ["保育所を増やしてほしい。", "公園も整備してほしい。"]);
        Assert.Equal(new[] { one, 3 }, split.Value);
        var suggestions = await comments.SuggestionsAsync(app.PlanId);
        Assert.Contains(suggestions.Value!, g => g.Ids.Contains(one) && g.Ids.Contains(two));
        var merged = await comments.MergeAsync(app.PlanId, two, one);
        Assert.Equal(one, merged.Value);

        await using var db = app.Database.NewContext();
        var opinions = await db.Opinions.OrderBy(o => o.Number).ToListAsync();
        Assert.Equal(3, opinions.Count);
        Assert.Equal("公園も整備してほしい。", opinions[2].Text);
        Assert.Equal(opinions[0].SubmissionId, opinions[2].SubmissionId);
        Assert.Equal(opinions[0].Id, opinions[1].MergedIntoId);
        // The submission itself is untouched.
        Assert.Equal("保育所を増やしてほしい。また公園も整備してほしい。", (await db.CommentSubmissions.OrderBy(s => s.Id).FirstAsync()).Text);
    }

    [Theory, BothProviders]
    public async Task publication_is_refused_while_views_are_missing_or_personal_data_remains(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var admin = await app.StaffAsync(CommentsApp.Admin);
        using var reviewer = await app.StaffAsync(CommentsApp.Reviewer);
        var number = await app.EnterAsync(reviewer, "練馬花子さんの意見です。");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync(Url(app, "/publish"), null)).StatusCode);

        var notYet = await admin.PostAsync(Url(app, "/publish"), null);
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Contains("未承認", await notYet.Content.ReadAsStringAsync());

        await app.PutAsync(admin, number, new { summary = "練馬花子さんからの意見", view = "検討します。", classification = "今後の参考" });
        var flagged = await admin.PostAsync(Url(app, "/publish"), null);
        Assert.Equal(HttpStatusCode.Conflict, flagged.StatusCode);
        Assert.Contains($"意見 {number} の要旨", await flagged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(Url(app, "/result"))).StatusCode);

        await app.PutAsync(admin, number, new { summary = "保育に関する意見" });
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Url(app, "/publish"), null)).StatusCode);
        var result = await (await app.Anonymous().GetAsync(Url(app, "/result"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("opinions").GetInt32());
        Assert.Equal("保育に関する意見", result.GetProperty("items")[0].GetProperty("opinions")[0].GetProperty("summary").GetString());
    }
}
