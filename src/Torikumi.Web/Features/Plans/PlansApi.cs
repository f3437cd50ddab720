using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Torikumi.Core.Export;
using Torikumi.Data;

namespace Torikumi.Web.Features.Plans;

/// <summary>The stored plans as open data: <c>/api/v1/plans</c>.</summary>
public static class PlansApi
{
    public const int MaxPageSize = 500;

    /// <summary>One plan in the list: what a client needs to choose one.</summary>
    public sealed record PlanListItem(int Id, string Title, string Municipality, string? Stage);

    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/plans").WithTags("Plans");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
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
    static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(int id, PlanStore store, CancellationToken ct)
    {
        var plan = await store.LoadAsync(id, ct: ct);
        if (plan is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Plan not found",
                detail: $"There is no plan with id {id}; GET /api/v1/plans lists the stored plans.");
        return TypedResults.Text(PlanJson.Serialize(plan), "application/json; charset=utf-8");
    }
}
