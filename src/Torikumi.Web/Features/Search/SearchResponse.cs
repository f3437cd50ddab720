using Torikumi.Core.Japanese;
using Torikumi.Data.Search;

namespace Torikumi.Web.Features.Search;

/// <summary>The JSON of <c>/api/v1/search</c>: one page of hits, the total and the facet counts over all hits.</summary>
public sealed record SearchResponse(
    string Query, int Total, int Page, int PageSize, int PageCount, IReadOnlyList<SearchResponse.Hit> Hits, SearchResponse.FacetSet Facets)
{
    /// <summary>A matching item; <see cref="Url"/> is its page, ranges are UTF-16 offsets into the text they belong to.</summary>
    public sealed record Hit(
        int Plan, string Municipality, string Key, string Title, IReadOnlyList<Range> TitleHighlights, bool Starred, bool Related,
        string Pillar, string Strategy, IReadOnlyList<string> Departments, SnippetText Snippet, string Url);

    public sealed record SnippetText(string Text, IReadOnlyList<Range> Highlights, bool CutBefore, bool CutAfter);

    public sealed record Range(int Start, int Length);

    public sealed record FacetSet(
        IReadOnlyList<FacetValue> Plans, IReadOnlyList<FacetValue> Pillars, IReadOnlyList<FacetValue> Strategies,
        IReadOnlyList<FacetValue> Departments, int Starred);

    public sealed record FacetValue(string Value, string Label, int Count);

    public static SearchResponse From(string query, SearchResult result) => new(
        query, result.Total, result.Page, result.PageSize, result.PageCount,
        [.. result.Hits.Select(h => new Hit(
            h.PlanId, h.Municipality, h.Key, h.Title, Ranges(h.TitleHighlights), h.Starred, h.Related, h.PillarKey, h.StrategyKey,
            h.Departments, new SnippetText(h.Snippet.Text, Ranges(h.Snippet.Highlights), h.Snippet.CutBefore, h.Snippet.CutAfter),
            $"/plans/{h.PlanId}/items/{Uri.EscapeDataString(h.Key)}"))],
        new FacetSet(Values(result.Facets.Plans), Values(result.Facets.Pillars), Values(result.Facets.Strategies),
            Values(result.Facets.Departments), result.Facets.Starred));

    static List<Range> Ranges(IReadOnlyList<Highlight> highlights) => [.. highlights.Select(h => new Range(h.Start, h.Length))];

    static List<FacetValue> Values(IReadOnlyList<FacetCount> counts) => [.. counts.Select(c => new FacetValue(c.Value, c.Label, c.Count))];
}
