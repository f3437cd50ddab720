using System.Net;
using Microsoft.EntityFrameworkCore;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Comments;

/// <summary>The resident form: form → confirmation → receipt, and every refusal with a plain explanation.</summary>
public sealed class FormTests
{
    [Theory, BothProviders]
    public async Task resident_comments_on_an_item_and_gets_a_receipt(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        const string text = "保育所の<b>増設</b>を\r\n早めてください。";

        var (response, html) = await app.CommentAsync(resident, text, name: "練馬 太郎");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var number = html.QuerySelector(".receipt-number")!.TextContent;
        Assert.Matches(@"^PC\d{4}-\d{5}-\d$", number);
        Assert.Contains("メールアドレスの入力がなかった", html.Body!.TextContent);
        await using var db = app.Database.NewContext();
        var stored = await db.CommentSubmissions.Include(s => s.PersonalData).SingleAsync();
        Assert.Equal("保育所の<b>増設</b>を\n早めてください。", stored.Text);
        Assert.Equal(number, stored.ReceiptNumber);
        Assert.Equal(CommentsApp.Item, stored.ItemKey);
        Assert.Equal("web", stored.Channel);
        Assert.Equal("練馬 太郎", stored.PersonalData!.Name);
        Assert.NotNull(stored.ClientKey);
        Assert.Equal(1, await db.Opinions.CountAsync());
    }

    [Theory, BothProviders]
    public async Task the_confirmation_shows_the_text_encoded_and_stores_nothing(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (response, html) = await resident.SubmitAsync(app.FormUrl(), [new("Form.Text", "<script>alert(1)</script>と思います")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<script>alert(1)</script>と思います", html.QuerySelector(".comment-text")!.TextContent);
        Assert.Empty(html.QuerySelectorAll(".comment-text script"));
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task the_whole_plan_form_works_without_an_item(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (response, html) = await app.CommentAsync(resident, "計画全体について意見があります。", key: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(html.QuerySelector(".receipt-number"));
        await using var db = app.Database.NewContext();
        Assert.Null((await db.CommentSubmissions.SingleAsync()).ItemKey);
    }

    [Theory, BothProviders]
    public async Task an_e_mail_receipt_is_sent_when_a_server_is_configured(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider, mail: true);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (_, html) = await app.CommentAsync(resident, "メールで控えがほしいです。", email: "taro@example.jp");
        var number = html.QuerySelector(".receipt-number")!.TextContent;
        var mail = Assert.Single(app.Mailer.Sent);
        Assert.Equal("taro@example.jp", mail.To);
        Assert.Contains(number, mail.Body);
        Assert.Contains("メールアドレスに送りました", html.Body!.TextContent);
    }

    [Theory, BothProviders]
    public async Task without_a_mail_server_the_receipt_page_says_no_mail_was_sent(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider, mail: false);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (_, html) = await app.CommentAsync(resident, "メールで控えがほしいです。", email: "taro@example.jp");
        Assert.Empty(app.Mailer.Sent);
        Assert.Contains("メールは送っていません", html.Body!.TextContent);
    }

    [Theory, BothProviders]
    public async Task too_long_and_empty_opinions_are_refused_with_a_linked_message(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();

        var (tooLong, html) = await resident.SubmitAsync(app.FormUrl(), [new("Form.Text", new string('あ', 2001))]);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2,001文字", html.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("#Form_Text", html.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", html.QuerySelector("#Form_Text")!.GetAttribute("aria-invalid"));
        Assert.Equal(new string('あ', 2001), html.QuerySelector("#Form_Text")!.TextContent);

        var (empty, emptyHtml) = await resident.SubmitAsync(app.FormUrl(), [new("Form.Text", " \u3000\n")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("意見を入力してください", emptyHtml.QuerySelector(".error-summary")!.TextContent);

        var (exactly, _) = await app.CommentAsync(resident, new string('い', 2000));
        Assert.Equal(HttpStatusCode.OK, exactly.StatusCode);
        Assert.Equal(1, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task outside_the_period_the_form_says_when_and_nothing_is_stored(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync(fromDays: 0, days: 30);
        using var resident = app.Resident();
        var token = await app.TokenAsync(resident);

        app.Clock.Advance(TimeSpan.FromDays(-2));
        var (page, html) = await resident.GetPageAsync(app.FormUrl());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("まだ始まっていません", html.Body!.TextContent);
        Assert.Null(html.QuerySelector("textarea"));
        var (early, earlyHtml) = await app.SendAsync(resident, "早すぎる意見", token: token);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("まだ始まっていません", earlyHtml.Body!.TextContent);

        app.Clock.Advance(TimeSpan.FromDays(40));
        var (late, lateHtml) = await app.SendAsync(resident, "遅すぎる意見", token: token);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("終了しました", lateHtml.Body!.TextContent);
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task a_client_sending_too_many_is_told_to_wait(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider, rateLimit: 2);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(resident, "一つ目の意見")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(resident, "二つ目の意見")).Response.StatusCode);

        var (third, html) = await app.SendAsync(resident, "三つ目の意見");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("待ってから", html.QuerySelector(".comment-refusal")!.TextContent);
        Assert.Equal(2, await app.CountAsync(db => db.CommentSubmissions));
        // The window passes: accepted again.
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(resident, "三つ目の意見")).Response.StatusCode);
    }

    [Theory, BothProviders]
    public async Task a_filled_honeypot_is_refused_plainly(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (response, html) = await app.SendAsync(resident, "ロボットの意見", website: "http://spam.example");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("自動送信", html.QuerySelector(".comment-refusal")!.TextContent);
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task the_same_text_on_the_same_item_is_a_duplicate_pointing_at_the_date(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (_, first) = await app.SendAsync(resident, "保育所を増やしてください。");
        var number = first.QuerySelector(".receipt-number")!.TextContent;

        var (again, html) = await app.SendAsync(resident, "保育所を増やしてください。");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var message = html.QuerySelector(".comment-refusal")!.TextContent;
        Assert.Contains("同じ内容の意見を", message);
        Assert.Contains("受け付けています", message);
        Assert.DoesNotContain(number, html.Body!.OuterHtml);
        // The same text on another item is a different opinion.
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(resident, "保育所を増やしてください。", key: "1-1-2")).Response.StatusCode);
        Assert.Equal(2, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task a_name_without_consent_is_asked_for_consent(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (response, html) = await app.CommentAsync(resident, "意見です。", name: "練馬 花子", consent: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("#Form_Consent", html.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task a_post_without_the_anti_forgery_token_is_refused(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (response, _) = await resident.PostAsync(app.FormUrl() + "?handler=send", [new("Form.Text", "トークンなし")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }

    [Theory, BothProviders]
    public async Task an_oversized_request_is_refused_plainly(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var token = await app.TokenAsync(resident);
        var (response, html) = await resident.PostAsync(app.FormUrl() + "?handler=send",
            [new("Form.Text", "意見"), new("Form.Name", new string('x', 40_000)), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("大きすぎます", html.QuerySelector(".comment-refusal")!.TextContent);
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions));
    }
}
