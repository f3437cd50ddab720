using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Data;
using Torikumi.Data.Search;

namespace Torikumi.Web.Features.Search;

/// <summary>Search over the items of the stored plans (検索): <c>GET /api/v1/search?q=…</c>, the same search as the pages.</summary>
public static partial class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").MapGet("/", SearchAsync)
            .WithSummary("Search the items of the stored plans")
            .WithDescription("Japanese search over titles, bodies, ①②③ paragraphs and footnotes of the latest version of every plan " +
                "(or one plan with plan=ID): words separated by spaces must all occur, \"…\" or 「…」 is a phrase; width, case and " +
                "hiragana/katakana are folded. Hits carry the item key and its page URL; facets count every hit. See docs/search.md.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <param name="q">Words (all must occur) and quoted phrases, as in the search box.</param>
    /// <param name="plan">Only this plan's latest version (an id from /api/v1/plans).</param>
    /// <param name="pillar">Pillar key, e.g. P1.</param>
    /// <param name="strategy">Strategic-plan key, e.g. S4.</param>
    /// <param name="department">A responsible department, as written in the plan.</param>
    /// <param name="starred">true: only ★ items.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1 to 100; 20 when absent.</param>
    static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        HttpRequest http, PlanSearch search, TorikumiDbContext db, CancellationToken ct,
        string? q = null, string? plan = null, string? pillar = null, string? strategy = null, string? department = null,
        string? starred = null, string? page = null, string? pageSize = null)
    {
        if (http.Query.FirstOrDefault(p => p.Value.Count > 1) is { Key: not null } repeated)
            return BadRequest("Repeated parameter", $"「{repeated.Key}」 is given {repeated.Value.Count} times; give it once.");
        if (!SearchQuery.TryParse(q, out var query, out var error))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid search query", detail: error.ToString(),
                extensions: new Dictionary<string, object?> { ["kind"] = error.Kind.ToString(), ["ja"] = error.Japanese, ["en"] = error.English });

        // An empty field (plan= from a form's blank choice) means the filter is not used.
        static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;
        var request = Validate(query, Given(plan), Given(pillar), Given(strategy), Given(department), Given(starred), Given(page), Given(pageSize), out var invalid);
        if (request is null)
            return invalid!;
        if (request.PlanId is int id && !await db.Plans.AnyAsync(p => p.Id == id, ct))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Plan not found",
                detail: $"There is no plan with id {id}; GET /api/v1/plans lists the stored plans.");

        var result = await search.SearchAsync(request, ct);
        return TypedResults.Ok(SearchResponse.From(q!, result));
    }

    [GeneratedRegex(@"^P\d{1,4}$")]
    private static partial Regex PillarKey();

    [GeneratedRegex(@"^S\d{1,4}$")]
    private static partial Regex StrategyKey();

    public const int MaxDepartmentLength = 100;

    /// <summary>The request the parameters describe, or null and the 400 that says which one is wrong and how to fix it.</summary>
    static SearchRequest? Validate(SearchQuery query, string? plan, string? pillar, string? strategy, string? department,
        string? starred, string? page, string? pageSize, out ProblemHttpResult? invalid)
    {
        invalid = null;
        int? planId = null;
        if (plan is not null)
        {
            if (!int.TryParse(plan, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1)
                invalid = BadRequest("Invalid plan", $"plan=「{plan}」 is not a plan id: give a number such as 1 (GET /api/v1/plans lists the plans).");
            planId = p;
        }
        if (pillar is not null && !PillarKey().IsMatch(pillar))
            invalid ??= BadRequest("Invalid pillar", $"pillar=「{pillar}」 is not a pillar key: keys look like P1.");
        if (strategy is not null && !StrategyKey().IsMatch(strategy))
            invalid ??= BadRequest("Invalid strategy", $"strategy=「{strategy}」 is not a strategic-plan key: keys look like S4.");
        if (department is not null && (string.IsNullOrWhiteSpace(department) || department.Length > MaxDepartmentLength))
            invalid ??= BadRequest("Invalid department", $"department must be a department's name as the plan writes it, 1 to {MaxDepartmentLength} characters.");
        var starredOnly = false;
        if (starred is not null && !bool.TryParse(starred, out starredOnly))
            invalid ??= BadRequest("Invalid starred", $"starred=「{starred}」: use starred=true for ★ items only, or leave it out.");
        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
            invalid ??= BadRequest("Invalid page", $"page=「{page}」: pages are numbered from 1.");
        var size = 20;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > SearchRequest.MaxPageSize))
            invalid ??= BadRequest("Invalid pageSize", $"pageSize=「{pageSize}」: give a number from 1 to {SearchRequest.MaxPageSize}.");
        return invalid is not null ? null : new SearchRequest(query)
        {
            PlanId = planId,
            Pillar = pillar,
            Strategy = strategy,
            Department = department,
            StarredOnly = starredOnly,
            Page = pageNumber,
            PageSize = size,
        };
    }

    static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
