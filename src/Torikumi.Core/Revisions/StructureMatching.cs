namespace Torikumi.Core.Revisions;

/// <summary>
/// Matches strategic plans (or pillars) between versions: first by title (titles of these levels rarely change, and
/// a strategic plan renumbered as a whole keeps its title), then, for those left, by where most of their items went.
/// </summary>
internal static class StructureMatching
{
    const double MinTitleSimilarity = 0.5;

    public static Dictionary<string, string> ByTitle(IReadOnlyList<(string Key, string Title)> olds, IReadOnlyList<(string Key, string Title)> news)
    {
        var oldGrams = olds.Select(o => TextGrams.Of(o.Title)).ToArray();
        var newGrams = news.Select(n => TextGrams.Of(n.Title)).ToArray();
        var pairs = new List<(double Score, int Old, int New)>();
        for (var i = 0; i < olds.Count; i++)
            for (var j = 0; j < news.Count; j++)
            {
                var sim = TextGrams.Dice(oldGrams[i], newGrams[j]);
                if (sim >= MinTitleSimilarity)
                    pairs.Add((sim + (olds[i].Key == news[j].Key ? ItemPairing.SameKeyBonus : 0), i, j));
            }
        pairs.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Old != b.Old ? a.Old.CompareTo(b.Old) : a.New.CompareTo(b.New));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, i, j) in pairs)
            if (!map.ContainsKey(olds[i].Key) && used.Add(news[j].Key))
                map[olds[i].Key] = news[j].Key;
        return map;
    }

    /// <summary>
    /// Adds, for each old key not yet mapped, the new key most of its children went to (given as old → new child
    /// container pairs), when that key is still free and got at least half of the votes.
    /// </summary>
    public static void AddByVotes(Dictionary<string, string> map, IEnumerable<string> oldKeys, IEnumerable<(string Old, string New)> votes)
    {
        var used = new HashSet<string>(map.Values, StringComparer.Ordinal);
        var byOld = votes.GroupBy(v => v.Old, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var key in oldKeys)
        {
            if (map.ContainsKey(key) || !byOld.TryGetValue(key, out var list))
                continue;
            var best = list.GroupBy(v => v.New, StringComparer.Ordinal)
                .Select(g => (Key: g.Key, Count: g.Count()))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key, KeyOrder.Instance).First();
            if (best.Count * 2 >= list.Count && used.Add(best.Key))
                map[key] = best.Key;
        }
    }
}
