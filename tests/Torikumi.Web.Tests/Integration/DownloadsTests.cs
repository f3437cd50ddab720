using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Torikumi.Core.Export;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration;

/// <summary>/plans/{id}/data.json, data.csv and data.xlsx: the whole plan as a file, with ETags.</summary>
public sealed class DownloadsTests
{
    public static readonly TheoryData<string, string> Formats = new()
    {
        { Providers.Sqlite, "json" }, { Providers.Postgres, "json" },
        { Providers.Sqlite, "csv" }, { Providers.Postgres, "csv" },
        { Providers.Sqlite, "xlsx" }, { Providers.Postgres, "xlsx" },
    };

    const string JapaneseName = "練馬区_第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)【素案】_第2版";

    [Theory, MemberData(nameof(Formats))]
    public async Task a_download_is_an_attachment_with_an_ascii_and_a_japanese_file_name(string provider, string format)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Changed());

        var response = await app.Client.GetAsync($"/plans/1/data.{format}");
        var disposition = response.Content.Headers.ContentDisposition;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format switch { "json" => "application/json", "csv" => "text/csv", _ => PlanXlsx.ContentType },
            response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal($"torikumi-plan-1-v2.{format}", disposition?.FileName);
        Assert.Equal($"{JapaneseName}.{format}", disposition?.FileNameStar);
    }

    [Theory, MemberData(nameof(Formats))]
    public async Task a_client_that_has_the_file_gets_304_until_a_new_version_is_imported(string provider, string format)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());
        var url = $"/plans/1/data.{format}";

        var first = await app.Client.GetAsync(url);
        var again = await app.GetIfNoneMatchAsync(url, first);
        await using (var context = app.Database.NewContext())
        {
            await new Torikumi.Data.PlanStore(context).ImportAsync(new Torikumi.Data.Storage.PlanImport(RichPlan.Changed(), "source"));
            await Revisions.TestRevisions.ConfirmAllAsync(context);
        }
        var afterImport = await app.GetIfNoneMatchAsync(url, first);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(format == "xlsx", first.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, afterImport.StatusCode);
        Assert.NotEqual(first.Headers.ETag, afterImport.Headers.ETag);
    }

    [Theory, MemberData(nameof(Formats))]
    public async Task an_unknown_plan_is_a_404_problem(string provider, string format)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());

        var response = await app.Client.GetAsync($"/plans/42/data.{format}");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no plan with id 42", problem.GetProperty("detail").GetString());
    }

    [Theory, BothProviders]
    public async Task the_json_download_is_the_api_plan_byte_for_byte_with_the_same_etag(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Changed());

        var download = await app.Client.GetAsync("/plans/1/data.json");
        var api = await app.Client.GetAsync("/api/v1/plans/1");

        Assert.Equal(PlanJson.SerializeToUtf8(RichPlan.Changed()), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(await api.Content.ReadAsByteArrayAsync(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(api.Headers.ETag, download.Headers.ETag);
    }

    [Theory, BothProviders]
    public async Task the_csv_is_the_item_list_of_the_latest_version_with_a_bom(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Changed());

        var japanese = await app.Client.GetByteArrayAsync("/plans/1/data.csv");
        var english = await app.Client.GetByteArrayAsync("/plans/1/data.csv?header=en");
        var rows = PlanRows.Of(RichPlan.Changed(), new PlanExportSource(1, 2));

        Assert.Equal([0xEF, 0xBB, 0xBF], japanese[..3]);
        Assert.Equal(PlanCsv.Write(rows), japanese);
        Assert.Equal(PlanCsv.Write(rows, CsvHeader.English), english);
        Assert.Contains("/plans/1/items/1-1-1", System.Text.Encoding.UTF8.GetString(japanese));
    }

    [Theory, BothProviders]
    public async Task a_header_other_than_ja_or_en_is_a_400_that_says_which_are_allowed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());

        var response = await app.Client.GetAsync("/plans/1/data.csv?header=fr");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ja (Japanese column headers) or en", await response.Content.ReadAsStringAsync());
    }

    [Theory, BothProviders]
    public async Task the_xlsx_opens_with_the_item_list_and_the_about_sheet(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());

        var bytes = await app.Client.GetByteArrayAsync("/plans/1/data.xlsx");
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var items = book.Worksheet(PlanXlsx.ItemsSheet);
        var about = book.Worksheet(PlanXlsx.AboutSheet);

        Assert.Equal(RichPlan.Build().AllItems.Count() + 1, items.LastRowUsed().RowNumber());
        Assert.Equal("1-1", items.Cell(2, PlanColumns.All.ToList().FindIndex(c => c.Name == "key") + 1).GetString());
        Assert.Contains(about.CellsUsed(), c => c.GetString() == OpenDataLicence.Japanese);
        Assert.Contains(about.CellsUsed(), c => c.GetString() == "plan.txt");
    }
}
