using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

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
            .Select(d => new { d.Id, d.NodeId, d.PlanId, d.Key, d.Title, d.Starred, d.Related, d.PillarKey, d.StrategyKey, d.Departments })
            .ToDictionaryAsync(d => d.Id, ct);
        var texts = await TextsAsync(db, [.. documents.Values.Select(d => d.NodeId)], ct);
        var municipalities = await db.Plans.AsNoTracking()
            .Where(p => EF.Parameter(planIds).Contains(p.Id))
            .Select(p => new { p.Id, Municipality = p.Municipality.Name })
            .ToDictionaryAsync(p => p.Id, p => p.Municipality, ct);
        return [.. page.Select(p => documents[p.Id]).Select(d => new SearchHit(
            d.PlanId, municipalities[d.PlanId], d.Key, d.Title, TitleHighlights(d.Title, query), d.Starred, d.Related,
            d.PillarKey, d.StrategyKey, d.Departments.Length == 0 ? [] : d.Departments.Split('\n'),
            Snippet.Make(texts[d.NodeId], query)))];
    }

    /// <summary>Each node's searchable text as written, rebuilt from its stored parts by the same rule the index used.</summary>
    static async Task<Dictionary<int, string>> TextsAsync(TorikumiDbContext db, int[] nodeIds, CancellationToken ct)
    {
        var nodes = await db.Nodes.AsNoTracking()
            .Where(n => EF.Parameter(nodeIds).Contains(n.Id))
            .Select(n => new { n.Id, n.Key, n.Title, n.Body, n.List, n.BodyAfterList })
            .ToListAsync(ct);
        var footnotes = (await db.NodeFootnotes.AsNoTracking()
                .Where(f => EF.Parameter(nodeIds).Contains(f.NodeId))
                .Select(f => new { f.NodeId, f.Position, f.Mark, f.Term, f.Text })
                .ToListAsync(ct))
            .ToLookup(f => f.NodeId);
        // Only the parts ItemSearchText reads matter; key, number and section are placeholders.
        return nodes.ToDictionary(n => n.Id, n => ItemSearchText.Of(new PlanItem
        {
            Key = n.Key,
            Number = 0,
            Section = ItemSection.Initiatives,
            Title = n.Title,
            Body = n.Body,
            List = n.List,
            BodyAfterList = n.BodyAfterList,
            Footnotes = [.. footnotes[n.Id].OrderBy(f => f.Position).Select(f => new Footnote(f.Mark, f.Term, f.Text))],
        }));
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
