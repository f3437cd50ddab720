using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;

namespace Torikumi.Data.Search;

/// <summary>The hits of one page, read in full: only these get snippets, which is where the text is re-normalised.</summary>
static class SearchHits
{
    public static async Task<List<SearchHit>> LoadAsync(TorikumiDbContext db, SearchQuery query, List<(int Id, int PlanId)> page, CancellationToken ct)
    {
        var ids = page.Select(p => p.Id).ToArray();
        var planIds = page.Select(p => p.PlanId).Distinct().ToArray();
        var documents = await db.SearchDocuments.AsNoTracking()
            .Where(d => EF.Parameter(ids).Contains(d.Id))
            .Select(d => new { d.Id, d.PlanId, d.Key, d.Title, d.Text, d.Starred, d.Related, d.PillarKey, d.StrategyKey, d.Departments })
            .ToDictionaryAsync(d => d.Id, ct);
        var municipalities = await db.Plans.AsNoTracking()
            .Where(p => EF.Parameter(planIds).Contains(p.Id))
            .Select(p => new { p.Id, Municipality = p.Municipality.Name })
            .ToDictionaryAsync(p => p.Id, p => p.Municipality, ct);
        return [.. page.Select(p => documents[p.Id]).Select(d => new SearchHit(
            d.PlanId, municipalities[d.PlanId], d.Key, d.Title, TitleHighlights(d.Title, query), d.Starred, d.Related,
            d.PillarKey, d.StrategyKey, d.Departments.Length == 0 ? [] : d.Departments.Split('\n'), Snippet.Make(d.Text, query)))];
    }

    /// <summary>The matches within the title: a snippet as long as the title is the whole title, so its highlights apply.</summary>
    static IReadOnlyList<Highlight> TitleHighlights(string title, SearchQuery query)
    {
        if (title.Length == 0)
            return [];
        var whole = Snippet.Make(title, query, title.Length);
        return [.. whole.Highlights.Select(h => h with { Start = h.Start + whole.Offset })];
    }
}
