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
/// Grows the one-to-one pairs into splits and merges. A new item left unpaired whose text (its body: a split part
/// gets a new title) is mostly found in an old item (containment ≥ <see cref="MatchOptions.MinContainment"/>) is a
/// split part of it when enough of that text is found in the old item but not in the parts it already has
/// (≥ <see cref="MatchOptions.MinNewShare"/>); merges are the mirror image. The second condition keeps a new item
/// that merely reuses common wording from being taken for a part of an item that is still whole.
/// </summary>
internal static class ItemGroups
{
    const int MinPartGrams = 6;
    const double MinWholeCoverage = 0.6;
    const double SiblingContainment = 0.85;
    const double SiblingNewShare = 0.15;
    /// <summary>How much more of an item's text another item must contain to take it from its partner.</summary>
    const double BetterElsewhere = 0.25;

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

        Unpair(groups, groupOfOld, groupOfNew, olds, news, pairing, options);

        // Splits: unpaired new items found inside an old item, the most contained first, so that when two new items
        // compete for the same old text the closer one takes it and the other is judged on what is left.
        var orphanParts = new Dictionary<int, List<(int New, double Containment)>>();
        var splitCandidates = new List<(int New, int Old, double Containment)>();
        for (var j = 0; j < news.Length; j++)
            if (groupOfNew[j] is null && !news[j].Item.Repost && news[j].Text.Length >= MinPartGrams
                && BestWhole(news[j], pairing.CandidatesOfNew[j], olds, o => !o.Item.Repost, options) is var (x, containment))
                splitCandidates.Add((j, x, containment));
        foreach (var (j, x, containment) in splitCandidates.OrderByDescending(c => c.Containment).ThenBy(c => c.New))
        {
            if (groupOfOld[x] is { } g)
            {
                if (g.Olds.Count == 1 && Explains(olds[x], g.News.Select(n => news[n]), news[j], containment, options))
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

        // Merges: unpaired old items found inside a new item, the most contained first.
        var mergeCandidates = new List<(int Old, int New, double Containment)>();
        for (var i = 0; i < olds.Length; i++)
            if (groupOfOld[i] is null && !olds[i].Item.Repost && olds[i].Text.Length >= MinPartGrams
                && BestWhole(olds[i], pairing.CandidatesOfOld[i], news, n => !n.Item.Repost, options) is var (m, containment))
                mergeCandidates.Add((i, m, containment));
        foreach (var (i, m, containment) in mergeCandidates.OrderByDescending(c => c.Containment).ThenBy(c => c.Old))
            if (groupOfNew[m] is { } g && g.News.Count == 1 && Explains(news[m], g.Olds.Select(o => olds[o]), olds[i], containment, options))
            {
                g.Olds.Add(i);
                groupOfOld[i] = g;
                g.Confidence = Math.Min(g.Confidence, containment);
            }

        foreach (var g in groups)
        {
            g.Olds.Sort();
            g.News.Sort();
        }
        return groups;
    }

    /// <summary>
    /// Undoes pairs that are better explained as a piece of another pair: an old item whose text is found far more
    /// fully (by <see cref="BetterElsewhere"/>) in another, already paired new item than in its own partner is a merged
    /// piece there — its partner was only a look-alike (a follow-up item repeating its title, say); likewise a new item
    /// found far more fully in another paired old item is a split part of it. The items set free are grouped again
    /// by the split and merge passes.
    /// </summary>
    static void Unpair(List<ItemGroup> groups, ItemGroup?[] groupOfOld, ItemGroup?[] groupOfNew, ItemProfile[] olds, ItemProfile[] news,
        ItemPairing pairing, MatchOptions options)
    {
        foreach (var g in groups.ToList())
        {
            var i = g.PrimaryOld;
            var j = g.PrimaryNew;
            var oldElsewhere = olds[i].Text.Length >= MinPartGrams && pairing.CandidatesOfOld[i].Any(m =>
                m != j && groupOfNew[m] is { } other && other != g && !news[m].Item.Repost
                && Better(olds[i], news[m], news[j], olds[other.PrimaryOld], options));
            var newElsewhere = news[j].Text.Length >= MinPartGrams && pairing.CandidatesOfNew[j].Any(x =>
                x != i && groupOfOld[x] is { } other && other != g && !olds[x].Item.Repost
                && Better(news[j], olds[x], olds[i], news[other.PrimaryNew], options));
            if (!oldElsewhere && !newElsewhere)
                continue;
            groups.Remove(g);
            groupOfOld[i] = null;
            groupOfNew[j] = null;
        }
    }

    /// <summary>Whether <paramref name="piece"/> belongs in <paramref name="whole"/> (paired with <paramref name="wholePartner"/>) rather than with <paramref name="partner"/>.</summary>
    static bool Better(ItemProfile piece, ItemProfile whole, ItemProfile partner, ItemProfile wholePartner, MatchOptions options)
    {
        var there = TextGrams.Containment(piece.Text, whole.All);
        var here = TextGrams.Containment(piece.Text, partner.All);
        return there >= options.MinContainment && there - here >= BetterElsewhere && Explains(whole, [wholePartner], piece, there, options);
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
            var c = TextGrams.Containment(part.Text, wholes[k].All);
            if (c >= options.MinContainment && (best is null || c > best.Value.Containment))
                best = (k, c);
        }
        return best;
    }

    /// <summary>
    /// Whether <paramref name="extra"/> accounts for text of <paramref name="whole"/> that its <paramref name="parts"/> do
    /// not: either much of the extra's own text is found in the whole but in none of the parts, or the extra covers most
    /// of what the parts leave unexplained in the whole (two merged items often share phrases, so the first test alone
    /// would miss a piece that repeats its neighbour's wording), or the extra is a sibling of one of the parts (same
    /// initiative, same strategic plan: wards split and merge neighbours), almost wholly contained, and brings at
    /// least a little text of its own.
    /// </summary>
    static bool Explains(ItemProfile whole, IEnumerable<ItemProfile> parts, ItemProfile extra, double containment, MatchOptions options)
    {
        var partList = parts.ToList();
        var known = UnionOf(partList);
        var fresh = extra.Text.Count(g => Array.BinarySearch(whole.All, g) >= 0 && Array.BinarySearch(known, g) < 0);
        var freshShare = extra.Text.Length == 0 ? 0 : (double)fresh / extra.Text.Length;
        if (freshShare >= options.MinNewShare)
            return true;
        if (containment >= SiblingContainment && freshShare >= SiblingNewShare
            && partList.Any(p => p.Parent == extra.Parent && p.Strategy == extra.Strategy))
            return true;
        var unexplained = whole.All.Where(g => Array.BinarySearch(known, g) < 0).ToArray();
        return unexplained.Length >= MinPartGrams
            && (double)unexplained.Count(g => Array.BinarySearch(extra.All, g) >= 0) / unexplained.Length >= options.MinCoverOfRest;
    }

    static int[] UnionOf(IEnumerable<ItemProfile> items) =>
        items.Aggregate(Array.Empty<int>(), (acc, p) => TextGrams.Union(acc, p.All));
}
