using Microsoft.EntityFrameworkCore;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Search;

/// <summary>Numbers facet values (pillar keys, strategic-plan keys, department names) once for all plans.</summary>
static class FacetValueIds
{
    /// <summary>The id of every value asked for, adding the ones not numbered yet (inside the caller's transaction).</summary>
    public static async Task<Dictionary<(SearchFacetKind Kind, string Value), int>> ResolveAsync(
        TorikumiDbContext db, IReadOnlyCollection<(SearchFacetKind Kind, string Value)> wanted, CancellationToken ct)
    {
        var names = wanted.Select(w => w.Value).Distinct(StringComparer.Ordinal).ToArray();
        var known = await db.SearchFacetValues.AsNoTracking()
            .Where(v => EF.Parameter(names).Contains(v.Value))
            .ToListAsync(ct);
        var ids = known.ToDictionary(v => (v.Kind, v.Value), v => v.Id);
        var added = wanted.Where(w => !ids.ContainsKey(w)).Distinct()
            .Select(w => new SearchFacetValue { Kind = w.Kind, Value = w.Value }).ToList();
        if (added.Count > 0)
        {
            db.SearchFacetValues.AddRange(added);
            await db.SaveChangesAsync(ct);
            foreach (var v in added)
                ids[(v.Kind, v.Value)] = v.Id;
        }
        return ids;
    }
}
