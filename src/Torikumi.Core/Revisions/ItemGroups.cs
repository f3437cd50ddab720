namespace Torikumi.Core.Revisions;

/// <summary>A set of old items that became a set of new items: a pair, a split (1 → n) or a merge (n → 1).</summary>
internal sealed class ItemGroup(int old, int @new, double confidence)
{
    public List<int> Olds { get; } = [old];
    public List<int> News { get; } = [@new];
    public double Confidence { get; set; } = confidence;
    /// <summary>The pair the group started from; the one compared for the changes of a split or merge.</summary>
    public int PrimaryOld { get; } = old;
    public int PrimaryNew { get; } = @new;
}

/// <summary>
/// Grows the one-to-one pairs into splits and merges. A new item left unpaired whose text is mostly found in an
/// old item (containment ≥ <see cref="MatchOptions.MinContainment"/>) is a split part of it when it also explains
/// noticeably more of the old text than the old item's partner does alone (≥ <see cref="MatchOptions.MinExtraCoverage"/>);
/// merges are the mirror image. The second condition keeps a new item that merely reuses common wording from
/// being taken for a part of an unchanged item.
/// </summary>
internal static class ItemGroups
{
    const int MinPartGrams = 6;
    const double MinWholeCoverage = 0.6;

    public static List<ItemGroup> Build(ItemProfile[] olds, ItemProfile[] news, ItemPairing pairing, MatchOptions options)
    {
        var groups = new List<ItemGroup>();
        var groupOfOld = new ItemGroup?[olds.Length];
        var groupOfNew = new ItemGroup?[news.Length];
        for (var i = 0; i < olds.Length; i++)
            if (pairing.NewOfOld[i] is var j and >= 0)
            {
                var g = new ItemGroup(i, j, pairing.Confidence[i]);
                groups.Add(g);
                groupOfOld[i] = groupOfNew[j] = g;
            }

        // Splits: unpaired new items found inside an old item.
        var orphanParts = new Dictionary<int, List<(int New, double Containment)>>();
        for (var j = 0; j < news.Length; j++)
        {
            if (groupOfNew[j] is not null || news[j].Item.Repost || news[j].All.Length < MinPartGrams)
                continue;
            if (BestWhole(news[j], pairing.CandidatesOfNew[j], olds, o => !o.Item.Repost, options) is not var (x, containment))
                continue;
            if (groupOfOld[x] is { } g)
            {
                if (g.Olds.Count == 1 && Gain(olds[x], g.News.Select(n => news[n]), news[j]) >= options.MinExtraCoverage)
                {
                    g.News.Add(j);
                    groupOfNew[j] = g;
                    g.Confidence = Math.Min(g.Confidence, containment);
                }
            }
            else
            {
                if (!orphanParts.TryGetValue(x, out var parts))
                    orphanParts[x] = parts = [];
                parts.Add((j, containment));
            }
        }
        foreach (var (x, parts) in orphanParts.OrderBy(p => p.Key))
            if (parts.Count >= 2 && TextGrams.Containment(olds[x].All, UnionOf(parts.Select(p => news[p.New]))) >= MinWholeCoverage)
            {
                var g = new ItemGroup(x, parts[0].New, parts.Min(p => p.Containment));
                foreach (var (j, _) in parts.Skip(1))
                    g.News.Add(j);
                foreach (var j in g.News)
                    groupOfNew[j] = g;
                groupOfOld[x] = g;
                groups.Add(g);
            }

        // Merges: unpaired old items found inside a new item.
        for (var i = 0; i < olds.Length; i++)
        {
            if (groupOfOld[i] is not null || olds[i].Item.Repost || olds[i].All.Length < MinPartGrams)
                continue;
            if (BestWhole(olds[i], pairing.CandidatesOfOld[i], news, n => !n.Item.Repost, options) is not var (m, containment))
                continue;
            if (groupOfNew[m] is { } g && g.News.Count == 1
                && Gain(news[m], g.Olds.Select(o => olds[o]), olds[i]) >= options.MinExtraCoverage)
            {
                g.Olds.Add(i);
                groupOfOld[i] = g;
                g.Confidence = Math.Min(g.Confidence, containment);
            }
        }

        foreach (var g in groups)
        {
            g.Olds.Sort();
            g.News.Sort();
        }
        return groups;
    }

    /// <summary>The candidate that contains most of <paramref name="part"/>, if it contains enough.</summary>
    static (int Index, double Containment)? BestWhole(ItemProfile part, List<int> candidates, ItemProfile[] wholes,
        Func<ItemProfile, bool> eligible, MatchOptions options)
    {
        (int Index, double Containment)? best = null;
        foreach (var k in candidates)
        {
            if (!eligible(wholes[k]))
                continue;
            var c = TextGrams.Containment(part.All, wholes[k].All);
            if (c >= options.MinContainment && (best is null || c > best.Value.Containment))
                best = (k, c);
        }
        return best;
    }

    /// <summary>How much more of <paramref name="whole"/> the parts explain once <paramref name="extra"/> joins them.</summary>
    static double Gain(ItemProfile whole, IEnumerable<ItemProfile> parts, ItemProfile extra)
    {
        var before = UnionOf(parts);
        return TextGrams.Containment(whole.All, TextGrams.Union(before, extra.All)) - TextGrams.Containment(whole.All, before);
    }

    static int[] UnionOf(IEnumerable<ItemProfile> items) =>
        items.Aggregate(Array.Empty<int>(), (acc, p) => TextGrams.Union(acc, p.All));
}
