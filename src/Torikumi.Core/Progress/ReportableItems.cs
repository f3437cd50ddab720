using Torikumi.Core.Plans;

namespace Torikumi.Core.Progress;

/// <summary>
/// What progress is reported on (報告単位): items without sub-items. An initiative with sub-items ((1), (2) …) is
/// reported through them, so nothing is counted twice; a 【再掲】 item whose original is known stands for the original
/// (one report, shown in both strategic plans).
/// </summary>
public static class ReportableItems
{
    /// <summary>Every reportable item of the plan, once, in reading order (reposts appear where their original is).</summary>
    public static IReadOnlyList<PlanItem> Of(PlanIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return [.. KeysOf(index, index.Plan.Strategies.SelectMany(s => s.Items)).Select(k => index.Item(k)!)];
    }

    /// <summary>The report keys an item stands for: itself, its sub-items' leaves, or its original's.</summary>
    public static IReadOnlyList<string> KeysOf(PlanIndex index, PlanItem item) => KeysOf(index, [item]);

    /// <summary>The distinct report keys of some items, in order of first appearance.</summary>
    public static IReadOnlyList<string> KeysOf(PlanIndex index, IEnumerable<PlanItem> items)
    {
        ArgumentNullException.ThrowIfNull(index);
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            Collect(index, item, keys, seen, depth: 0);
        return keys;
    }

    /// <summary>
    /// The reportable item a report key names: the item itself when it is a leaf, its original when it is a 【再掲】 leaf;
    /// null for unknown keys and for items with sub-items (report on those instead).
    /// </summary>
    public static PlanItem? Resolve(PlanIndex index, string key)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Item(key) is not { } item)
            return null;
        var keys = KeysOf(index, item);
        return keys.Count == 1 && (keys[0] == key || item.Children.Count == 0) ? index.Item(keys[0]) : null;
    }

    static void Collect(PlanIndex index, PlanItem item, List<string> keys, HashSet<string> seen, int depth)
    {
        if (depth < 4 && item.RepostOf is { } original && index.Item(original) is { } o)
        {
            Collect(index, o, keys, seen, depth + 1);
            return;
        }
        if (item.Children.Count == 0)
        {
            if (seen.Add(item.Key))
                keys.Add(item.Key);
            return;
        }
        foreach (var child in item.Children)
            Collect(index, child, keys, seen, depth);
    }
}
