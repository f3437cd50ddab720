using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Torikumi.Core.Japanese;

namespace Torikumi.Core.Comments;

/// <summary>
/// Near-duplicate opinions (類似意見), e.g. an organised campaign sending one letter many times with small changes.
/// Texts are compared after <see cref="Normalise"/>: the portal's search normalisation (<see cref="SearchText.Normalise"/>:
/// NFKC width folding, katakana → hiragana, case, whitespace removed), with punctuation and symbols removed as well.
/// <see cref="Similarity"/> is the Dice coefficient of the two sets of character bigrams, 2|A∩B| / (|A| + |B|).
/// <see cref="Suggest"/> finds every pair at or above a threshold without comparing all pairs: bigrams are ordered by
/// rarity and only the first few of each text (its prefix, long enough that two texts that similar must share one) are
/// indexed and probed; texts whose sizes alone rule out the threshold are skipped. See docs/comments-rules.md.
/// </summary>
public static class NearDuplicates
{
    public const double DefaultThreshold = 0.8;

    /// <summary>The comparison form: search normalisation, then punctuation and symbols dropped.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = SearchText.Normalise(text);
        var sb = new StringBuilder(normal.Length);
        foreach (var rune in normal.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherPunctuation
                or >= UnicodeCategory.MathSymbol and <= UnicodeCategory.OtherSymbol)
                continue;
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>
    /// SHA-256 (hex, lower case) of <see cref="Normalise"/>: two submissions with the same fingerprint say the same thing
    /// word for word, whatever their width, spacing or punctuation. Used to spot an identical resubmission.
    /// </summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));

