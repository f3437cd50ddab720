using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Web.Features.Comments;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Cli;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Comments;

/// <summary>Opening a period (service, CLI, page) and what the draft's pages say before, during and after it.</summary>
public sealed class PeriodTests
{
    [Theory, BothProviders]
    public async Task a_short_period_needs_a_reason_which_is_recorded_with_a_warning(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await using var scope = app.App.Services.CreateAsyncScope();
        var comments = app.Comments(scope.ServiceProvider);

        var refused = await comments.OpenPeriodAsync(app.PlanId, new PeriodInput(app.Today, app.Today.AddDays(13), null, null, null, null));
        Assert.Equal(RefusalKind.Invalid, refused.Refusal!.Kind);
        Assert.Contains(refused.Refusal.Errors!, e => e.Field == "reason");
        Assert.Equal(0, await app.CountAsync(db => db.CommentPeriods));

        var saved = await comments.OpenPeriodAsync(app.PlanId, new PeriodInput(app.Today, app.Today.AddDays(13), null, null, "年度内に決定するため", null));
        Assert.True(saved.Succeeded, saved.Refusal?.ToString());
        Assert.Contains(saved.Value!.Warnings, w => w.Code == "period-short");
        Assert.Equal("年度内に決定するため", saved.Value.Period.ShortPeriodReason);
        Assert.Equal(1, await app.CountAsync(db => db.AuditEntries.Where(a => a.Action == "comment-period-open")));
    }

    [Theory, BothProviders]
    public async Task the_draft_pages_link_to_the_form_only_during_the_period(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        var pages = new TestAppPages(app);
        var (_, none) = await pages.GetAsync($"/plans/{app.PlanId}/items/{CommentsApp.Item}");
        Assert.Null(none.QuerySelector(".comment-notice"));

        await app.OpenPeriodAsync(fromDays: 0, days: 30);
        var (_, item) = await pages.GetAsync($"/plans/{app.PlanId}/items/{CommentsApp.Item}");
        Assert.NotNull(item.QuerySelector($".comment-notice a[href='/plans/{app.PlanId}/comment/{CommentsApp.Item}']"));
        Assert.Contains("この素案への意見", item.QuerySelector(".comment-notice")!.TextContent);
        var (_, home) = await pages.GetAsync($"/plans/{app.PlanId}");
        Assert.NotNull(home.QuerySelector($".comment-notice a[href='/plans/{app.PlanId}/comment']"));

        app.Clock.Advance(TimeSpan.FromDays(-3));
        var (_, before) = await pages.GetAsync($"/plans/{app.PlanId}/items/{CommentsApp.Item}");
        Assert.Contains("に行います", before.QuerySelector(".comment-notice")!.TextContent);
        Assert.Null(before.QuerySelector(".comment-notice a"));

        app.Clock.Advance(TimeSpan.FromDays(40));
        var (_, after) = await pages.GetAsync($"/plans/{app.PlanId}/items/{CommentsApp.Item}");
        Assert.Contains("に行いました", after.QuerySelector(".comment-notice")!.TextContent);
        Assert.Null(after.QuerySelector(".comment-notice a"));
    }

    [Fact]
    public async Task the_cli_opens_a_period_and_refuses_a_short_one_without_a_reason()
    {
        await using var app = await CommentsApp.StartAsync(Providers.Sqlite);
        var db = $"sqlite:{app.Database.Config.SqlitePath}";
        var today = app.Today;

        var refused = await CliRun.RunAsync("comments", "open", "--plan", app.PlanId.ToString(), "--from", $"{today:yyyy-MM-dd}", "--to", $"{today.AddDays(9):yyyy-MM-dd}", "--db", db);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--reason", refused.Err);

        var opened = await CliRun.RunAsync("comments", "open", "--plan", app.PlanId.ToString(), "--from", $"{today:yyyy-MM-dd}", "--to", $"{today.AddDays(9):yyyy-MM-dd}",
            "--reason", "急ぎのため", "--db", db);
        Assert.Equal(0, opened.ExitCode);
        Assert.Contains("Opened the comment period", opened.Out);
        Assert.Contains("warning:", opened.Err);
        var purge = await CliRun.RunAsync("comments", "purge", "--dry-run", "--db", db);
        Assert.Equal(0, purge.ExitCode);
        Assert.Contains("nothing to purge", purge.Out);
    }

