namespace Torikumi.Core.Revisions;

/// <summary>Turns a group of matched items into an <see cref="ItemMatch"/>: its kind and the aspects that changed.</summary>
internal sealed class ChangeDescriber(ItemProfile[] olds, ItemProfile[] news, List<ItemGroup> groups,
    IReadOnlyDictionary<string, string> strategyMap, IReadOnlyDictionary<string, string> pillarMap)
{
    readonly Dictionary<string, ItemGroup> groupOfOldKey = GroupsByOldKey(olds, groups);

    // A hand-made open-data file may repeat a key; the first item with it wins rather than the comparison failing.
    static Dictionary<string, ItemGroup> GroupsByOldKey(ItemProfile[] olds, List<ItemGroup> groups)
    {
        var map = new Dictionary<string, ItemGroup>(StringComparer.Ordinal);
        foreach (var g in groups)
            foreach (var i in g.Olds)
                map.TryAdd(olds[i].Key, g);
        return map;
    }

    public ItemMatch Describe(ItemGroup g)
    {
        var o = olds[g.PrimaryOld];
        var n = news[g.PrimaryNew];
        var changes = Changes(o, n);
        var kind = g.Olds.Count > 1 ? MatchKind.Merged
            : g.News.Count > 1 ? MatchKind.Split
            : o.Key == n.Key ? (changes.ContentSame ? MatchKind.Same : MatchKind.Changed)
            : changes.Strategy || changes.Pillar ? MatchKind.Moved
            : MatchKind.Renumbered;
        var confidence = kind == MatchKind.Same ? 1 : Math.Round(g.Confidence, 3);
        return new ItemMatch(kind, [.. g.Olds.Select(i => olds[i].Key)], [.. g.News.Select(j => news[j].Key)], confidence, changes);
    }

    ItemChanges Changes(ItemProfile o, ItemProfile n)
    {
        var a = o.Item;
        var b = n.Item;
        return new ItemChanges
        {
            Title = a.Title != b.Title,
            Body = ItemProfile.BodyText(a) != ItemProfile.BodyText(b),
            Star = a.Starred != b.Starred,
            OwnersAdded = [.. n.Units.Except(o.Units, StringComparer.Ordinal)],
            OwnersRemoved = [.. o.Units.Except(n.Units, StringComparer.Ordinal)],
            Parent = ParentChanged(o, n),
            Strategy = !strategyMap.TryGetValue(o.Strategy, out var s) || s != n.Strategy,
            Pillar = !pillarMap.TryGetValue(o.Pillar, out var p) || p != n.Pillar,
        };
    }

    bool ParentChanged(ItemProfile o, ItemProfile n)
    {
        if (o.Parent is null || n.Parent is null)
            return o.Parent != n.Parent;
        return !groupOfOldKey.TryGetValue(o.Parent, out var g) || !g.News.Any(j => news[j].Key == n.Parent);
    }
}
