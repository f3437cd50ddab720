using System.Net;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Torikumi.Web.Tests.Progress;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.PublicProgress;

/// <summary>Published progress in the open-data downloads and the API; nothing unpublished anywhere public.</summary>
public sealed class PublicProgressDownloadTests
{
    static string Data(ProgressTestApp app, string extension, int year = 2022) => $"/plans/{app.PlanId}/progress/{year}/data.{extension}";

    /// <summary>Every cell of every sheet, as text.</summary>
    static string WorkbookText(byte[] bytes)
    {
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        return string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
    }

    [Theory, BothProviders]
    public async Task the_csv_has_a_bom_a_header_and_one_row_per_published_report(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);

        var response = await app.GetAsync(Data(app, "csv"), Kodomo);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var records = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var english = Encoding.UTF8.GetString((await (await app.GetAsync(Data(app, "csv") + "?header=en", null)).Content.ReadAsByteArrayAsync()).AsSpan(3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("年度,年度(和暦),項目キー,取組名,部,課,状況コード,状況,", records[0]);
        Assert.StartsWith("fiscal_year,fiscal_year_label,item_key,item_title,department", english);
        Assert.Equal(3, records.Length);
        Assert.StartsWith("2022,令和4年度(2022年度),1-1-2,保育の質の向上,総務部,", records[1]);
        Assert.Contains(PublicProgressSeed.PublishedSomu, records[1]);
        Assert.Contains("研修の回数: 目標 4回 / 実績 4回 (達成度 100%)", text);
        Assert.StartsWith("2022,令和4年度(2022年度),2-1,地域との協働,区民部,", records[2]);
        Assert.Contains(PublicProgressSeed.EvidenceUrl, text);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal($"torikumi-plan-{app.PlanId}-progress-2022.csv", response.Content.Headers.ContentDisposition?.FileName);
        var again = new HttpRequestMessage(HttpMethod.Get, Data(app, "csv"));
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await app.Client.SendAsync(again)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task the_workbook_has_the_reports_the_roll_ups_and_the_licence(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);

        var response = await app.GetAsync(Data(app, "xlsx"), null);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["進捗一覧", "集計", "この資料について"], workbook.Worksheets.Select(s => s.Name));
        var reports = workbook.Worksheet("進捗一覧");
        Assert.Equal(3, reports.LastRowUsed()!.RowNumber());
        Assert.Equal(["1-1-2", "2-1"], new[] { reports.Cell(2, 3).GetString(), reports.Cell(3, 3).GetString() });
        var rollUps = workbook.Worksheet("集計");
        Assert.Equal("計画全体", rollUps.Cell(2, 1).GetString());
        Assert.Equal("plan", rollUps.Cell(2, 2).GetString());
        var about = string.Join("\n", workbook.Worksheet("この資料について").CellsUsed().Select(c => c.GetString()));
        Assert.Contains(Torikumi.Core.Export.OpenDataLicence.Japanese, about);
        Assert.Contains("令和4年度(2022年度)", about);
    }

    [Theory, BothProviders]
    public async Task the_json_download_is_the_api_answer(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);

        var file = await (await app.GetAsync(Data(app, "json"), Admin)).Content.ReadAsStringAsync();
        var api = await (await app.GetAsync($"/api/v1/plans/{app.PlanId}/progress/2022", null)).Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(file).RootElement;

        Assert.Equal(api, file);
        Assert.Equal(["1-1-2", "2-1"], document.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("itemKey").GetString()));
        Assert.All(document.GetProperty("reports").EnumerateArray(), r => Assert.Equal("published", r.GetProperty("stage").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync(Data(app, "json", 2030), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync("/plans/999/progress/2022/data.json", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync($"/plans/{app.PlanId}/progress/xyz/data.csv", null)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task nothing_unpublished_appears_on_any_public_page_or_download(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await PublicProgressSeed.SeedAsync(app);
        var plan = RichPlan.Build();
        var urls = new List<string> { $"/plans/{app.PlanId}", $"/api/v1/plans/{app.PlanId}/progress/2022", $"/api/v1/plans/{app.PlanId}/progress/2023" };
        urls.AddRange(plan.Pillars.Select(p => $"/plans/{app.PlanId}/pillars/{p.Key}"));
        urls.AddRange(plan.Strategies.Select(s => $"/plans/{app.PlanId}/strategies/{s.Key}"));
        urls.AddRange(plan.Strategies.SelectMany(s => s.Items).SelectMany(i => i.SelfAndDescendants()).Select(i => $"/plans/{app.PlanId}/items/{i.Key}"));
        foreach (var year in new[] { 2022, 2023 })
            urls.AddRange([$"/plans/{app.PlanId}/progress/{year}", Data(app, "json", year), Data(app, "csv", year)]);

        // Anonymous residents, and staff who could see the drafts elsewhere: public pages are the same for both.
        foreach (var user in new[] { null, Admin, Kodomo })
        {
            foreach (var url in urls)
            {
                var response = await app.GetAsync(url, user);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                foreach (var secret in PublicProgressSeed.Secrets)
                    Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{url} as {user?.Id ?? "public"} shows 「{secret}」");
            }
            foreach (var year in new[] { 2022, 2023 })
            {
                var text = WorkbookText(await (await app.GetAsync(Data(app, "xlsx", year), user)).Content.ReadAsByteArrayAsync());
                foreach (var secret in PublicProgressSeed.Secrets)
                    Assert.DoesNotContain(secret, text);
            }
        }
        var year2023 = await (await app.GetAsync(Data(app, "csv", 2023), null)).Content.ReadAsStringAsync();
        Assert.Single(year2023.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)); // the header only
    }

    [Theory, BothProviders]
    public async Task the_openapi_document_describes_the_published_progress_and_its_downloads(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var document = JsonDocument.Parse(await (await app.GetAsync("/openapi/v1.json", null)).Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths");

        var api = paths.GetProperty("/api/v1/plans/{id}/progress/{fiscalYear}").GetProperty("get");
        Assert.Equal("Progress", api.GetProperty("tags")[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(api.GetProperty("summary").GetString()));
        Assert.Contains(document.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "Progress");
        foreach (var extension in new[] { "json", "csv", "xlsx" })
        {
            var download = paths.GetProperty($"/plans/{{id}}/progress/{{fiscalYear}}/data.{extension}").GetProperty("get");
            Assert.Equal("Downloads", download.GetProperty("tags")[0].GetString());
            Assert.False(string.IsNullOrWhiteSpace(download.GetProperty("summary").GetString()));
        }
    }
}
