using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Japanese;
using Torikumi.Data.Search;
using Torikumi.Web.Features.StaticCopy;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Search;

/// <summary>
/// <c>/plans/{id}/search?q=…</c> (one plan) and <c>/search?q=…</c> (every plan): results with highlighted snippets,
/// facets that narrow the search, and paging. Bad input is a 400 page that says what to change.
/// </summary>
public sealed class IndexModel(PortalPlans plans, PlanSearch search, UiText ui) : PortalPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pillar { get; set; }
    [BindProperty(SupportsGet = true)] public string? Strategy { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Starred { get; set; }
    /// <summary>Read from the query string by hand: "page" is also Razor Pages' own route value (the page's name).</summary>
    public string? PageNumber => Request.Query["page"].FirstOrDefault();

    public SearchResult? Result { get; private set; }
    public string? Error { get; private set; }
    public bool StaticCopy { get; private set; }
    public bool StarredOnly => Starred == "true";
    public string BaseUrl => Plan is null ? "/search" : $"{Plan.Url}/search";

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is int planId && (Plan = await plans.FindAsync(planId, ct)) is null)
            return NotFound();
        SearchText = Q;
        PageTitle = string.IsNullOrWhiteSpace(Q) ? ui.T("検索", "Search") : ui.T($"「{Q}」の検索結果", $"Results for “{Q}”");
        if (Plan is not null)
            Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T("検索", "Search")));
        StaticCopy = StaticSite.IsStaticCopy(HttpContext);
        if (StaticCopy || Q is null)
            return Page();

        if (!SearchQuery.TryParse(Q, out var query, out var queryError))
            return BadInput(ui.T(queryError.Japanese, queryError.English));
        var page = 1;
        if (PageNumber is not null && (!int.TryParse(PageNumber, out page) || page < 1 || page > 10_000))
            return BadInput(ui.T("page には 1 以上の数を指定してください。", "page must be a number of 1 or more."));
        if (Starred is not null and not "true" and not "false")
            return BadInput(ui.T("starred には true か false を指定してください。", "starred must be true or false."));
        if (Plan is not null && Pillar is not null && Plan.Index.Pillar(Pillar) is null)
            return BadInput(ui.T($"施策の柱「{Pillar}」はこの計画にありません(P1 などを指定)。", $"This plan has no pillar “{Pillar}” (use P1 …)."));
        if (Plan is not null && Strategy is not null && Plan.Index.Strategy(Strategy) is null)
            return BadInput(ui.T($"戦略計画「{Strategy}」はこの計画にありません(S1 などを指定)。", $"This plan has no strategic plan “{Strategy}” (use S1 …)."));
        if (Department is { Length: > 100 })
            return BadInput(ui.T("department が長すぎます。", "department is too long."));

        Result = await search.SearchAsync(new SearchRequest(query)
        {
            PlanId = Plan?.Id,
            Pillar = Pillar,
            Strategy = Strategy,
            Department = Department,
            StarredOnly = StarredOnly,
            Page = page,
            PageSize = PageSize,
        }, ct);
        return Page();
    }

    IActionResult BadInput(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>This search's URL with some parameters changed (null removes one); paging restarts unless given.</summary>
    public string UrlWith(string? pillar = "", string? strategy = "", string? department = "", bool? starred = null, int? page = null)
    {
        var query = new List<string> { "q=" + Uri.EscapeDataString(Q ?? "") };
        void Add(string name, string? value, string? current)
        {
            var v = value == "" ? current : value;
            if (!string.IsNullOrEmpty(v))
                query.Add($"{name}={Uri.EscapeDataString(v)}");
        }
        Add("pillar", pillar, Pillar);
        Add("strategy", strategy, Strategy);
        Add("department", department, Department);
        if (starred ?? StarredOnly)
            query.Add("starred=true");
        if (page is > 1)
            query.Add($"page={page}");
        return $"{BaseUrl}?{string.Join('&', query)}";
    }
}
