using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Revisions;

/// <summary>
/// An administrator's correction of one match: which old items correspond to which new ones. Empty old keys mark the new
/// item(s) as added, empty new keys the old item(s) as removed; several new keys make a split, several old keys a merge.
/// </summary>
public sealed record MatchCorrectionRequest(int MatchId, IReadOnlyList<string> OldKeys, IReadOnlyList<string> NewKeys);

/// <summary>
/// Applies a correction to the rows of a proposed set so that every item of both versions stays in exactly one row:
/// keys taken by the corrected row leave the rows that had them, and whatever those rows are left with becomes added
/// or removed items, or a smaller split or merge. Kinds are derived from the keys and the two documents.
/// </summary>
public static class MatchCorrection
{
    /// <summary>Returns null when applied, else the reason (Japanese, English) why the correction cannot be made.</summary>
    public static (string Japanese, string English)? Apply(List<RevisionItemMatch> rows, MatchCorrectionRequest request,
        PlanIndex older, PlanIndex newer, out List<RevisionItemMatch> removedRows)
    {
        removedRows = [];
        var row = rows.FirstOrDefault(r => r.Id == request.MatchId);
        if (row is null)
            return ("この対応は見つかりません。ページを読み込み直してください。", "This match no longer exists; reload the page.");
        var oldKeys = request.OldKeys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var newKeys = request.NewKeys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (oldKeys.Count == 0 && newKeys.Count == 0)
            return ("旧版か新版の取組の番号を少なくとも1つ入力してください。", "Give at least one item key of the old or the new version.");
        if (oldKeys.Count > 1 && newKeys.Count > 1)
            return ("分割と統合を同時には指定できません。旧版か新版のどちらかを1つにしてください。",
                "A match cannot split and merge at once: give one old key or one new key.");
        if (oldKeys.FirstOrDefault(k => older.Item(k) is null) is { } unknownOld)
            return ($"旧版に取組「{unknownOld}」はありません。旧版の番号(例: 4-1-3)を入力してください。",
                $"The old version has no item {unknownOld}; give a key of the old version (e.g. 4-1-3).");
        if (newKeys.FirstOrDefault(k => newer.Item(k) is null) is { } unknownNew)
            return ($"新版に取組「{unknownNew}」はありません。新版の番号(例: 4-1-3)を入力してください。",
                $"The new version has no item {unknownNew}; give a key of the new version (e.g. 4-1-3).");

        var next = rows.Count == 0 ? 0 : rows.Max(r => r.Position) + 1;
        var added = new List<RevisionItemMatch>();
        foreach (var other in rows.Where(r => r != row))
        {
            var lostOld = other.OldKeys.RemoveAll(oldKeys.Contains) > 0;
            var lostNew = other.NewKeys.RemoveAll(newKeys.Contains) > 0;
            if (!lostOld && !lostNew)
                continue;
            other.Corrected = true;
            if (other.OldKeys.Count > 0 && other.NewKeys.Count > 0)
            {
                Derive(other, older, newer);
                continue;
            }
            // What is left on one side alone stands on its own: added or removed items.
            removedRows.Add(other);
            added.AddRange(other.OldKeys.Select(k => Single("removed", [k], [], next++)));
            added.AddRange(other.NewKeys.Select(k => Single("added", [], [k], next++)));
        }
        // Keys the corrected row gives up stand on their own too.
        added.AddRange(row.OldKeys.Where(k => !oldKeys.Contains(k)).Select(k => Single("removed", [k], [], next++)));
        added.AddRange(row.NewKeys.Where(k => !newKeys.Contains(k)).Select(k => Single("added", [], [k], next++)));
        // Added or removed items stand one per row.
        if (oldKeys.Count == 0)
            added.AddRange(newKeys.Skip(1).Select(k => Single("added", [], [k], next++)));
        if (newKeys.Count == 0)
            added.AddRange(oldKeys.Skip(1).Select(k => Single("removed", [k], [], next++)));
        row.OldKeys = newKeys.Count == 0 ? oldKeys.Take(1).ToList() : oldKeys;
        row.NewKeys = oldKeys.Count == 0 ? newKeys.Take(1).ToList() : newKeys;
        row.Corrected = true;
        row.Confidence = 1;
        Derive(row, older, newer);
        foreach (var r in removedRows)
            rows.Remove(r);
        rows.AddRange(added);
        return null;
    }

    static RevisionItemMatch Single(string kind, List<string> oldKeys, List<string> newKeys, int position) =>
        new() { Kind = kind, OldKeys = oldKeys, NewKeys = newKeys, Confidence = 1, Corrected = true, Position = position };

    /// <summary>Kind and changed aspects of a row from its keys and the two documents.</summary>
    public static void Derive(RevisionItemMatch row, PlanIndex older, PlanIndex newer)
    {
        if (row.OldKeys.Count == 1 && row.NewKeys.Count == 1)
        {
            row.Kind = PairKind(row.OldKeys[0], row.NewKeys[0], older, newer, out var aspects);
            row.Changes = aspects;
            return;
        }
        row.Kind = row.OldKeys.Count == 0 ? "added" : row.NewKeys.Count == 0 ? "removed" : row.NewKeys.Count > 1 ? "split" : "merged";
        row.Changes = [];
    }

    static string PairKind(string oldKey, string newKey, PlanIndex older, PlanIndex newer, out List<string> aspects)
    {
        var a = older.Item(oldKey)!;
        var b = newer.Item(newKey)!;
        aspects = [];
        if (a.Title != b.Title) aspects.Add("title");
        if (Body(a) != Body(b)) aspects.Add("body");
        if (a.Starred != b.Starred) aspects.Add("star");
        if (!OwnerUnits.Of(a.Owners).SequenceEqual(OwnerUnits.Of(b.Owners))) aspects.Add("owners");
        var movedStrategy = older.StrategyOf(a).Title != newer.StrategyOf(b).Title;
        if (movedStrategy) aspects.Add("strategy");
        if (oldKey == newKey)
            return aspects.Count == 0 ? "same" : "changed";
        return movedStrategy ? "moved" : "renumbered";
    }

    static string Body(PlanItem item) =>
        string.Join('\n', item.Body.Concat(item.List).Concat(item.BodyAfterList).Concat(item.Footnotes.Select(f => f.Text)));
}
