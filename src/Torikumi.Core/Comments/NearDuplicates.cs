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
            if (rune.IsBmp)
                sb.Append((char)rune.Value);
            else
                sb.Append(char.ConvertFromUtf32(rune.Value));
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
        // Identical texts (a campaign letter sent 500 times) are joined at once and compared only once, by one representative.
        var representatives = new List<int>();
        foreach (var group in Enumerable.Range(0, opinions.Count).GroupBy(i => normalised[i], StringComparer.Ordinal))
        {
            var first = group.First();
            representatives.Add(first);
            foreach (var other in group.Skip(1))
                links.Join(first, other, 1.0);
        }
        // Strongest links first (Kruskal), so a group's weakest link is the weakest one it really needs.
        var distinct = representatives.Select(i => normalised[i]).ToArray();
        foreach (var (i, j, similarity) in SimilarPairs(distinct, threshold).OrderByDescending(p => p.Similarity).ThenBy(p => p.I).ThenBy(p => p.J))
            links.Join(representatives[i], representatives[j], similarity);

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

    /// <summary>
    /// Every pair (i &lt; j by index) with Dice ≥ threshold, by prefix filtering (PPJoin): sets are sorted by size and
    /// their bigrams by rarity; a set of size |x| probes with its first |x| − ⌈t|x|/(2−t)⌉ + 1 bigrams an index of the
    /// first |y| − ⌈t|y|⌉ + 1 bigrams of each smaller set y already seen. Two sets with Dice ≥ t share at least
    /// α = ⌈t(|x|+|y|)/2⌉ bigrams, so they must meet within those prefixes; a candidate is dropped as soon as the bigrams
    /// left after the meeting positions cannot reach α, and survivors are verified by a merge that stops early.
    /// </summary>
    static List<(int I, int J, double Similarity)> SimilarPairs(string[] normalised, double threshold)
    {
        var sets = normalised.Select(Bigrams).ToArray();
        var frequency = new Dictionary<long, int>();
        foreach (var set in sets)
            foreach (var g in set)
                frequency[g] = frequency.GetValueOrDefault(g) + 1;
        // Rare bigrams first: prefixes then hold the most selective bigrams and the posting lists stay short.
        var rank = new Dictionary<long, int>(frequency.Count);
        foreach (var (gram, r) in frequency.OrderBy(p => p.Value).ThenBy(p => p.Key).Select((p, r) => (p.Key, r)))
            rank[gram] = r;
        var ordered = new int[sets.Length][];
        for (var i = 0; i < sets.Length; i++)
        {
            ordered[i] = [.. sets[i].Select(g => rank[g])];
            Array.Sort(ordered[i]);
        }

        var bySize = Enumerable.Range(0, sets.Length).Where(i => ordered[i].Length > 0).OrderBy(i => ordered[i].Length).ToArray();
        var index = new Dictionary<int, List<(int Set, int Position)>>();
        var overlap = new Dictionary<int, int>();
        var results = new List<(int, int, double)>();
        foreach (var x in bySize)
        {
            var xs = ordered[x];
            var minSize = (int)Math.Ceiling(threshold / (2 - threshold) * xs.Length - 1e-9);
            var probe = xs.Length - MinOverlap(xs.Length * threshold / (2 - threshold)) + 1;
            overlap.Clear();
            for (var i = 0; i < probe; i++)
            {
                if (!index.TryGetValue(xs[i], out var postings))
                    continue;
                foreach (var (y, j) in postings)
                {
                    var ys = ordered[y];
                    if (ys.Length < minSize)
                        continue;
                    var count = overlap.GetValueOrDefault(y);
                    if (count < 0)
                        continue; // already ruled out
                    var needed = MinOverlap(threshold * (xs.Length + ys.Length) / 2);
                    overlap[y] = count + 1 + Math.Min(xs.Length - i - 1, ys.Length - j - 1) >= needed ? count + 1 : -1;
                }
            }
            foreach (var (y, count) in overlap)
            {
                if (count <= 0)
                    continue;
                var ys = ordered[y];
                var needed = MinOverlap(threshold * (xs.Length + ys.Length) / 2);
                var common = Common(xs, ys, needed);
                if (common >= needed)
                    results.Add((Math.Min(x, y), Math.Max(x, y), 2.0 * common / (xs.Length + ys.Length)));
            }
            var indexed = xs.Length - MinOverlap(threshold * xs.Length) + 1;
            for (var i = 0; i < indexed; i++)
            {
                if (!index.TryGetValue(xs[i], out var postings))
                    index[xs[i]] = postings = [];
                postings.Add((x, i));
            }
        }
        return results;
    }

    /// <summary>⌈bound⌉, at least 1, with room for the rounding of the product that gave it.</summary>
    static int MinOverlap(double bound) => Math.Max(1, (int)Math.Ceiling(bound - 1e-9));

    /// <summary>The bigrams two sorted sets share; stops early (returning less than needed) once needed is out of reach.</summary>
    static int Common(int[] a, int[] b, int needed)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (common + Math.Min(a.Length - i, b.Length - j) < needed)
                return common;
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
        return common;
    }

}
