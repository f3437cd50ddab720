using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Search;

/// <summary>
/// Runs a <see cref="SearchRequest"/> over the index (全文検索): the posting lists of the query's grams give the
/// candidates, words longer than a bigram are checked against their bigrams' positions, the facet blobs of the
/// versions with hits filter and count them, and only the requested page is read in full for its snippets. The
/// database only hands over rows by key; every decision is made here in C#, so SQLite and PostgreSQL agree.
/// </summary>
public sealed class PlanSearch(TorikumiDbContext db)
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.PageSize, SearchRequest.MaxPageSize);

        // One connection for the half-dozen queries of a search, instead of one from the pool (and its reset) for each.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await RunAsync(request, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    async Task<SearchResult> RunAsync(SearchRequest request, CancellationToken ct)
    {
        var filter = await FilterAsync(request, ct);
        var ranges = filter is null ? [] : await CurrentVersionsAsync(request.PlanId, ct);
        if (filter is null || ranges.Count == 0)
            return Empty(request);

        var candidates = await CandidatesAsync(request.Query, ranges, ct);
        var versionIds = candidates.Segments.Select(s => s.Range.PlanVersionId).ToArray();
        // The facets of the versions with candidates, and the names of their plans for the plan facet and the hits.
        var versions = await db.SearchVersions.AsNoTracking()
            .Where(v => EF.Parameter(versionIds).Contains(v.PlanVersionId))
            .Select(v => new { v.PlanVersionId, v.PlanId, v.Facets, Municipality = v.PlanVersion.Plan.Municipality.Name, v.PlanVersion.Plan.Title })
            .ToListAsync(ct);
        var blobs = versions.ToDictionary(v => v.PlanVersionId, v => v.Facets);
        var plans = versions.ToDictionary(v => v.PlanId, v => new PlanName(v.Municipality, v.Title));
        var tally = new HitTally(filter, candidates.Count);
        foreach (var segment in candidates.Segments.OrderBy(s => s.Range.PlanId))
            tally.Add(segment.Range, candidates.IdsOf(segment), blobs[segment.Range.PlanVersionId]);
        if (tally.Hits.Count == 0)
            return Empty(request);

        var labelVersion = candidates.Segments.Select(s => s.Range).Where(r => tally.Plans.ContainsKey(r.PlanId)).MinBy(r => r.PlanId)!.PlanVersionId;
        var facets = await new FacetLabels(db).FacetsAsync(tally, labelVersion, plans, ct);
        // long: page 2,147,483,647 of 100 must be past the end, not overflow back to the start.
        var skip = (long)(request.Page - 1) * request.PageSize;
        var page = skip >= tally.Hits.Count ? [] : tally.Hits.GetRange((int)skip, (int)Math.Min(request.PageSize, tally.Hits.Count - skip));
        var hits = await SearchHits.LoadAsync(db, request.Query, page, plans, ct);
        return new SearchResult(tally.Hits.Count, request.Page, request.PageSize, hits, facets);
    }

    static SearchResult Empty(SearchRequest request) =>
        new(0, request.Page, request.PageSize, [], new SearchFacets([], [], [], [], 0));

    /// <summary>The filters as facet value ids; null when a filter names a value no plan has (so nothing can match).</summary>
    async Task<FacetFilter?> FilterAsync(SearchRequest request, CancellationToken ct)
    {
        if (request is { Pillar: null, Strategy: null, Department: null })
            return new FacetFilter(null, null, null, request.StarredOnly);
        var (pillar, strategy, department) = (request.Pillar, request.Strategy, request.Department);
        var found = await db.SearchFacetValues.AsNoTracking()
            .Where(v => (v.Kind == SearchFacetKind.Pillar && v.Value == pillar)
                || (v.Kind == SearchFacetKind.Strategy && v.Value == strategy)
                || (v.Kind == SearchFacetKind.Department && v.Value == department))
            .ToDictionaryAsync(v => v.Kind, v => v.Id, ct);
        int? IdOf(SearchFacetKind kind) => found.TryGetValue(kind, out var id) ? id : null;
        var known = (pillar is null || found.ContainsKey(SearchFacetKind.Pillar))
            && (strategy is null || found.ContainsKey(SearchFacetKind.Strategy))
            && (department is null || found.ContainsKey(SearchFacetKind.Department));
        return known
            ? new FacetFilter(IdOf(SearchFacetKind.Pillar), IdOf(SearchFacetKind.Strategy), IdOf(SearchFacetKind.Department), request.StarredOnly)
            : null;
    }

    /// <summary>The id range of the latest indexed version of every plan (or of one plan), in id order.</summary>
    Task<List<VersionRange>> CurrentVersionsAsync(int? planId, CancellationToken ct) =>
        db.SearchVersions.AsNoTracking()
            .Where(v => v.Current && (planId == null || v.PlanId == planId))
            .OrderBy(v => v.FirstDocumentId)
            .Select(v => new VersionRange(v.PlanVersionId, v.PlanId, v.FirstDocumentId, v.DocumentCount))
            .ToListAsync(ct);

    /// <summary>
    /// The current documents that contain every term. The posting lists of the terms' grams are intersected, which
    /// is exact for words of one or two characters; longer words are then checked against the positions of their
    /// bigrams (<see cref="WordVerifier"/>), read for those bigrams only.
    /// </summary>
    async Task<Candidates> CandidatesAsync(SearchQuery query, List<VersionRange> ranges, CancellationToken ct)
    {
        var grams = query.Terms.SelectMany(t => t.Grams).Distinct(StringComparer.Ordinal).ToList();
        var longWords = query.Terms.Where(t => t.Normalised.EnumerateRunes().Count() > 2).Select(t => t.Normalised).ToList();
        var positional = longWords.SelectMany(SearchText.LookupGrams).Distinct(StringComparer.Ordinal).ToList();
        var postings = await PostingStore.ReadAsync(db, grams, positional, ct);
        if (postings.Count < grams.Count)
            return Candidates.Locate([], ranges);
        var located = Candidates.Locate(PostingList.Intersect([.. postings.Values.Select(p => p.Ids)]), ranges);
        if (longWords.Count == 0)
            return located;
        var verifiers = longWords.Select(w => new WordVerifier(w, postings)).ToList();
        return located.Where(id => verifiers.All(v => v.Matches(id)));
    }
}
