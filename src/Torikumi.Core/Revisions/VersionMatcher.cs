using Torikumi.Core.Plans;

namespace Torikumi.Core.Revisions;

/// <summary>
/// Matches the items of two versions of a plan (素案 → 案 → 決定, or one plan period to the next): pairs by wording and
/// key, then splits and merges, then the kind of each correspondence and what changed. Pure and deterministic: the
/// same two documents always give the same result. The algorithm and its thresholds are described in docs/revisions.md.
/// </summary>
public static class VersionMatcher
{
    public static VersionMatch Match(PlanDocument older, PlanDocument newer, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        options ??= MatchOptions.Default;
        var oldIndex = new PlanIndex(older);
        var newIndex = new PlanIndex(newer);
        var olds = oldIndex.Items.Select((item, k) => new ItemProfile(item, k, oldIndex)).ToArray();
        var news = newIndex.Items.Select((item, k) => new ItemProfile(item, k, newIndex)).ToArray();

        var strategyMap = StructureMatching.ByTitle(Titles(older.Strategies), Titles(newer.Strategies));
        var pairing = new ItemPairing(olds, news, strategyMap, options);
        StructureMatching.AddByVotes(strategyMap, older.Strategies.Select(s => s.Key),
            Enumerable.Range(0, olds.Length).Where(i => pairing.NewOfOld[i] >= 0)
                .Select(i => (olds[i].Strategy, news[pairing.NewOfOld[i]].Strategy)));
        var pillarMap = StructureMatching.ByTitle(Titles(older.Pillars), Titles(newer.Pillars));
        StructureMatching.AddByVotes(pillarMap, older.Pillars.Select(p => p.Key),
            strategyMap.Select(kv => (oldIndex.PillarOf(oldIndex.Strategy(kv.Key)!).Key, newIndex.PillarOf(newIndex.Strategy(kv.Value)!).Key)));

        var groups = ItemGroups.Build(olds, news, pairing, options);
        var describer = new ChangeDescriber(olds, news, groups, strategyMap, pillarMap);
        var matches = new List<ItemMatch>(olds.Length + news.Length);
        foreach (var g in groups)
            matches.Add(describer.Describe(g));
        var oldGrouped = groups.SelectMany(g => g.Olds).ToHashSet();
        var newGrouped = groups.SelectMany(g => g.News).ToHashSet();
        for (var i = 0; i < olds.Length; i++)
            if (!oldGrouped.Contains(i))
                matches.Add(new ItemMatch(MatchKind.Removed, [olds[i].Key], [], Unmatched(pairing.BestOld[i], options), ItemChanges.None));
        for (var j = 0; j < news.Length; j++)
            if (!newGrouped.Contains(j))
                matches.Add(new ItemMatch(MatchKind.Added, [], [news[j].Key], Unmatched(pairing.BestNew[j], options), ItemChanges.None));
        matches.Sort(Compare);

        var organisation = OrganisationChanges.Detect(olds, news, groups, options);
        return new VersionMatch(matches, organisation)
        {
            StructureMatches = StructureEntries(older, newer, oldIndex, newIndex, strategyMap, pillarMap),
        };
    }

    /// <summary>The order of entries: by old key, an added item by its new key among them; then by new key.</summary>
    public static int Compare(ItemMatch a, ItemMatch b)
    {
        var c = KeyOrder.Instance.Compare(a.OldKeys.FirstOrDefault() ?? a.NewKeys[0], b.OldKeys.FirstOrDefault() ?? b.NewKeys[0]);
        if (c != 0) return c;
        c = a.OldKeys.Count.CompareTo(b.OldKeys.Count);
        if (c != 0) return -c;
        return KeyOrder.Instance.Compare(a.NewKeys.FirstOrDefault(), b.NewKeys.FirstOrDefault());
    }

    /// <summary>How sure "no counterpart" is: 1 when nothing resembled the item, falling to 0 at the matching threshold.</summary>
    static double Unmatched(double bestSimilarity, MatchOptions options) =>
        Math.Clamp(1 - bestSimilarity / options.MinSimilarity, 0, 1);

    static List<(string Key, string Title)> Titles(IEnumerable<Strategy> strategies) => [.. strategies.Select(s => (s.Key, s.Title))];
    static List<(string Key, string Title)> Titles(IEnumerable<Pillar> pillars) => [.. pillars.Select(p => (p.Key, p.Title))];

    static List<ItemMatch> StructureEntries(PlanDocument older, PlanDocument newer, PlanIndex oldIndex, PlanIndex newIndex,
        Dictionary<string, string> strategyMap, Dictionary<string, string> pillarMap)
    {
        var list = new List<ItemMatch>();
        foreach (var p in older.Pillars)
            list.Add(pillarMap.TryGetValue(p.Key, out var np)
                ? Structure(p.Key, np, p.Title, newIndex.Pillar(np)!.Title, pillarMoved: false)
                : new ItemMatch(MatchKind.Removed, [p.Key], [], 1, ItemChanges.None));
        foreach (var p in newer.Pillars.Where(p => !pillarMap.ContainsValue(p.Key)))
            list.Add(new ItemMatch(MatchKind.Added, [], [p.Key], 1, ItemChanges.None));
        foreach (var s in older.Strategies)
        {
            if (!strategyMap.TryGetValue(s.Key, out var ns))
            {
                list.Add(new ItemMatch(MatchKind.Removed, [s.Key], [], 1, ItemChanges.None));
                continue;
            }
            var moved = !pillarMap.TryGetValue(oldIndex.PillarOf(s).Key, out var mp) || mp != newIndex.PillarOf(newIndex.Strategy(ns)!).Key;
            list.Add(Structure(s.Key, ns, s.Title, newIndex.Strategy(ns)!.Title, moved));
        }
        foreach (var s in newer.Strategies.Where(s => !strategyMap.ContainsValue(s.Key)))
            list.Add(new ItemMatch(MatchKind.Added, [], [s.Key], 1, ItemChanges.None));
        return list;
    }

    static ItemMatch Structure(string oldKey, string newKey, string oldTitle, string newTitle, bool pillarMoved)
    {
        var changes = new ItemChanges { Title = oldTitle != newTitle, Pillar = pillarMoved };
        var kind = pillarMoved ? MatchKind.Moved
            : oldKey != newKey ? MatchKind.Renumbered
            : changes.Title ? MatchKind.Changed : MatchKind.Same;
        return new ItemMatch(kind, [oldKey], [newKey], changes.Title ? TextGrams.Dice(TextGrams.Of(oldTitle), TextGrams.Of(newTitle)) : 1, changes);
    }
}
