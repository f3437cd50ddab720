using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Torikumi.Core.Export;
using Torikumi.Data;

namespace Torikumi.Web.Features.Plans;

/// <summary>The stored plans as open data: <c>/api/v1/plans</c>.</summary>
public static partial class PlansApi
{
    public const int MaxPageSize = 500;

    /// <summary>One plan in the list: what a client needs to choose one.</summary>
    public sealed record PlanListItem(int Id, string Title, string Municipality, string? Stage);

    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/plans").WithTags("Plans");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapGet("/{id:int}/items/{key}", GetItemAsync);
        return app;
    }

    static async Task<Results<Ok<List<PlanListItem>>, ProblemHttpResult>> ListAsync(
        PlanStore store, CancellationToken ct, int offset = 0, int limit = 100)
    {
        if (offset < 0 || limit < 1 || limit > MaxPageSize)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid paging",
                detail: $"offset must be 0 or more and limit between 1 and {MaxPageSize}.");
        var plans = await store.ListPlansAsync(offset, limit, ct);
        return TypedResults.Ok(plans.Select(p => new PlanListItem(p.Id, p.Title, p.Municipality, p.LatestStage)).ToList());
    }

    /// <summary>The latest version of a plan in the open-data format (docs/plan.schema.json), byte for byte as exported.</summary>
    static async Task<IResult> GetAsync(int id, PlanStore store, HttpContext http, CancellationToken ct)
    {
        var plan = await store.LoadAsync(id, ct: ct);
        if (plan is null) return PlanNotFound(id);
        return Json(http, PlanJson.Serialize(plan));
    }

    [GeneratedRegex(@"^\d{1,3}-R?\d{1,3}(-\d{1,3})*$")]
    private static partial Regex ItemKeyRegex();

    /// <summary>One item (取組, 関連する事業 or sub-item) with its sub-items, by its stable key (4-1-3, 12-R3).</summary>
    static async Task<IResult> GetItemAsync(int id, string key, PlanStore store, HttpContext http, CancellationToken ct)
    {
        if (key.Length > 20 || !ItemKeyRegex().IsMatch(key))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid item key",
                detail: $"「{key}」 is not an item key: keys look like 4-1 (strategic plan 4, initiative 1), 4-1-3 (its sub-item 3) or 12-R3 (related project 3).");
        var plan = await store.LoadAsync(id, ct: ct);
        if (plan is null) return PlanNotFound(id);
        var item = plan.FindItem(key);
        if (item is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found",
                detail: $"Plan {id} has no item {key}; GET /api/v1/plans/{id} gives the whole plan with every key.");
        return Json(http, System.Text.Json.JsonSerializer.Serialize(item, PlanJson.Options) + "\n");
    }

    static ProblemHttpResult PlanNotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Plan not found",
            detail: $"There is no plan with id {id}; GET /api/v1/plans lists the stored plans.");

    /// <summary>JSON with a strong ETag from its bytes: a client that sends it back in If-None-Match gets 304.</summary>
    static IResult Json(HttpContext http, string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var etag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..32]}\"";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }
}
