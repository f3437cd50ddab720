namespace Torikumi.Core.Revisions;

/// <summary>
/// Orders keys the way the plan reads: numbers numerically (4-9 before 4-10), initiatives before related projects
/// (4-3 before 4-R1), pillars and strategic plans (P2, S10) by their number. Deterministic for any string.
/// </summary>
public sealed class KeyOrder : IComparer<string?>
{
    public static readonly KeyOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var a = x.Split('-');
        var b = y.Split('-');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = Segment(a[i]).CompareTo(Segment(b[i]));
            if (c != 0) return c;
            c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(x, y);
    }

    static (int Rank, long Number) Segment(string s)
    {
        if (long.TryParse(s, out var n)) return (0, n);
        if (s.Length > 1 && long.TryParse(s.AsSpan(1), out n)) return (s[0] == 'R' ? 1 : 2, n);
        return (3, 0);
    }
}
