using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Features.Plans;

namespace Torikumi.Web.Features.Downloads;

/// <summary>
/// The whole plan as a file (ダウンロード): <c>/plans/{id}/data.json</c> (the open-data format, the same bytes as
/// <c>/api/v1/plans/{id}</c>), <c>data.csv</c> (UTF-8 with BOM, for Excel) and <c>data.xlsx</c>. The ETag is known
/// from the stored version before the file is made, so a client that has the file gets 304 without any work.
/// </summary>
public static class DownloadsEndpoints
{
    /// <summary>Bump when the CSV or XLSX layout changes, so that caches holding the old layout fetch the new one.</summary>
    const string LayoutRevision = "1";

    const string IdHelp = "The plan's id, as listed by GET /api/v1/plans.";

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/plans/{id:int}").WithTags("Downloads");
        group.MapGet("/data.json", JsonAsync)
            .WithName("DownloadJson")
            .WithSummary("Download the plan as JSON")
            .WithDescription("The latest version in the open-data JSON format (docs/plan.schema.json) as a file: the same bytes and ETag as GET /api/v1/plans/{id}.")
            .Produces<PlanDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesDownloadErrors();
        group.MapGet("/data.csv", CsvAsync)
            .WithName("DownloadCsv")
            .WithSummary("Download the item list as CSV")
            .WithDescription("One row per item and sub-item of the latest version (columns in docs/open-data.md), UTF-8 with a byte-order mark so that Excel opens it, CRLF between records, line breaks inside fields kept.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesDownloadErrors();
        group.MapGet("/data.xlsx", XlsxAsync)
            .WithName("DownloadXlsx")
            .WithSummary("Download the item list as an Excel workbook")
            .WithDescription("Sheet 「取組一覧」 with the same rows and columns as the CSV, and sheet 「この資料について」 with the plan, its source, the licence and the download date.")
            .Produces(StatusCodes.Status200OK, contentType: PlanXlsx.ContentType)
            .ProducesDownloadErrors();
        return app;
    }

    static RouteHandlerBuilder ProducesDownloadErrors(this RouteHandlerBuilder route) => route
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> JsonAsync([Description(IdHelp)] int id, PlanStore store, HttpContext http, CancellationToken ct)
    {
        var latest = await LatestAsync(store, id, ct);
        if (latest is null) return PlansApi.PlanNotFound(id);
        // ContentHash is the SHA-256 of these very bytes, so this is the ETag /api/v1/plans/{id} computes from them.
        if (ConditionalGet.NotModified(http, $"\"{latest.ContentHash[..32]}\"") is { } notModified) return notModified;
        var plan = await store.LoadAsync(id, latest.Number, ct);
        if (plan is null) return PlansApi.PlanNotFound(id);
        var bytes = PlanJson.SerializeToUtf8(plan);
        http.Response.Headers.ETag = ConditionalGet.ForBytes(bytes);
        return File(http, bytes, "application/json; charset=utf-8", plan, id, latest.Number, "json");
    }

    static async Task<IResult> CsvAsync([Description(IdHelp)] int id, PlanStore store, HttpContext http, CancellationToken ct,
        [FromQuery, Description("Header row: ja (Japanese headers, the default) or en (the stable English column names).")] string? header = null)
    {
        CsvHeader? headerRow = header switch { null or "ja" => CsvHeader.Japanese, "en" => CsvHeader.English, _ => null };
        if (headerRow is not CsvHeader csvHeader)
            return Paging.Invalid("header", header, "ja (Japanese column headers) or en (English column names)");
        var latest = await LatestAsync(store, id, ct);
        if (latest is null) return PlansApi.PlanNotFound(id);
        var etag = ConditionalGet.ForParts(weak: false, "csv", LayoutRevision, csvHeader.ToString(), Invariant(id), Invariant(latest.Number), latest.ContentHash);
        if (ConditionalGet.NotModified(http, etag) is { } notModified) return notModified;
        var plan = await store.LoadAsync(id, latest.Number, ct);
        if (plan is null) return PlansApi.PlanNotFound(id);
        var bytes = PlanCsv.Write(PlanRows.Of(plan, Source(id, latest)), csvHeader);
        return File(http, bytes, PlanCsv.ContentType, plan, id, latest.Number, "csv");
    }

    static async Task<IResult> XlsxAsync([Description(IdHelp)] int id, PlanStore store, HttpContext http, CancellationToken ct)
    {
        var latest = await LatestAsync(store, id, ct);
        if (latest is null) return PlansApi.PlanNotFound(id);
        // Weak: the workbook says when it was downloaded, so two downloads of the same plan differ in a few bytes.
        var etag = ConditionalGet.ForParts(weak: true, "xlsx", LayoutRevision, Invariant(id), Invariant(latest.Number), latest.ContentHash);
        if (ConditionalGet.NotModified(http, etag) is { } notModified) return notModified;
        var plan = await store.LoadAsync(id, latest.Number, ct);
        if (plan is null) return PlansApi.PlanNotFound(id);
        var now = (http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var bytes = PlanXlsx.Write(plan, Source(id, latest), now);
        return File(http, bytes, PlanXlsx.ContentType, plan, id, latest.Number, "xlsx");
    }

    static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    static async Task<VersionSummary?> LatestAsync(PlanStore store, int id, CancellationToken ct) =>
        (await store.ListVersionsAsync(id, ct)) is { Count: > 0 } versions ? versions[^1] : null;

    static PlanExportSource Source(int id, VersionSummary version) =>
        new(id, version.Number) { SourceName = version.SourceName, ImportedAt = version.ImportedAt };

    static IResult File(HttpContext http, byte[] bytes, string contentType, PlanDocument plan, int id, int version, string extension)
    {
        http.Response.Headers.ContentDisposition = ContentDisposition(plan, id, version, extension);
        return TypedResults.Bytes(bytes, contentType);
    }

    /// <summary>
    /// <c>attachment; filename=torikumi-plan-1-v2.csv; filename*=UTF-8''練馬区_…【素案】_第2版.csv</c>: an ASCII name every
    /// client can use, and the Japanese one (RFC 6266) that browsers save the file under.
    /// </summary>
    public static string ContentDisposition(PlanDocument plan, int id, int version, string extension)
    {
        var stage = plan.Stage is null || plan.Title.EndsWith($"【{plan.Stage}】", StringComparison.Ordinal) ? "" : $"【{plan.Stage}】";
        var name = SafeFileName($"{plan.Municipality}_{plan.Title}{stage}_第{version}版");
        var header = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"torikumi-plan-{id}-v{version}.{extension}",
            FileNameStar = $"{name}.{extension}",
        };
        return header.ToString();
    }

    /// <summary>Drops what Windows, macOS or a shell cannot have in a file name; keeps it short enough for every file system.</summary>
    static string SafeFileName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim('_', ' '))
            sb.Append(char.IsControl(c) || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        var safe = sb.ToString();
        if (safe.Length <= 100)
            return safe;
        return char.IsHighSurrogate(safe[99]) ? safe[..99] : safe[..100];
    }
}
