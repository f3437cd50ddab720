using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Torikumi.Core.Comments;
using Torikumi.Core.Comments.Results;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// The published result as files: <c>/plans/{id}/comments/result.xlsx</c> and <c>result.csv</c>, written by
/// <see cref="CommentResultFiles"/> from <see cref="CommentResult"/>, a model that has no personal field at all.
/// </summary>
public static class CommentDownloads
{
    public static IEndpointRouteBuilder MapCommentDownloads(this IEndpointRouteBuilder app)
    {
        // Next to the result page, and (like the pages) outside the OpenAPI document; the API's result route names them.
        var group = app.MapGroup("/plans/{id:int}/comments").WithTags("Comments");
        group.MapGet("/result.xlsx", async (int id, PublicComments comments, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ResultAsync(id, comments, ct) is not { } r ? NotPublished(id)
                : Results.File(CommentResultFiles.Xlsx(r, About(http, clock)), CommentResultFiles.XlsxContentType, $"comments-{id}.xlsx"))
            .WithSummary("Download the published result as an Excel workbook")
            .WithDescription("Sheet 「意見の概要と区の考え方」 with one row per opinion (item, summary, the ward's view, classification) and sheet 「この資料について」 with the period and the counts by channel. 404 until published.");
        group.MapGet("/result.csv", async (int id, PublicComments comments, CancellationToken ct) =>
                await ResultAsync(id, comments, ct) is not { } r ? NotPublished(id)
                : Results.File(CommentResultFiles.CsvBytes(r), CommentResultFiles.CsvContentType, $"comments-{id}.csv"))
            .WithSummary("Download the published result as CSV")
            .WithDescription("The same rows as the workbook, UTF-8 with a byte-order mark (Excel opens it), CRLF between records. 404 until published.");
        return app;
    }

    static async Task<CommentResult?> ResultAsync(int id, PublicComments comments, CancellationToken ct) =>
        (await comments.ResultAsync(id, ct)).Value is { } published ? ToCore(published) : null;

    /// <summary>The public result in the domain's file model: only the fields that model has, which are all public.</summary>
    public static CommentResult ToCore(PublishedResult r) => new(r.PlanTitle, r.Stage, r.PeriodJapanese, r.Submitters,
        [.. r.Channels.Select(c => new Core.Comments.Results.ChannelCount(CommentRules.Channel(c.Channel), c.Submissions, c.Opinions))],
        [.. r.Items.Select(i => new ResultSection(i.ItemKey, i.ItemKey is null ? ResultSection.WholePlanTitle : i.ItemTitle ?? i.ItemKey,
            [.. i.Opinions.Select(o => new ResultOpinion(o.Number, o.Summary, o.View, CommentRules.Classification(o.Classification) ?? OpinionClassification.Other))]))]);

    static CommentResultAbout About(HttpContext http, TimeProvider clock) =>
        new(null, clock.GetUtcNow(), $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}");

    static IResult NotPublished(int id) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
        detail: $"計画 {id} の意見募集の結果はまだ公表されていません。 / The result of the comment period on plan {id} has not been published yet.");
}
