using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;
using Torikumi.Data;

using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

/// <summary>
/// The stored plans as open data, read only: <c>/api/v1/plans</c> (plans, versions, tree, departments, items) and
/// <c>/api/v1/municipalities</c>. Every response is JSON with a content-hash ETag; errors are problem JSON.
/// </summary>
public static partial class PlansApi
{
    public const int MaxPageSize = Paging.MaxLimit;

    const string OffsetHelp = "How many entries to skip (a whole number, default 0).";
    const string LimitHelp = "How many entries to return (1–500, default 100).";
    const string IdHelp = "The plan's id, as listed by GET /api/v1/plans.";

    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/v1/plans").WithTags("Plans");
        plans.MapGet("/", ListAsync)
            .WithName("ListPlans")
            .WithSummary("List the stored plans")
            .WithDescription("The stored plans in the order they were first imported, each with its id, title, municipality and the stage of its latest version. Paged with offset and limit.")
            .Produces<List<PlanListItem>>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon(notFound: false);
        plans.MapGet("/{id:int}", GetAsync)
            .WithName("GetPlan")
            .WithSummary("A plan in the open-data format")
            .WithDescription("The latest version of the plan in the open-data JSON format (docs/plan.schema.json), byte for byte as `torikumi export` writes it: items with published progress reports carry them as `progress` (by fiscal year and department; never anything unpublished). The same bytes as the download /plans/{id}/data.json.")
            .Produces<PlanDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon();
        plans.MapGet("/{id:int}/items/{key}", GetItemAsync)
            .WithName("GetItem")
            .WithSummary("One item by its key")
            .WithDescription("One initiative (取組), related project (関連する事業) or sub-item of the latest version, with its sub-items, in the open-data format. Keys are stable across versions: 4-1, 4-1-3, 12-R3.")
            .Produces<PlanItem>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon();
        MapStructure(plans);

        app.MapGet("/api/v1/municipalities", ListMunicipalitiesAsync)
            .WithTags("Municipalities")
            .WithName("ListMunicipalities")
            .WithSummary("List the municipalities")
            .WithDescription("The municipalities (自治体) that have stored plans, with how many plans and departments each has. Paged with offset and limit.")
            .Produces<List<MunicipalityListItem>>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon(notFound: false);
        return app;
    }

    /// <summary>Every read route answers 304 to a matching If-None-Match and 400 to a malformed parameter; most 404 to an unknown plan.</summary>
    static RouteHandlerBuilder ProducesCommon(this RouteHandlerBuilder route, bool notFound = true)
    {
        route.Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest);
        return notFound ? route.ProducesProblem(StatusCodes.Status404NotFound) : route;
    }

    static async Task<IResult> ListAsync(PlanStore store, HttpContext http, CancellationToken ct,
        [FromQuery, Description(OffsetHelp)] string? offset = null, [FromQuery, Description(LimitHelp)] string? limit = null)
    {
        if (!Paging.TryParse(offset, limit, out var page, out var problem))
            return problem;
        var plans = await store.ListPlansAsync(page.Offset, page.Limit, ct);
        return Json(http, plans.Select(p => new PlanListItem(p.Id, p.Title, p.Municipality, p.LatestStage)).ToList());
    }

    /// <summary>The latest version of a plan in the open-data format (docs/plan.schema.json) with its published progress, byte for byte as exported.</summary>
    static async Task<IResult> GetAsync([Description(IdHelp)] int id, PortalPlans plans, HttpContext http, CancellationToken ct)
    {
        var plan = await plans.FindAsync(id, ct);
        if (plan is null) return PlanNotFound(id);
        return ConditionalGet.Json(http, await Downloads.PlanData.JsonAsync(plan, http, ct));
    }

    [GeneratedRegex(@"^\d{1,3}-R?\d{1,3}(-\d{1,3})*$")]
    private static partial Regex ItemKeyRegex();

    /// <summary>One item (取組, 関連する事業 or sub-item) with its sub-items, by its stable key (4-1-3, 12-R3).</summary>
    static async Task<IResult> GetItemAsync([Description(IdHelp)] int id,
        [Description("The item's key: 4-1 (strategic plan 4, initiative 1), 4-1-3 (its sub-item 3), 12-R3 (related project 3).")] string key,
        PortalPlans plans, HttpContext http, CancellationToken ct)
    {
        if (key.Length > 20 || !ItemKeyRegex().IsMatch(key))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid item key",
                detail: $"「{key}」 is not an item key: keys look like 4-1 (strategic plan 4, initiative 1), 4-1-3 (its sub-item 3) or 12-R3 (related project 3).");
        var plan = await plans.FindAsync(id, ct);
        if (plan is null) return PlanNotFound(id);
        var item = plan.Index.Item(key);
        if (item is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found",
                detail: $"Plan {id} has no item {key}; GET /api/v1/plans/{id}/tree lists every key.");
        return Json(http, item);
    }

    static async Task<IResult> ListMunicipalitiesAsync(TorikumiDbContext db, HttpContext http, CancellationToken ct,
        [FromQuery, Description(OffsetHelp)] string? offset = null, [FromQuery, Description(LimitHelp)] string? limit = null)
    {
        if (!Paging.TryParse(offset, limit, out var page, out var problem))
            return problem;
        var municipalities = await db.Municipalities.OrderBy(m => m.Id).Skip(page.Offset).Take(page.Limit)
            .Select(m => new MunicipalityListItem(m.Id, m.Name, m.Plans.Count, m.Departments.Count))
            .ToListAsync(ct);
        return Json(http, municipalities);
    }

    internal static ProblemHttpResult PlanNotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Plan not found",
            detail: $"There is no plan with id {id}; GET /api/v1/plans lists the stored plans.");

    /// <summary>A response object as JSON (the open-data formatting: camelCase, indented, Japanese unescaped) with its ETag.</summary>
    static IResult Json<T>(HttpContext http, T value) =>
        ConditionalGet.Json(http, [.. System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, PlanJson.Options), (byte)'\n']);
}
