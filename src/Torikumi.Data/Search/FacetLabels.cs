using Microsoft.EntityFrameworkCore;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Search;

/// <summary>Turns the counts of a <see cref="HitTally"/> into <see cref="SearchFacets"/> with names and labels to show.</summary>
sealed class FacetLabels(TorikumiDbContext db)
{
    /// <param name="labelVersion">
    /// The version whose pillar and strategic-plan titles label those facets: the first plan with hits. Keys are the
    /// same across plans of one kind (P1…P6, S1…S22), so one plan's titles name them; a key it lacks is shown as is.
    /// </param>
    public async Task<SearchFacets> FacetsAsync(HitTally tally, int labelVersion, IReadOnlyDictionary<int, PlanName> plans, CancellationToken ct)
    {
        var valueIds = tally.Pillars.NonZero().Concat(tally.Strategies.NonZero()).Concat(tally.Departments.NonZero())
            .Select(c => c.ValueId).ToArray();
        var values = await db.SearchFacetValues.AsNoTracking()
            .Where(v => EF.Parameter(valueIds).Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.Value, ct);
        var headings = await db.Nodes.AsNoTracking()
            .Where(n => n.PlanVersionId == labelVersion && (n.Kind == NodeKind.Pillar || n.Kind == NodeKind.Strategy))
            .Select(n => new { n.Key, n.Number, n.Title })
            .ToDictionaryAsync(n => n.Key, n => (n.Number, Label: $"{n.Number} {n.Title}"), StringComparer.Ordinal, ct);

        List<FacetCount> InPlanOrder(HitTally.Counts counts) =>
        [
            .. counts.NonZero()
                .Select(c => (Value: values[c.ValueId], c.Count))
                .Select(c => (c.Value, c.Count, Heading: headings.TryGetValue(c.Value, out var h) ? h : ((int Number, string Label)?)null))
                .OrderBy(c => c.Heading is null).ThenBy(c => c.Heading?.Number).ThenBy(c => c.Value.Length).ThenBy(c => c.Value, StringComparer.Ordinal)
                .Select(c => new FacetCount(c.Value, c.Heading?.Label ?? c.Value, c.Count)),
        ];

        return new SearchFacets(
            Plans(tally, plans),
            InPlanOrder(tally.Pillars),
            InPlanOrder(tally.Strategies),
            [.. tally.Departments.NonZero().Select(c => new FacetCount(values[c.ValueId], values[c.ValueId], c.Count))
                .OrderBy(c => c.Value, StringComparer.Ordinal)],
            tally.Starred);
    }

    /// <summary>Plans by id, labelled with their municipality, and with the title too where one municipality has several.</summary>
    static List<FacetCount> Plans(HitTally tally, IReadOnlyDictionary<int, PlanName> names)
    {
        var shared = tally.Plans.Keys.GroupBy(id => names[id].Municipality).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return [.. tally.Plans.OrderBy(p => p.Key).Select(p => new FacetCount(
            p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            shared.Contains(names[p.Key].Municipality) ? $"{names[p.Key].Municipality} {names[p.Key].Title}" : names[p.Key].Municipality,
            p.Value))];
    }
}
