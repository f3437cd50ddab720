using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;

using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

// Versions, the compact tree and the departments of a plan.
public static partial class PlansApi
{
    const string VersionHelp = "The version number (1, 2 …), as listed by GET /api/v1/plans/{id}/versions.";

    static void MapStructure(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:int}/versions", ListVersionsAsync)
            .WithName("ListVersions")
            .WithSummary("List a plan's versions")
            .WithDescription("Every public version (版) of the plan, oldest first (a new version is public once an administrator has confirmed its matches): number, stage (素案, 案, 決定), title, import time and node counts. Paged with offset and limit.")
            .Produces<List<VersionListItem>>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon();
        plans.MapGet("/{id:int}/versions/{n}", GetVersionAsync)
            .WithName("GetVersion")
            .WithSummary("One version in the open-data format")
            .WithDescription("A given version of the plan in the open-data JSON format, byte for byte as `torikumi export --version N` writes it; compare two versions with diff.")
            .Produces<PlanDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon();
        plans.MapGet("/{id:int}/tree", GetTreeAsync)
            .WithName("GetTree")
            .WithSummary("The plan's structure without bodies")
            .WithDescription("Pillars (施策の柱) → strategic plans (戦略計画) → items → sub-items of the latest version, each with key, number, title, ★, related, 再掲 and departments: a table of contents in one small response.")
            .Produces<PlanTree>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon();
        plans.MapGet("/{id:int}/departments", GetDepartmentsAsync)
            .WithName("GetDepartments")
            .WithSummary("Departments and the items each is responsible for")
            .WithDescription("The departments (部) of the latest version with their sections (課) and the keys of the items each owns. An item counts for the owners it names, or its parent's when it names none, and for its sub-items' owners.")
            .Produces<PlanDepartments>(StatusCodes.Status200OK, "application/json")
            .ProducesCommon();
    }

    static async Task<IResult> ListVersionsAsync([Description(IdHelp)] int id, PlanStore store, HttpContext http, CancellationToken ct,
        [FromQuery, Description(OffsetHelp)] string? offset = null, [FromQuery, Description(LimitHelp)] string? limit = null)
    {
        if (!Paging.TryParse(offset, limit, out var page, out var problem))
            return problem;
        var versions = await store.ListVersionsAsync(id, ct);
        if (versions.Count == 0) return PlanNotFound(id);
        return Json(http, page.Of(versions).Select(v => new VersionListItem(v.Number, v.Stage, v.Title, v.ImportedAt,
            v.SourceFormat, VersionCounts.From(v.Counts), $"/api/v1/plans/{id}/versions/{v.Number}")).ToList());
    }

    static async Task<IResult> GetVersionAsync([Description(IdHelp)] int id, [Description(VersionHelp)] string n,
        PlanStore store, HttpContext http, CancellationToken ct)
    {
        if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            return Paging.Invalid("version number", n, "a whole number from 1 (GET /api/v1/plans/{id}/versions lists them)");
        var plan = await store.LoadAsync(id, number, ct);
        if (plan is not null)
            return ConditionalGet.Json(http, PlanJson.SerializeToUtf8(plan));
        var versions = await store.ListVersionsAsync(id, ct);
        if (versions.Count == 0) return PlanNotFound(id);
        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Version not found",
            detail: $"Plan {id} has no version {number}; its versions are {string.Join(", ", versions.Select(v => v.Number))}.");
    }

    static async Task<IResult> GetTreeAsync([Description(IdHelp)] int id, PortalPlans plans, HttpContext http, CancellationToken ct) =>
        await plans.FindAsync(id, ct) is { } plan
            ? Json(http, PlanTree.From(plan.Index, id, plan.VersionNumber))
            : PlanNotFound(id);

    static async Task<IResult> GetDepartmentsAsync([Description(IdHelp)] int id, PortalPlans plans, HttpContext http, CancellationToken ct) =>
        await plans.FindAsync(id, ct) is { } plan
            ? Json(http, PlanDepartments.From(plan.Index, id, plan.VersionNumber))
            : PlanNotFound(id);
}
