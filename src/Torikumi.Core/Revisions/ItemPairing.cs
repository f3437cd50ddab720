namespace Torikumi.Core.Revisions;

/// <summary>
/// One-to-one pairing of old and new items by wording: an inverted bigram index proposes a few candidates per old
/// item (rare bigrams only, so the cost grows with the plan, not with its square), each candidate is scored exactly,
/// and pairs are accepted greedily from the best score down, each item used once. Scores add small structural
/// bonuses to the text similarity (same key, same strategic plan, shared owners) so that ties between look-alikes
/// (a 【再掲】 and its original, two initiatives of the same section) go the structural way.
/// </summary>
internal sealed class ItemPairing
{
    public const double SameKeyBonus = 0.15;
    public const double SameStrategyBonus = 0.05;
    public const double SharedOwnersBonus = 0.05;

    public ItemPairing(ItemProfile[] olds, ItemProfile[] news, IReadOnlyDictionary<string, string> strategyMap, MatchOptions options)
    {
        NewOfOld = Enumerable.Repeat(-1, olds.Length).ToArray();
        OldOfNew = Enumerable.Repeat(-1, news.Length).ToArray();
        Similarity = new double[olds.Length];
        Confidence = new double[olds.Length];
        BestOld = new double[olds.Length];
        BestNew = new double[news.Length];
        CandidatesOfOld = [.. Enumerable.Range(0, olds.Length).Select(_ => new List<int>())];
        CandidatesOfNew = [.. Enumerable.Range(0, news.Length).Select(_ => new List<int>())];

        var newByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < news.Length; j++)
            newByKey[news[j].Key] = j;

        // Candidates are proposed from both sides: a short split part may not be among the old item's closest new
        // items (its siblings share more words), but the old item is surely among the part's closest old items.
        var pairs = new HashSet<(int Old, int New)>();
        var fromOld = TopCandidates(olds, news, options.Candidates);
        var fromNew = TopCandidates(news, olds, options.Candidates);
        for (var i = 0; i < olds.Length; i++)
        {
            foreach (var j in fromOld[i])
                pairs.Add((i, j));
            if (newByKey.TryGetValue(olds[i].Key, out var sameKey))
                pairs.Add((i, sameKey));
        }
        for (var j = 0; j < news.Length; j++)
            foreach (var i in fromNew[j])
                pairs.Add((i, j));
        var scored = new List<(double Score, double Sim, int Old, int New)>();
        foreach (var (i, j) in pairs.Order())
        {
            var o = olds[i];
            var n = news[j];
            CandidatesOfOld[i].Add(j);
            CandidatesOfNew[j].Add(i);
            var sim = ItemProfile.Similarity(o, n);
            BestOld[i] = Math.Max(BestOld[i], sim);
            BestNew[j] = Math.Max(BestNew[j], sim);
            if (o.Item.Repost != n.Item.Repost)
                continue;
            if (sim < (o.Key == n.Key ? options.MinSimilaritySameKey : options.MinSimilarity))
                continue;
            scored.Add((sim + Bonus(o, n, strategyMap), sim, i, j));
        }