    /// <summary>0 (nothing in common) to 1 (the same bigrams; texts identical after normalisation always give 1).</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var na = Normalise(a);
        var nb = Normalise(b);
        if (string.Equals(na, nb, StringComparison.Ordinal))
            return 1.0;
        var x = Bigrams(na);
        var y = Bigrams(nb);
        if (x.Count == 0 || y.Count == 0)
            return 0.0;
        var common = x.Count <= y.Count ? x.Count(y.Contains) : y.Count(x.Contains);
        return 2.0 * common / (x.Count + y.Count);
    }

    /// <summary>
    /// The distinct bigrams of a normalised text, each as two Unicode scalars packed in a long; a text of one character
    /// has that character as its only "bigram", so it can still match itself.
    /// </summary>
    internal static HashSet<long> Bigrams(string normalised)
    {
        var set = new HashSet<long>();
        var previous = -1;
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (previous >= 0)
                set.Add(((long)previous << 21) | (uint)rune.Value);
            previous = rune.Value;
        }
        if (set.Count == 0 && previous >= 0)
            set.Add(((long)previous << 21) | 0x1FFFFF);
        return set;
    }

    /// <summary>
    /// Groups of opinions at least <paramref name="threshold"/> similar (single link: A~B and B~C put A, B and C in one
    /// group), largest first, then by first id. Texts identical after normalisation are always grouped.
    /// </summary>
    public static IReadOnlyList<DuplicateGroup> Suggest(IReadOnlyList<(int Id, string Text)> opinions, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(opinions);
        if (threshold is <= 0 or > 1 || double.IsNaN(threshold))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a similarity above 0 and at most 1.");
        var ids = new HashSet<int>();
        foreach (var (id, text) in opinions)
        {
            if (!ids.Add(id))
                throw new ArgumentException($"Opinion id {id} appears twice.", nameof(opinions));
            ArgumentNullException.ThrowIfNull(text, nameof(opinions));
        }

        var normalised = opinions.Select(o => Normalise(o.Text)).ToArray();
        var links = new Links(opinions.Count);
        foreach (var group in Enumerable.Range(0, opinions.Count).GroupBy(i => normalised[i], StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                links.Join(first, other, 1.0);
        }
        // Strongest links first (Kruskal), so a group's weakest link is the weakest one it really needs.
        foreach (var (i, j, similarity) in SimilarPairs(normalised, threshold).OrderByDescending(p => p.Similarity).ThenBy(p => p.I).ThenBy(p => p.J))
            links.Join(i, j, similarity);

        return [.. links.Groups()
            .Select(members => new DuplicateGroup(
                [.. members.Select(m => opinions[m].Id).Order()],
                links.Weakest(members),
                members.All(m => string.Equals(normalised[m], normalised[members[0]], StringComparison.Ordinal))))
            .OrderByDescending(g => g.Ids.Count).ThenBy(g => g.Ids[0])];
    }

    /// <summary>Union–find over opinion indexes, remembering the weakest similarity that joined each group.</summary>
    sealed class Links(int count)
    {
        readonly int[] parent = [.. Enumerable.Range(0, count)];
        readonly Dictionary<int, double> weakest = [];

        int Root(int i)
        {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        }

        public void Join(int a, int b, double similarity)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra == rb)
                return; // already joined through stronger links
            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            weakest[keep] = Math.Min(similarity, Math.Min(weakest.GetValueOrDefault(ra, 1.0), weakest.GetValueOrDefault(rb, 1.0)));
            weakest.Remove(drop);
            parent[drop] = keep;
        }

        public double Weakest(IReadOnlyList<int> members) => weakest.GetValueOrDefault(Root(members[0]), 1.0);

        public IEnumerable<List<int>> Groups() =>
            Enumerable.Range(0, parent.Length).GroupBy(Root).Where(g => g.Count() > 1).Select(g => g.ToList());
    }

    /// <summary>Every pair (i &lt; j by index) with Dice ≥ threshold, by prefix filtering (see the class comment).</summary>
    static IEnumerable<(int I, int J, double Similarity)> SimilarPairs(string[] normalised, double threshold)
    {
        var sets = normalised.Select(Bigrams).ToArray();
        var frequency = new Dictionary<long, int>();
        foreach (var set in sets)
            foreach (var g in set)
                frequency[g] = frequency.GetValueOrDefault(g) + 1;
        // Rare bigrams first: prefixes then hold the most selective bigrams and the posting lists stay short.
        var rank = frequency.OrderBy(p => p.Value).ThenBy(p => p.Key).Select((p, r) => (p.Key, r)).ToDictionary(p => p.Key, p => p.r);
        var ordered = sets.Select(s => s.Select(g => rank[g]).Order().ToArray()).ToArray();

        var bySize = Enumerable.Range(0, sets.Length).Where(i => ordered[i].Length > 0).OrderBy(i => ordered[i].Length).ToArray();
        var index = new Dictionary<int, List<int>>();
        var overlap = new Dictionary<int, int>();
        var results = new List<(int, int, double)>();
        foreach (var x in bySize)
        {
            var size = ordered[x].Length;
            var minSize = (int)Math.Ceiling(threshold / (2 - threshold) * size - 1e-9);
            var prefix = size - MinOverlap(size, threshold) + 1;
            overlap.Clear();
            for (var k = 0; k < prefix; k++)
                if (index.TryGetValue(ordered[x][k], out var postings))
                    foreach (var y in postings)
                        if (ordered[y].Length >= minSize)
                            overlap[y] = 1;
            foreach (var y in overlap.Keys)
            {
                var similarity = Dice(ordered[x], ordered[y]);
                if (similarity >= threshold - 1e-12)
                    results.Add((Math.Min(x, y), Math.Max(x, y), similarity));
            }
            for (var k = 0; k < prefix; k++)
            {
                if (!index.TryGetValue(ordered[x][k], out var postings))
                    index[ordered[x][k]] = postings = [];
                postings.Add(x);
            }
        }
        return results;
    }

    /// <summary>The fewest shared bigrams a set of this size can have with any set at least <paramref name="t"/> similar.</summary>
    static int MinOverlap(int size, double t) => Math.Max(1, (int)Math.Ceiling(t * size / (2 - t) - 1e-9));

    static double Dice(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        return 2.0 * common / (a.Length + b.Length);
    }
}
