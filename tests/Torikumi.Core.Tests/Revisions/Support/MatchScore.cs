using Torikumi.Core.Revisions;

namespace Torikumi.Core.Tests.Revisions.Support;

/// <summary>
/// Precision and recall of a matcher's output against the truth, counted two ways:
/// <list type="bullet">
/// <item>links: every (old key, new key) correspondence, with (old, —) for a removal and (—, new) for an addition —
/// does the matcher connect the right items;</item>
/// <item>entries: whole entries (kind, old keys, new keys) — also the right kind, and a split or merge with exactly
/// its parts; counted per kind too.</item>
/// </list>
/// </summary>
public sealed record MatchScore(Counts Links, Counts Entries, IReadOnlyDictionary<MatchKind, Counts> ByKind)
{
    public static MatchScore Of(IReadOnlyList<ItemMatch> truth, IReadOnlyList<ItemMatch> predicted)
    {
        var links = Count(LinkSet(truth), LinkSet(predicted));
        var entries = Count(EntrySet(truth), EntrySet(predicted));
        var byKind = Enum.GetValues<MatchKind>().ToDictionary(k => k,
            k => Count(EntrySet(truth.Where(m => m.Kind == k)), EntrySet(predicted.Where(m => m.Kind == k))));
        return new MatchScore(links, entries, byKind);
    }

    public static MatchScore Sum(IEnumerable<MatchScore> scores)
    {
        var list = scores.ToList();
        return new MatchScore(Counts.Sum(list.Select(s => s.Links)), Counts.Sum(list.Select(s => s.Entries)),
            Enum.GetValues<MatchKind>().ToDictionary(k => k, k => Counts.Sum(list.Select(s => s.ByKind[k]))));
    }

    static HashSet<string> LinkSet(IEnumerable<ItemMatch> matches) =>
        [.. matches.SelectMany(m =>
            m.OldKeys.Count == 0 ? m.NewKeys.Select(n => $"—>{n}")
            : m.NewKeys.Count == 0 ? m.OldKeys.Select(o => $"{o}>—")
            : m.OldKeys.SelectMany(o => m.NewKeys.Select(n => $"{o}>{n}")))];

    static HashSet<string> EntrySet(IEnumerable<ItemMatch> matches) =>
        [.. matches.Select(m => $"{m.Kind}:{string.Join(',', m.OldKeys)}>{string.Join(',', m.NewKeys)}")];

    static Counts Count(HashSet<string> truth, HashSet<string> predicted) =>
        new(truth.Count, predicted.Count, truth.Intersect(predicted).Count());

    public string Table()
    {
        var lines = new List<string>
        {
            $"{"",-12}{"truth",7}{"found",7}{"right",7}{"precision",11}{"recall",8}",
            Line("links", Links),
            Line("entries", Entries),
        };
        lines.AddRange(ByKind.Where(k => k.Value.Truth + k.Value.Predicted > 0).Select(k => Line("  " + RevisionReport.Name(k.Key), k.Value)));
        return string.Join('\n', lines);
    }

    static string Line(string name, Counts c) =>
        FormattableString.Invariant($"{name,-12}{c.Truth,7}{c.Predicted,7}{c.Correct,7}{c.Precision,11:0.0000}{c.Recall,8:0.0000}");
}

public sealed record Counts(int Truth, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Truth == 0 ? 1 : (double)Correct / Truth;

    public static Counts Sum(IEnumerable<Counts> counts)
    {
        var list = counts.ToList();
        return new Counts(list.Sum(c => c.Truth), list.Sum(c => c.Predicted), list.Sum(c => c.Correct));
    }
}
