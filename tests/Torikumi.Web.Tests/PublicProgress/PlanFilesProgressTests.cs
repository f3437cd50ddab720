using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Torikumi.Core.Export;
using Torikumi.Web.Tests.Progress;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.PublicProgress;

/// <summary>
/// The plan's own files (data.json, data.csv with progress.csv, data.xlsx) and its API JSON carry the published
/// progress, and nothing a draft, a submitted, returned or approved-but-unpublished report says.
/// </summary>
public sealed class PlanFilesProgressTests
{
    /// <summary>An actual entered in 令和5年度's draft on the indicator that 令和4年度's published report shows.</summary>
    const string DraftActual = "77777";

    static async Task SeedAsync(ProgressTestApp app)
    {
        await PublicProgressSeed.SeedAsync(app);
        var draft = await app.PutAsync("1-1-2", 2023, "総務部", Somu, new
        {
            plan = "研修を6回行う", result = "令和5年度の下書き", status = "on-track",
            indicators = new[] { new { name = "研修の回数", unit = "回",
                targets = new[] { new { fiscalYear = 2022, value = 4m }, new { fiscalYear = 2023, value = 6m } },
                actuals = new[] { new { fiscalYear = 2022, value = 4m }, new { fiscalYear = 2023, value = 77777m } } } },
        }, 0);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
    }