    [Theory, BothProviders]
    public async Task the_administrator_opens_the_period_on_the_page_and_others_may_not(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        var url = $"/staff/plans/{app.PlanId}/comments/period";
        using var reviewer = await app.App.SignInAsync(CommentsApp.Reviewer);
        var denied = (await reviewer.GetPageAsync(url)).Response;
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        using var admin = await app.App.SignInAsync(CommentsApp.Admin);

        var (shortOne, html) = await admin.SubmitAsync(url, [new("Form.From", $"{app.Today:yyyy-MM-dd}"), new("Form.To", $"{app.Today.AddDays(5):yyyy-MM-dd}")]);
        Assert.Equal(HttpStatusCode.BadRequest, shortOne.StatusCode);
        Assert.Equal("#Form_Reason", html.QuerySelector(".error-summary a")!.GetAttribute("href"));

        var (saved, savedHtml) = await admin.SubmitAsync(url, [new("Form.From", $"{app.Today:yyyy-MM-dd}"), new("Form.To", $"{app.Today.AddDays(5):yyyy-MM-dd}"),
            new("Form.Reason", "急ぎのため"), new("Form.RetentionDays", "90")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotNull(savedHtml.QuerySelector(".notice--warning"));
        await using var db = app.Database.NewContext();
        Assert.Equal(90, (await db.CommentPeriods.SingleAsync()).RetentionDays);
    }

    [Theory, BothProviders]
    public async Task staff_work_an_opinion_through_the_pages(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        await app.CommentAsync(resident, "保育所を増やしてください。山田様にも聞きました。");
        using var reviewer = await app.App.SignInAsync(CommentsApp.Reviewer);
        using var kodomo = await app.App.SignInAsync(CommentsApp.Kodomo);
        using var admin = await app.App.SignInAsync(CommentsApp.Admin);
        var list = $"/staff/plans/{app.PlanId}/comments";
        var one = $"{list}/1";

        var (_, listHtml) = await reviewer.GetPageAsync(list);
        Assert.Contains("山田様", listHtml.QuerySelector("table.opinions")!.TextContent);
        Assert.NotNull(listHtml.QuerySelector(".pd-flag"));

        var (_, page) = await reviewer.GetPageAsync(one);
        var version = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var (summary, _) = await reviewer.SubmitAsync(one, [new("Form.Version", version), new("Form.Summary", "保育所の増設"), new("Form.ItemKey", CommentsApp.Item),
            new("Form.Department", "こども家庭部")], "summary");
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);

        var (_, editorPage) = await kodomo.GetPageAsync(one);
        version = editorPage.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        Assert.Null(editorPage.QuerySelector("form[action*='handler=approve']"));
        var (answer, _) = await kodomo.SubmitAsync(one, [new("Form.Version", version), new("Form.DraftAnswer", "計画に記載のとおり進めます。")], "answer");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        var (_, adminPage) = await admin.GetPageAsync(one);
        Assert.Contains("計画に記載のとおり進めます。", adminPage.QuerySelector("#Form_View")!.TextContent);
        version = adminPage.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var (approve, _) = await admin.SubmitAsync(one, [new("Form.Version", version), new("Form.View", "計画に記載のとおり進めます。"), new("Form.Classification", "already-included")], "approve");
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var (publish, published) = await admin.SubmitAsync(list, [], "publish");
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Contains("公表しました", published.QuerySelector(".notice")!.TextContent);
        var (_, result) = await new TestAppPages(app).GetAsync($"/plans/{app.PlanId}/comments/result");
        Assert.Contains("計画に記載のとおり進めます。", result.Body!.TextContent);
        Assert.DoesNotContain("山田様", result.Body!.OuterHtml);
    }
}
