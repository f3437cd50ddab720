using System.Runtime.CompilerServices;
namespace Torikumi.Data.Search;

/// <summary>A current version's place in the id space: its documents are ids FirstId … FirstId + Count − 1.</summary>
sealed record VersionRange(int PlanVersionId, int PlanId, int FirstId, int Count);

/// <summary>A plan as the results name it: its municipality, and its title where one municipality has several plans.</summary>
sealed record PlanName(string Municipality, string Title);

/// <summary>Facet value ids a search must match; null means no filter of that kind.</summary>
sealed record FacetFilter(int? Pillar, int? Strategy, int? Department, bool StarredOnly);

/// <summary>
/// Walks the facets of each version's matching documents once: drops the documents the filters exclude, keeps the
/// rest in result order (plan id, then reading order) and counts them per plan, pillar, strategic plan and department.
/// A search for 区 passes a quarter of a million documents through here, so counts are arrays indexed by value id.
/// </summary>
sealed class HitTally(FacetFilter filter, int capacity)
{
    public List<(int Id, int PlanId)> Hits { get; } = new(capacity);
    public Dictionary<int, int> Plans { get; } = [];
    public Counts Pillars { get; } = new();
    public Counts Strategies { get; } = new();
    public Counts Departments { get; } = new();
    public int Starred { get; private set; }

    /// <summary>Adds one version's candidates (ascending ids inside <paramref name="range"/>), given its facet blob.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(VersionRange range, ReadOnlySpan<int> ids, byte[] facets)
    {
        var reader = new DocumentFacets.Reader(facets);
        var offset = -1;
        var kept = 0;
        foreach (var id in ids)
        {
            var target = id - range.FirstId;
            while (offset < target)
            {
                if (!reader.Next())
                    throw new InvalidDataException(
                        $"The search facets of plan version {range.PlanVersionId} hold fewer documents than its range; rebuild the index.");
                offset++;
            }
            if (!Keeps(ref reader))
                continue;
            kept++;
            Hits.Add((id, range.PlanId));
            Pillars.Add(reader.Pillar);
            Strategies.Add(reader.Strategy);
            foreach (var department in reader.Departments)
                Departments.Add(department);
            if (reader.Starred)
                Starred++;
        }
        if (kept > 0)
            Plans[range.PlanId] = Plans.GetValueOrDefault(range.PlanId) + kept;
    }

    bool Keeps(ref DocumentFacets.Reader d) =>
        (filter.Pillar is not { } p || d.Pillar == p)
        && (filter.Strategy is not { } s || d.Strategy == s)
        && (!filter.StarredOnly || d.Starred)
        && (filter.Department is not { } dep || d.Departments.Contains(dep));

    /// <summary>How many hits have each facet value id.</summary>
    public sealed class Counts
    {
        int[] counts = new int[64];

        public void Add(int valueId)
        {
            if (valueId >= counts.Length)
                Array.Resize(ref counts, Math.Max(valueId + 1, counts.Length * 2));
            counts[valueId]++;
        }

        public IEnumerable<(int ValueId, int Count)> NonZero()
        {
            for (var i = 0; i < counts.Length; i++)
                if (counts[i] > 0)
                    yield return (i, counts[i]);
        }
    }
}
