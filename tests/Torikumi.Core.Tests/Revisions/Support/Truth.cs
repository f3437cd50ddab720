using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;

namespace Torikumi.Core.Tests.Revisions.Support;

/// <summary>
/// The true correspondence of a revision, in the matcher's terms, computed from where each new item came from — and
/// written independently of the matcher (its own content comparison), so the two can disagree.
/// </summary>
internal static class Truth
{
    public static IReadOnlyList<ItemMatch> Of(PlanDocument older, PlanDocument newer, RevisionModel model)
    {
        var oldItems = older.AllItems.ToList();
        var newItems = newer.AllItems.ToList();
        var oldOrder = oldItems.Select((it, k) => (it.Key, k)).ToDictionary(p => p.Key, p => p.k, StringComparer.Ordinal);
        var newOrder = newItems.Select((it, k) => (it.Key, k)).ToDictionary(p => p.Key, p => p.k, StringComparer.Ordinal);
        var oldByKey = oldItems.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var newByKey = newItems.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var newsOfOld = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var item in newItems)
            foreach (var origin in model.OriginsByNewKey[item.Key])
            {
                if (!newsOfOld.TryGetValue(origin, out var list))
                    newsOfOld[origin] = list = [];
                list.Add(item.Key);
            }

        var truth = new List<ItemMatch>();
        foreach (var item in newItems)
        {
            var origins = model.OriginsByNewKey[item.Key];
            if (origins.Count == 0)
                truth.Add(new ItemMatch(MatchKind.Added, [], [item.Key], 1, ItemChanges.None));
            else if (origins.Count > 1)
                truth.Add(new ItemMatch(MatchKind.Merged, [.. origins.OrderBy(k => oldOrder[k])], [item.Key], 1, ItemChanges.None));
        }
        foreach (var item in oldItems)
        {
            if (!newsOfOld.TryGetValue(item.Key, out var news))
            {
                truth.Add(new ItemMatch(MatchKind.Removed, [item.Key], [], 1, ItemChanges.None));
                continue;
            }
            if (news.Count > 1)
            {
                truth.Add(new ItemMatch(MatchKind.Split, [item.Key], [.. news.OrderBy(k => newOrder[k])], 1, ItemChanges.None));
                continue;
            }
            if (model.OriginsByNewKey[news[0]].Count > 1)
                continue; // part of a merge, listed above
            var counterpart = newByKey[news[0]];
            var kind = item.Key == counterpart.Key ? (SameContent(item, counterpart) ? MatchKind.Same : MatchKind.Changed)
                : StrategyNumber(item.Key) == StrategyNumber(counterpart.Key) ? MatchKind.Renumbered
                : MatchKind.Moved;
            truth.Add(new ItemMatch(kind, [item.Key], [counterpart.Key], 1, ItemChanges.None));
        }
        truth.Sort(VersionMatcher.Compare);
        return truth;
    }

    static string StrategyNumber(string key) => key[..key.IndexOf('-')];

    static bool SameContent(PlanItem a, PlanItem b) =>
        a.Title == b.Title && a.Starred == b.Starred
        && a.Body.SequenceEqual(b.Body) && a.List.SequenceEqual(b.List) && a.BodyAfterList.SequenceEqual(b.BodyAfterList)
        && a.Footnotes.SequenceEqual(b.Footnotes)
        && a.Owners.SelectMany(o => o.Sections.Select(s => o.Department + "/" + s).DefaultIfEmpty(o.Department)).Order(StringComparer.Ordinal)
            .SequenceEqual(b.Owners.SelectMany(o => o.Sections.Select(s => o.Department + "/" + s).DefaultIfEmpty(o.Department)).Order(StringComparer.Ordinal));
}