        scored.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Old != b.Old ? a.Old.CompareTo(b.Old) : a.New.CompareTo(b.New));
        foreach (var (score, sim, i, j) in scored)
        {
            if (NewOfOld[i] >= 0 || OldOfNew[j] >= 0)
                continue;
            NewOfOld[i] = j;
            OldOfNew[j] = i;
            Similarity[i] = sim;
        }

        // Confidence: the similarity, with the distance to a perfect match shrunk by structural agreement, and
        // lowered when another candidate of either item scored nearly as well (an administrator should look twice).
        var rival = new double[olds.Length];
        var rivalOfNew = new double[news.Length];
        foreach (var (score, _, i, j) in scored)
        {
            if (NewOfOld[i] != j)
                rival[i] = Math.Max(rival[i], score);
            if (OldOfNew[j] != i)
                rivalOfNew[j] = Math.Max(rivalOfNew[j], score);
        }
        foreach (var (score, sim, i, j) in scored)
        {
            if (NewOfOld[i] != j)
                continue;
            var o = olds[i];
            var n = news[j];
            var shrink = (o.Key == n.Key ? 0.5 : 1) * (strategyMap.TryGetValue(o.Strategy, out var s) && s == n.Strategy ? 0.8 : 1);
            var confidence = 1 - (1 - sim) * shrink;
            var margin = score - Math.Max(rival[i], rivalOfNew[j]);
            if (margin < AmbiguityMargin)
                confidence *= 0.5 + 0.5 * Math.Max(0, margin) / AmbiguityMargin;
            Confidence[i] = confidence;
        }
    }

    /// <summary>How many of an item's rarest bigrams are looked up in the index to find its candidates.</summary>
    const int MaxLookupGrams = 48;

    /// <summary>A rival candidate scoring within this of the chosen pair makes the pair ambiguous.</summary>
    public const double AmbiguityMargin = 0.1;

    /// <summary>For each old item, its paired new item or −1.</summary>
    public int[] NewOfOld { get; }
    /// <summary>For each new item, its paired old item or −1.</summary>
    public int[] OldOfNew { get; }
    public double[] Similarity { get; }
    public double[] Confidence { get; }
    /// <summary>Best similarity each old item reached with any candidate (paired or not).</summary>
    public double[] BestOld { get; }
    public double[] BestNew { get; }
    public List<int>[] CandidatesOfOld { get; }
    public List<int>[] CandidatesOfNew { get; }

    static double Bonus(ItemProfile o, ItemProfile n, IReadOnlyDictionary<string, string> strategyMap)
    {
        var bonus = 0.0;
        if (o.Key == n.Key)
            bonus += SameKeyBonus;
        if (strategyMap.TryGetValue(o.Strategy, out var s) && s == n.Strategy)
            bonus += SameStrategyBonus;
        if (o.Units.Count > 0 && n.Units.Count > 0)
        {
            var shared = o.Units.Intersect(n.Units, StringComparer.Ordinal).Count();
            bonus += SharedOwnersBonus * shared / (o.Units.Count + n.Units.Count - shared);
        }
        return bonus;
    }

    /// <summary>For each item of <paramref name="from"/>, the <paramref name="k"/> items of <paramref name="to"/> sharing most usable bigrams with it.</summary>
    static List<int>[] TopCandidates(ItemProfile[] from, ItemProfile[] to, int k)
    {
        var postings = Postings(to, out var usable);
        var result = new List<int>[from.Length];
        var counts = new int[to.Length];
        var touched = new List<int>();
        var rarest = new List<(int Count, int Gram)>();
        for (var i = 0; i < from.Length; i++)
        {
            // The rarest bigrams of the item say most about which items resemble it; using a bounded number of
            // them keeps the work per item constant however long its text.
            rarest.Clear();
            foreach (var g in from[i].All)
                if (postings.TryGetValue(g, out var list))
                    rarest.Add((list.Count, g));
            rarest.Sort();
            var usableCount = rarest.Count(r => usable(r.Gram));
            var take = usableCount >= 3 ? Math.Min(usableCount, MaxLookupGrams) : Math.Min(rarest.Count, MaxLookupGrams);
            touched.Clear();
            for (var r = 0; r < take; r++)
                foreach (var j in postings[rarest[r].Gram])
                    if (counts[j]++ == 0)
                        touched.Add(j);
            touched.Sort((a, b) => counts[b] != counts[a] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
            result[i] = touched.Count > k ? touched.GetRange(0, k) : [.. touched];
            foreach (var j in touched)
                counts[j] = 0;
        }
        return result;
    }

    /// <summary>
    /// Bigram → items containing it. Bigrams found in more than a tenth of the items (する, の推 …) say little
    /// and would make candidate generation quadratic, so they are not used for it; an item made only of such
    /// bigrams uses them all.
    /// </summary>
    static Dictionary<int, List<int>> Postings(ItemProfile[] items, out Func<int, bool> usable)
    {
        var postings = new Dictionary<int, List<int>>();
        for (var j = 0; j < items.Length; j++)
            foreach (var g in items[j].All)
            {
                if (!postings.TryGetValue(g, out var list))
                    postings[g] = list = [];
                list.Add(j);
            }
        var cap = Math.Max(16, items.Length / 10);
        usable = g => !postings.TryGetValue(g, out var list) || list.Count <= cap;
        return postings;
    }
}
