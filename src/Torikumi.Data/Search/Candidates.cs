using System.Runtime.CompilerServices;
namespace Torikumi.Data.Search;

/// <summary>
/// Candidate document ids (ascending) cut into one segment per current version: what a search carries from the
/// posting lists through verification to the facet tally, flat so that a quarter of a million ids cost one array.
/// </summary>
sealed class Candidates
{
    readonly int[] ids;

    Candidates(int[] ids, List<(VersionRange Range, int Start, int Count)> segments)
    {
        this.ids = ids;
        Segments = segments;
    }

    public List<(VersionRange Range, int Start, int Count)> Segments { get; }

    public int Count => ids.Length;

    public ReadOnlySpan<int> Ids => ids;

    public ReadOnlySpan<int> IdsOf((VersionRange Range, int Start, int Count) segment) => ids.AsSpan(segment.Start, segment.Count);

    /// <summary>The ids that fall in one of the <paramref name="ranges"/> (sorted by first id, not overlapping), by range.</summary>
    public static Candidates Locate(IReadOnlyList<int> sorted, List<VersionRange> ranges) => Keep(sorted, ranges, _ => true);

    /// <summary>The same candidates without those <paramref name="keep"/> rejects.</summary>
    public Candidates Where(Func<int, bool> keep) => Keep(ids, [.. Segments.Select(s => s.Range)], keep);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static Candidates Keep(IReadOnlyList<int> sorted, List<VersionRange> ranges, Func<int, bool> keep)
    {
        var kept = new List<int>(sorted.Count);
        var segments = new List<(VersionRange, int, int)>();
        var r = 0;
        var start = 0;
        void Close()
        {
            if (kept.Count > start)
                segments.Add((ranges[r], start, kept.Count - start));
            start = kept.Count;
        }
        foreach (var id in sorted)
        {
            while (r < ranges.Count && id >= ranges[r].FirstId + ranges[r].Count)
            {
                Close();
                r++;
            }
            if (r == ranges.Count)
                break;
            if (id >= ranges[r].FirstId && keep(id))
                kept.Add(id);
        }
        if (r < ranges.Count)
            Close();
        return new Candidates([.. kept], segments);
    }
}
