using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Data.Search;

/// <summary>The hits of one page, read in full: only these get snippets, which is where the text is re-normalised.</summary>
static class SearchHits
{
    public static async Task<List<SearchHit>> LoadAsync(
        TorikumiDbContext db, SearchQuery query, List<(int Id, int PlanId)> page, IReadOnlyDictionary<int, PlanName> plans, CancellationToken ct)
    {
        var ids = page.Select(p => p.Id).ToArray();
        var documents = await db.SearchDocuments.AsNoTracking()
            .Where(d => EF.Parameter(ids).Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.PlanId, d.Key, d.Title, d.Starred, d.Related, d.PillarKey, d.StrategyKey, d.Departments,
                d.Node.Body, d.Node.List, d.Node.BodyAfterList,
                Footnotes = d.Node.Footnotes.OrderBy(f => f.Position).Select(f => new Footnote(f.Mark, f.Term, f.Text)).ToList(),
            })
            .ToDictionaryAsync(d => d.Id, ct);
        return [.. page.Select(p => documents[p.Id]).Select(d => new SearchHit(
            d.PlanId, plans[d.PlanId].Municipality, d.Key, d.Title, TitleHighlights(d.Title, query), d.Starred, d.Related,
            d.PillarKey, d.StrategyKey, d.Departments.Length == 0 ? [] : d.Departments.Split('\n'),
            // The searchable text as written, rebuilt from the node by the rule the index used; only the parts
            // ItemSearchText reads matter, so key, number and section are placeholders.
            Snippet.Make(ItemSearchText.Of(new PlanItem
            {
                Key = d.Key, Number = 0, Section = ItemSection.Initiatives, Title = d.Title,
                Body = d.Body, List = d.List, BodyAfterList = d.BodyAfterList, Footnotes = d.Footnotes,
            }), query)))];
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