    static async Task<HttpResponseMessage> IfNoneMatchAsync(ProgressTestApp app, string url, HttpResponseMessage earlier)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(earlier.Headers.ETag!);
        return await app.Client.SendAsync(request);
    }

    static string[] Secrets => [.. PublicProgressSeed.Secrets, "令和5年度の下書き", DraftActual];

    static IEnumerable<JsonObject> Items(JsonNode plan) =>
        plan["pillars"]!.AsArray().SelectMany(p => p!["strategies"]!.AsArray()).SelectMany(s => s!["items"]!.AsArray()).SelectMany(Flatten);

    static IEnumerable<JsonObject> Flatten(JsonNode? item) => new[] { item!.AsObject() }.Concat(item!["children"]!.AsArray().SelectMany(Flatten));

    [Theory, BothProviders]
    public async Task the_plan_json_carries_each_items_published_progress_and_nothing_unpublished(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await SeedAsync(app);

        var download = await app.GetAsync($"/plans/{app.PlanId}/data.json", Kodomo);
        var api = await app.GetAsync($"/api/v1/plans/{app.PlanId}", null);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var json = JsonNode.Parse(bytes)!;
        var withProgress = Items(json).Where(i => i["progress"] is not null).ToDictionary(i => i["key"]!.GetValue<string>(), i => i["progress"]!.AsArray());

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await api.Content.ReadAsByteArrayAsync());
        Assert.Equal(download.Headers.ETag, api.Headers.ETag);
        Assert.Equal(["1-1-2", "2-1"], withProgress.Keys.Order());
        var somu = withProgress["1-1-2"].Single()!;
        Assert.Equal(2022, somu["fiscalYear"]!.GetValue<int>());
        Assert.Equal("総務部", somu["department"]!.GetValue<string>());
        Assert.Equal("on-track", somu["status"]!.GetValue<string>());
        Assert.Equal("計画どおり", somu["statusLabel"]!.GetValue<string>());
        Assert.Equal(80m, somu["percent"]!.GetValue<decimal>());
        Assert.Equal(PublicProgressSeed.PublishedSomu, somu["result"]!.GetValue<string>());
        var indicator = somu["indicators"]!.AsArray().Single()!;
        Assert.Equal(["研修の回数", "回", "4", "4", "100"], new[] { indicator["name"]!.GetValue<string>(), indicator["unit"]!.GetValue<string>(),
            indicator["target"]!.ToJsonString(), indicator["actual"]!.ToJsonString(), indicator["achievement"]!.ToJsonString() });
        var kumin = withProgress["2-1"].Single()!;
        Assert.Equal("区民部", kumin["department"]!.GetValue<string>());
        Assert.Equal(PublicProgressSeed.EvidenceUrl, kumin["evidence"]![0]!["url"]!.GetValue<string>());
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var secret in Secrets)
            Assert.DoesNotContain(secret, text);
        var year = await (await app.GetAsync($"/api/v1/plans/{app.PlanId}/progress/2022", Kodomo)).Content.ReadAsStringAsync();
        var page = await (await app.GetAsync($"/plans/{app.PlanId}/items/1-1-2", null)).Content.ReadAsStringAsync();
        Assert.Contains(PublicProgressSeed.PublishedSomu, year);
        Assert.DoesNotContain(DraftActual, year); // the per-year published progress shows its own year's figures only
        Assert.DoesNotContain(DraftActual, page);
        // The plan itself reads back as it was imported: progress is skipped on reading.
        Assert.Equal(PlanJson.SerializeToUtf8(RichPlan.Build()), PlanJson.SerializeToUtf8(PlanJson.Deserialize(text)));
    }

    [Theory, BothProviders]
    public async Task the_item_list_stays_as_it_was_and_links_the_progress_csv(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await SeedAsync(app);

        var items = await app.GetAsync($"/plans/{app.PlanId}/data.csv?header=en", null);
        var itemText = Encoding.UTF8.GetString((await items.Content.ReadAsByteArrayAsync()).AsSpan(3));
        var progress = await app.GetAsync($"/plans/{app.PlanId}/progress.csv", Admin);
        var progressBytes = await progress.Content.ReadAsByteArrayAsync();
        var records = Encoding.UTF8.GetString(progressBytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith(string.Join(",", PlanColumns.All.Select(c => c.Name)) + "\r\n", itemText);
        Assert.Contains($"</plans/{app.PlanId}/progress.csv>", items.Headers.GetValues("Link").Single());
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        Assert.Equal("text/csv", progress.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], progressBytes[..3]);
        Assert.Equal($"torikumi-plan-{app.PlanId}-v1-progress.csv", progress.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(3, records.Length);
        Assert.StartsWith("年度,年度(和暦),項目キー,", records[0]);
        Assert.StartsWith("2022,令和4年度(2022年度),1-1-2,", records[1]);
        Assert.StartsWith("2022,令和4年度(2022年度),2-1,", records[2]);
        foreach (var secret in Secrets)
            Assert.DoesNotContain(secret, string.Join("\n", records));
        Assert.Equal(HttpStatusCode.NotModified, (await IfNoneMatchAsync(app, $"/plans/{app.PlanId}/progress.csv", progress)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task the_workbook_has_the_progress_sheet_without_anything_unpublished(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await SeedAsync(app);

        var response = await app.GetAsync($"/plans/{app.PlanId}/data.xlsx", Admin);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(PlanXlsx.ProgressSheet);
        var text = string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));

        Assert.Equal([PlanXlsx.ItemsSheet, PlanXlsx.ProgressSheet, PlanXlsx.AboutSheet], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(3, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(["1-1-2", "2-1"], new[] { sheet.Cell(2, 3).GetString(), sheet.Cell(3, 3).GetString() });
        Assert.Contains(PublicProgressSeed.PublishedKumin, text);
        foreach (var secret in Secrets)
            Assert.DoesNotContain(secret, text);
    }

    [Theory, BothProviders]
    public async Task publishing_a_report_changes_the_plan_files_tags(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        var json = $"/plans/{app.PlanId}/data.json";
        var xlsx = $"/plans/{app.PlanId}/data.xlsx";
        var before = await app.GetAsync(json, null);
        var beforeXlsx = await app.GetAsync(xlsx, null);
        var plain = PlanJson.SerializeToUtf8(RichPlan.Build());

        Assert.Equal(plain, await before.Content.ReadAsByteArrayAsync()); // without progress: the plan alone, as exported
        Assert.Equal(HttpStatusCode.NotModified, (await IfNoneMatchAsync(app, json, before)).StatusCode);
        await PublicProgressSeed.SeedAsync(app);

        var after = await IfNoneMatchAsync(app, json, before);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("\"progress\": [", await after.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await IfNoneMatchAsync(app, xlsx, beforeXlsx)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task torikumi_export_writes_the_same_published_progress(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await SeedAsync(app);
        using var files = new TempFolder();

        var json = await Cli.CliRun.RunAsync("export", "--format", "json", "--db", app.Database.Setting);
        var csv = await Cli.CliRun.RunAsync("export", "--format", "progress-csv", "--db", app.Database.Setting);
        var items = await Cli.CliRun.RunAsync("export", "--format", "csv", "--db", app.Database.Setting);
        var xlsx = await Cli.CliRun.RunAsync("export", "--format", "xlsx", "--output", files.File("plan.xlsx"), "--db", app.Database.Setting);
        var served = await (await app.GetAsync($"/api/v1/plans/{app.PlanId}", null)).Content.ReadAsStringAsync();

        Assert.Equal((0, 0, 0, 0), (json.ExitCode, csv.ExitCode, items.ExitCode, xlsx.ExitCode));
        Assert.Equal(served, json.Out);
        var records = csv.Out.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, records.Length);
        Assert.StartsWith("年度,年度(和暦),項目キー,", records[0]);
        Assert.DoesNotContain("年度(和暦)", items.Out);
        using var workbook = new XLWorkbook(files.File("plan.xlsx"));
        Assert.Equal(3, workbook.Worksheet(PlanXlsx.ProgressSheet).LastRowUsed()!.RowNumber());
        foreach (var secret in Secrets)
            Assert.DoesNotContain(secret, json.Out + csv.Out);
    }
}
