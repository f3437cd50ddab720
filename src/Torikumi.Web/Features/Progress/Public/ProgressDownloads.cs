using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Torikumi.Core.Export;
using Torikumi.Core.Japanese;
using Torikumi.Web.Features.Plans;
using Torikumi.Web.Portal;
using static Torikumi.Web.Features.Downloads.OpenDataDownload;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>
/// The published progress of a fiscal year as files (進捗のオープンデータ): <c>/plans/{id}/progress/{fiscalYear}/data.json</c>
/// (the same JSON as <c>GET /api/v1/plans/{id}/progress/{fiscalYear}</c>), <c>data.csv</c> and <c>data.xlsx</c>. Built
/// from <see cref="ProgressReports.PublishedAsync"/> only, whoever asks: a signed-in editor downloads what residents do.
/// </summary>
public static class ProgressDownloads
{
    const string LayoutRevision = "1";
    const string IdHelp = "The plan's id, as listed by GET /api/v1/plans.";
    const string YearHelp = "The fiscal year: 2022, 令和4年度, R4, 2022年度 or FY2022 (URL-encoded when not ASCII); one of the plan's years.";

    public static IEndpointRouteBuilder MapProgressDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/plans/{id:int}/progress/{fiscalYear}").WithTags("Downloads");
        group.MapGet("/data.json", JsonAsync)
            .WithName("DownloadProgressJson")
            .WithSummary("Download a year's published progress as JSON")
            .WithDescription("The published progress reports of the fiscal year and the roll-ups computed from them only, as a file: the same JSON as GET /api/v1/plans/{id}/progress/{fiscalYear}.")
            .Produces<PublishedProgress>(StatusCodes.Status200OK, "application/json")
            .ProducesDownloadErrors();
        group.MapGet("/data.csv", CsvAsync)
            .WithName("DownloadProgressCsv")
            .WithSummary("Download a year's published progress as CSV")
            .WithDescription("One row per published department report of the fiscal year (columns in docs/open-data.md), UTF-8 with a byte-order mark so that Excel opens it, CRLF between records. Reports not yet published are never included.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesDownloadErrors();
        group.MapGet("/data.xlsx", XlsxAsync)
            .WithName("DownloadProgressXlsx")
            .WithSummary("Download a year's published progress as an Excel workbook")
            .WithDescription("Sheet 「進捗一覧」 with the same rows and columns as the CSV, sheet 「集計」 with the roll-ups per plan, pillar, strategic plan and department, and sheet 「この資料について」 with the source and the licence.")
            .Produces(StatusCodes.Status200OK, contentType: PlanXlsx.ContentType)
            .ProducesDownloadErrors();
        return app;
    }

    sealed record Loaded(PortalPlan Plan, PublishedProgress Progress, byte[] Json);

    /// <summary>The year's published progress and its JSON (whose hash is every format's ETag source), or the problem.</summary>
    static async Task<(Loaded? Value, IResult? Problem)> LoadAsync(int id, string fiscalYear, HttpContext http, CancellationToken ct)
    {
        if (!FiscalYears.TryParse(fiscalYear, out var year, out var error))
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid fiscal year",
                detail: $"{error.Japanese} {error.English}"));
        var plan = await http.RequestServices.GetRequiredService<PortalPlans>().FindAsync(id, ct);
        if (plan is null)
            return (null, PlansApi.PlanNotFound(id));
        var result = await http.RequestServices.GetRequiredService<ProgressReports>().PublishedAsync(id, year, ct);
        if (result.Value is not { } progress)
            return (null, result.Refusal switch
            {
                ProgressInvalid invalid => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid fiscal year",
                    detail: string.Join(" ", invalid.Errors.Select(e => $"{e.Japanese} {e.English}"))),
                var refusal => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                    detail: $"{refusal?.Japanese} {refusal?.English}"),
            });
        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return (new Loaded(plan, progress, JsonSerializer.SerializeToUtf8Bytes(progress, options)), null);
    }

    static async Task<IResult> JsonAsync([Description(IdHelp)] int id, [Description(YearHelp)] string fiscalYear, HttpContext http, CancellationToken ct)
    {
        var (loaded, problem) = await LoadAsync(id, fiscalYear, http, ct);
        if (loaded is null) return problem!;
        if (ConditionalGet.NotModified(http, ConditionalGet.ForBytes(loaded.Json)) is { } notModified) return notModified;
        return File(http, loaded, loaded.Json, JsonType, "json");
    }

    static async Task<IResult> CsvAsync([Description(IdHelp)] int id, [Description(YearHelp)] string fiscalYear, HttpContext http, CancellationToken ct,
        [FromQuery, Description(CsvHeaderHelp)] string? header = null)
    {
        if (!TryCsvHeader(header, out var csvHeader, out var invalid)) return invalid;
        var (loaded, problem) = await LoadAsync(id, fiscalYear, http, ct);
        if (loaded is null) return problem!;
        var etag = ConditionalGet.ForParts(weak: false, "progress-csv", LayoutRevision, csvHeader.ToString(), ConditionalGet.ForBytes(loaded.Json));
        if (ConditionalGet.NotModified(http, etag) is { } notModified) return notModified;
        return File(http, loaded, ProgressFiles.Csv(loaded.Progress, csvHeader), PlanCsv.ContentType, "csv");
    }

    static async Task<IResult> XlsxAsync([Description(IdHelp)] int id, [Description(YearHelp)] string fiscalYear, HttpContext http, CancellationToken ct)
    {
        var (loaded, problem) = await LoadAsync(id, fiscalYear, http, ct);
        if (loaded is null) return problem!;
        // Weak: the workbook says when it was downloaded.
        var etag = ConditionalGet.ForParts(weak: true, "progress-xlsx", LayoutRevision, ConditionalGet.ForBytes(loaded.Json));
        if (ConditionalGet.NotModified(http, etag) is { } notModified) return notModified;
        return File(http, loaded, ProgressFiles.Xlsx(loaded.Progress, loaded.Plan.Document, Now(http)), PlanXlsx.ContentType, "xlsx");
    }

    static IResult File(HttpContext http, Loaded loaded, byte[] bytes, string contentType, string extension) =>
        Attachment(http, bytes, contentType,
            $"torikumi-plan-{loaded.Plan.Id}-progress-{loaded.Progress.FiscalYear.ToString(CultureInfo.InvariantCulture)}",
            $"{loaded.Plan.Municipality}_{loaded.Plan.Title}_進捗_{FiscalYears.EraLabel(loaded.Progress.FiscalYear)}", extension);
}
