using Torikumi.Core.Japanese;

namespace Torikumi.Data.Search;

/// <summary>
/// One search (検索) over the items of stored plans: a parsed query, an optional plan, filters that become facets,
/// and a page. The web pages and <c>/api/v1/search</c> both go through this, so they always agree.
/// </summary>
public sealed record SearchRequest(SearchQuery Query)
{
    public const int MaxPageSize = 100;

    /// <summary>Only this plan's latest version; null searches the latest version of every stored plan.</summary>
    public int? PlanId { get; init; }
    /// <summary>Pillar key (<c>P1</c>) to keep.</summary>
    public string? Pillar { get; init; }
    /// <summary>Strategic-plan key (<c>S4</c>) to keep.</summary>
    public string? Strategy { get; init; }
    /// <summary>Department (部 or 課, as written) that must own the item.</summary>
    public string? Department { get; init; }
    /// <summary>Only ★ items.</summary>
    public bool StarredOnly { get; init; }
    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>The hits of one page, the total, and facet counts over every hit (before paging).</summary>
public sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// One matching item. <see cref="TitleHighlights"/> are ranges within <see cref="Title"/>; <see cref="Snippet"/> is cut
/// from the item's searchable text (<see cref="ItemSearchText"/>) around the first match.
/// </summary>
public sealed record SearchHit(
    int PlanId,
    string Municipality,
    string Key,
    string Title,
    IReadOnlyList<Highlight> TitleHighlights,
    bool Starred,
    bool Related,
    string PillarKey,
    string StrategyKey,
    IReadOnlyList<string> Departments,
    Snippet Snippet);

/// <summary>A facet value (key such as <c>S4</c> or a department name), its label for display and how many hits have it.</summary>
public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>Counts over all hits of a search, each ordered as the plan orders them (plans by id, departments by name).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Plans,
    IReadOnlyList<FacetCount> Pillars,
    IReadOnlyList<FacetCount> Strategies,
    IReadOnlyList<FacetCount> Departments,
    int Starred);
