using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Features.Plans;
using Torikumi.Web.Features.Progress.Public;
using Torikumi.Web.Portal;
using static Torikumi.Web.Features.Downloads.OpenDataDownload;

namespace Torikumi.Web.Features.Downloads;

/// <summary>
/// The whole plan as a file (ダウンロード): <c>/plans/{id}/data.json</c> (the open-data format with the published
/// progress, the same bytes as <c>/api/v1/plans/{id}</c>), <c>data.csv</c> (UTF-8 with BOM, for Excel; its columns never
/// change), <c>progress.csv</c> (the published progress of every fiscal year, one row per report, linked to
/// <c>data.csv</c> by the item key) and <c>data.xlsx</c> (the item list, the progress list and the licence). Only
/// published progress is ever included (<see cref="PlanProgressExport"/>).
/// </summary>
public static class DownloadsEndpoints
{
    /// <summary>Bump when the CSV or XLSX layout changes, so that caches holding the old layout fetch the new one.</summary>
    const string LayoutRevision = "1";
    /// <summary>2: the workbook gained the 「進捗一覧」 sheet.</summary>
    const string XlsxLayoutRevision = "2";

    const string IdHelp = "The plan's id, as listed by GET /api/v1/plans.";

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/plans/{id:int}").WithTags("Downloads");
        group.MapGet("/data.json", JsonAsync)
            .WithName("DownloadJson")
            .WithSummary("Download the plan as JSON")
            .WithDescription("The latest version in the open-data JSON format (docs/plan.schema.json) with each item's published progress, as a file: the same bytes and ETag as GET /api/v1/plans/{id}.")
            .Produces<PlanDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesDownloadErrors();
        group.MapGet("/data.csv", CsvAsync)
            .WithName("DownloadCsv")
            .WithSummary("Download the item list as CSV")
            .WithDescription("One row per item and sub-item of the latest version (columns in docs/open-data.md), UTF-8 with a byte-order mark so that Excel opens it, CRLF between records, line breaks inside fields kept. The published progress is the linked progress.csv (Link header).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesDownloadErrors();
        group.MapGet("/progress.csv", ProgressCsvAsync)
            .WithName("DownloadProgressListCsv")
            .WithSummary("Download the plan's published progress as CSV")
            .WithDescription("One row per published progress report of every fiscal year (item, fiscal year, department; columns in docs/open-data.md), in the order of the item list; item_key links a row to the key of data.csv. Reports not yet published are never included.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesDownloadErrors();
        group.MapGet("/data.xlsx", XlsxAsync)
            .WithName("DownloadXlsx")
            .WithSummary("Download the item list as an Excel workbook")
            .WithDescription("Sheet 「取組一覧」 with the same rows and columns as the CSV, sheet 「進捗一覧」 with the same rows and columns as progress.csv, and sheet 「この資料について」 with the plan, its source, the licence and the download date.")
            .Produces(StatusCodes.Status200OK, contentType: PlanXlsx.ContentType)
            .ProducesDownloadErrors();
        return app;
    }

    /// <summary>The latest version as the portal holds it, with what the store says of it (hash, source file, import date).</summary>
    sealed record Latest(PortalPlan Plan, VersionSummary Version)
    {
        public PlanDocument Document => Plan.Document;
        public PlanExportSource Source => new(Plan.Id, Version.Number) { SourceName = Version.SourceName, ImportedAt = Version.ImportedAt };
    }

    static async Task<Latest?> LatestAsync(int id, HttpContext http, CancellationToken ct)
    {
        var plan = await http.RequestServices.GetRequiredService<PortalPlans>().FindAsync(id, ct);
        if (plan is null)
            return null;
        var versions = await http.RequestServices.GetRequiredService<PlanStore>().ListVersionsAsync(id, ct);
        return versions.FirstOrDefault(v => v.Number == plan.VersionNumber) is { } version ? new Latest(plan, version) : null;
    }

    static Task<IReadOnlyList<ProgressRow>> ProgressAsync(Latest latest, HttpContext http, CancellationToken ct) =>
        PlanProgressExport.LoadAsync(http.RequestServices.GetRequiredService<TorikumiDbContext>(), latest.Plan.Id, latest.Plan.Index, ct);

    static async Task<IResult> JsonAsync([Description(IdHelp)] int id, HttpContext http, CancellationToken ct)
    {
        var plan = await http.RequestServices.GetRequiredService<PortalPlans>().FindAsync(id, ct);
        if (plan is null) return PlansApi.PlanNotFound(id);
        var bytes = await PlanData.JsonAsync(plan, http, ct);
        if (ConditionalGet.NotModified(http, ConditionalGet.ForBytes(bytes)) is { } notModified) return notModified;
        return File(http, bytes, JsonType, plan.Document, id, plan.VersionNumber, "json");
    }

    static async Task<IResult> CsvAsync([Description(IdHelp)] int id, HttpContext http, CancellationToken ct,
        [FromQuery, Description(CsvHeaderHelp)] string? header = null)
    {
        if (!TryCsvHeader(header, out var csvHeader, out var invalid)) return invalid;
        var latest = await LatestAsync(id, http, ct);
        if (latest is null) return PlansApi.PlanNotFound(id);
        // The item list and its published progress are two linked files, so the item list's columns stay as they are.
        http.Response.Headers.Link = $"</plans/{id}/progress.csv>; rel=\"related\"; type=\"text/csv\"; title=\"published progress\"";
        var etag = ConditionalGet.ForParts(weak: false, "csv", LayoutRevision, csvHeader.ToString(), Invariant(id), Invariant(latest.Version.Number), latest.Version.ContentHash);
        if (ConditionalGet.NotModified(http, etag) is { } notModified) return notModified;
        var bytes = PlanCsv.Write(PlanRows.Of(latest.Plan.Index, latest.Source), csvHeader);
        return File(http, bytes, PlanCsv.ContentType, latest.Document, id, latest.Version.Number, "csv");
    }

    static async Task<IResult> ProgressCsvAsync([Description(IdHelp)] int id, HttpContext http, CancellationToken ct,
        [FromQuery, Description(CsvHeaderHelp)] string? header = null)
    {
        if (!TryCsvHeader(header, out var csvHeader, out var invalid)) return invalid;
        var latest = await LatestAsync(id, http, ct);
        if (latest is null) return PlansApi.PlanNotFound(id);
        var bytes = OpenDataCsv.Write(ProgressColumns.All, await ProgressAsync(latest, http, ct), csvHeader);
        if (ConditionalGet.NotModified(http, ConditionalGet.ForBytes(bytes)) is { } notModified) return notModified;
        return File(http, bytes, PlanCsv.ContentType, latest.Document, id, latest.Version.Number, "csv", progress: true);
    }

    static async Task<IResult> XlsxAsync([Description(IdHelp)] int id, HttpContext http, CancellationToken ct)
    {
        var latest = await LatestAsync(id, http, ct);
        if (latest is null) return PlansApi.PlanNotFound(id);
        var progress = await ProgressAsync(latest, http, ct);
        // Weak: the workbook says when it was downloaded, so two downloads of the same plan differ in a few bytes.
        var etag = ConditionalGet.ForParts(weak: true, "xlsx", XlsxLayoutRevision, Invariant(id), Invariant(latest.Version.Number),
            latest.Version.ContentHash, Fingerprint(progress));
        if (ConditionalGet.NotModified(http, etag) is { } notModified) return notModified;
        var bytes = PlanXlsx.Write(latest.Document, PlanRows.Of(latest.Plan.Index, latest.Source), latest.Source, Now(http), progress);
        return File(http, bytes, PlanXlsx.ContentType, latest.Document, id, latest.Version.Number, "xlsx");
    }

    static IResult File(HttpContext http, byte[] bytes, string contentType, PlanDocument plan, int id, int version, string extension, bool progress = false)
    {
        http.Response.Headers.ContentDisposition = ContentDisposition(plan, id, version, extension, progress);
        return TypedResults.Bytes(bytes, contentType);
    }

    /// <summary>
    /// <c>attachment; filename=torikumi-plan-1-v2.csv; filename*=UTF-8''練馬区_…【素案】_第2版.csv</c>: an ASCII name every
    /// client can use, and the Japanese one (RFC 6266) that browsers save the file under. The progress list adds
    /// <c>-progress</c> and <c>_進捗</c>.
    /// </summary>
    public static string ContentDisposition(PlanDocument plan, int id, int version, string extension, bool progress = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var stage = plan.Stage is null || plan.Title.EndsWith($"【{plan.Stage}】", StringComparison.Ordinal) ? "" : $"【{plan.Stage}】";
        return OpenDataDownload.ContentDisposition($"torikumi-plan-{id}-v{version}{(progress ? "-progress" : "")}",
            $"{plan.Municipality}_{plan.Title}{stage}_第{version}版{(progress ? "_進捗" : "")}", extension);
    }
}
