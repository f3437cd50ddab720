using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Comments;

/// <summary>After publication: what the public sees, and that nothing personal ever reaches it.</summary>
public sealed class PublicationTests
{
    const string Name = "練馬 太郎";
    const string Email = "taro.nerima@example.jp";
    const string Address = "練馬区豊玉北6-12-1";

    /// <summary>Three opinions (web with name and e-mail, post with an address, counter), all approved, published.</summary>
    static async Task<(CommentsApp App, string[] Receipts)> PublishedAsync(string provider)
    {
        var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var (_, receipt) = await app.CommentAsync(resident, "保育所を増やしてください。私の電話は03-1111-2222です。", name: Name, email: Email);
        using var admin = await app.StaffAsync(CommentsApp.Admin);
        await app.EnterAsync(admin, "防災訓練を増やしてほしい。", item: "2-1", channel: "post", name: "郵便 花子", address: Address);
        await app.EnterAsync(admin, "計画全体がわかりやすい。", item: null, channel: "counter");
        foreach (var (number, classification) in new[] { (1, "反映"), (2, "今後の参考"), (3, "その他") })
            Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(admin, number,
                new { summary = $"要旨{number}", view = $"区の考え方{number}", classification })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/plans/{app.PlanId}/comments/publish", null)).StatusCode);
        await using var db = app.Database.NewContext();
        var receipts = await db.CommentSubmissions.Select(s => s.ReceiptNumber).ToArrayAsync();
        Assert.Contains(receipt.QuerySelector(".receipt-number")!.TextContent, receipts);
        return (app, receipts);
    }

    [Theory, BothProviders]
    public async Task the_result_page_shows_the_period_counts_and_each_summary_view_and_classification(string provider)
    {
        var (app, _) = await PublishedAsync(provider);
        await using var _app = app;
        var (response, html) = await new TestAppPages(app).GetAsync($"/plans/{app.PlanId}/comments/result");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = html.Body!.TextContent;
        Assert.Contains("意見の概要と区の考え方", text);
        Assert.Contains("要旨1", text);
        Assert.Contains("区の考え方2", text);
        Assert.Contains("反映", text);
        Assert.Contains("計画全体について", text);
        var channels = html.QuerySelectorAll(".channel-counts tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, channels.Count);
        Assert.NotNull(html.QuerySelector("#op-1"));
        // The plan and item pages link to the result.
        var (_, item) = await new TestAppPages(app).GetAsync($"/plans/{app.PlanId}/items/{CommentsApp.Item}");
        Assert.NotNull(item.QuerySelector($".comment-notice a[href='/plans/{app.PlanId}/comments/result']"));
    }

    [Theory, BothProviders]
    public async Task no_name_address_e_mail_or_receipt_number_appears_in_any_public_page_download_or_response(string provider)
    {
        var (app, receipts) = await PublishedAsync(provider);
        await using var _app = app;
        var forbidden = new[] { Name, "郵便 花子", Email, Address, "03-1111-2222", "私の電話" }.Concat(receipts).ToList();
        var client = app.Anonymous();
        var seen = new HashSet<string>();
        var queue = new Queue<string>([$"/plans/{app.PlanId}", $"/plans/{app.PlanId}/comments/result", $"/api/v1/plans/{app.PlanId}/comments/result",
            $"/api/v1/plans/{app.PlanId}/comments/period", $"/plans/{app.PlanId}/comments/result.csv", $"/plans/{app.PlanId}/comments/result.xlsx",
            $"/plans/{app.PlanId}/comment/{CommentsApp.Item}", "/api/v1/plans", $"/api/v1/plans/{app.PlanId}", "/openapi/v1.json", "/"]);
        while (queue.Count > 0 && seen.Count < 400)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
                continue;
            var response = await client.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var body = url.EndsWith(".xlsx", StringComparison.Ordinal) && response.IsSuccessStatusCode ? XlsxText(bytes) : Encoding.UTF8.GetString(bytes);
            foreach (var secret in forbidden)
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{url} shows \"{secret}\"");
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
                foreach (var a in new HtmlParser().ParseDocument(body).QuerySelectorAll("a[href]"))
                {
                    var href = a.GetAttribute("href")!.Split('#')[0];
                    if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/language", StringComparison.Ordinal)
                        && !href.StartsWith("/account", StringComparison.Ordinal) && !href.StartsWith("/staff", StringComparison.Ordinal))
                        queue.Enqueue(href);
                }
        }
        Assert.Contains($"/plans/{app.PlanId}/comments/result.xlsx", seen);
        Assert.True(seen.Count > 20, $"only {seen.Count} pages crawled");
        // Staff, signed in, do see them (the test would pass vacuously otherwise).
        using var admin = await app.StaffAsync(CommentsApp.Admin);
        var staffView = await admin.GetStringAsync($"/api/v1/plans/{app.PlanId}/comments/1");
        Assert.Contains(Email, staffView);
    }

    [Theory, BothProviders]
    public async Task the_downloads_hold_the_published_rows(string provider)
    {
        var (app, _) = await PublishedAsync(provider);
        await using var _app = app;
        var csv = await app.Anonymous().GetAsync($"/plans/{app.PlanId}/comments/result.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("要旨1", text);
        Assert.Contains("区の考え方3", text);
        var xlsx = await app.Anonymous().GetAsync($"/plans/{app.PlanId}/comments/result.xlsx");
        Assert.Contains("要旨2", XlsxText(await xlsx.Content.ReadAsByteArrayAsync()));
    }

    [Theory, BothProviders]
    public async Task purge_deletes_personal_data_after_the_retention_and_keeps_the_opinions(string provider)
    {
        var (app, _) = await PublishedAsync(provider);
        await using var _app = app;
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var comments = app.Comments(scope.ServiceProvider);
            Assert.Empty(await comments.PurgeAsync(null, dryRun: false));
        }
        app.Clock.Advance(TimeSpan.FromDays(30 + 366));
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var comments = app.Comments(scope.ServiceProvider);
            var dry = Assert.Single(await comments.PurgeAsync(app.PlanId, dryRun: true));
            Assert.Equal(2, dry.PersonalData);
            Assert.Equal(2, await app.CountAsync(db => db.CommentPersonalData));
            Assert.Equal(2, Assert.Single(await comments.PurgeAsync(app.PlanId, dryRun: false)).PersonalData);
        }
        Assert.Equal(0, await app.CountAsync(db => db.CommentPersonalData));
        Assert.Equal(3, await app.CountAsync(db => db.CommentSubmissions));
        Assert.Equal(3, await app.CountAsync(db => db.Opinions));
        Assert.Equal(0, await app.CountAsync(db => db.CommentSubmissions.Where(s => s.ClientKey != null)));
        Assert.Equal(1, await app.CountAsync(db => db.AuditEntries.Where(a => a.Action == "comment-purge")));
        var result = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/plans/{app.PlanId}/comments/result");
        Assert.Equal(3, result.GetProperty("opinions").GetInt32());
    }

    static string XlsxText(byte[] bytes)
    {
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        return string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
    }
}

/// <summary>GET a page and parse it, on a comments app.</summary>
sealed class TestAppPages(CommentsApp app)
{
    public async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Html)> GetAsync(string url)
    {
        var response = await app.Anonymous().GetAsync(url);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }
}
