using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

internal sealed partial class PlanReader
{
    /// <summary>Length of an owners label at the start of the chunk (事業実施課: / 【所管課】), or 0.</summary>
    int OwnersLabelLength(Chunk c)
    {
        var s = c.Scan;
        var k = 0;
        if (s.Length > 0 && s[0] is '【' or '[' or '〔') k = 1;
        foreach (var label in vocab.OwnersLabels())
        {
            if (string.CompareOrdinal(s, k, label, 0, label.Length) != 0) continue;
            var j = k + label.Length;
            if (k == 1 && j < s.Length && s[j] is '】' or ']' or '〕') j++;
            if (j < s.Length && s[j] is ':') return j + 1;
            if (k == 1 || j == s.Length) return j;
            return 0;
        }
        return 0;
    }

    int ReadOwners(int i, int labelLength)
    {
        var target = sub ?? item!;
        footnote = null;
        var c = chunks[i];
        var label = scan[c.Start..(c.Start + labelLength)].Trim('【', '】', '[', ']', '〔', '〕', ':');
        Mark(c.Start, c.Start + labelLength, SegmentKind.Marker, target.Key);
        var pieces = new List<Piece>();
        if (labelLength < c.Length) pieces.Add(new Piece(c, labelLength));
        var j = i + 1;
        // With real line breaks the owners are the rest of the label's line; a label alone on its line (or a
        // text without line breaks) takes the names that follow, up to the first thing that is not a name.
        var toLineEnd = lineMode && !c.LineEndsAfter;
        while (j < chunks.Count)
        {
            var n = chunks[j];
            if (!toLineEnd && !LooksLikeOwnerName(j)) break;
            pieces.Add(new Piece(n));
            j++;
            if (toLineEnd && n.LineEndsAfter) break;
        }
        foreach (var p in pieces) Mark(p.Start, p.End, SegmentKind.Owners, target.Key);
        var owners = OwnerNames.Parse(pieces.Select(p => scan[p.Start..p.End]).ToList(), vocab, out var problems);
        foreach (var problem in problems)
            Report(DiagnosticSeverity.Warning, "owner", c.Start, chunks[j - 1].End, $"{problem} in the owners of item {target.Key}",
                $"owners are written as a department (…部, …室, …局) followed by its sections (…課) separated by 、 ({label}: こども家庭部 子育て支援課、保育課)");
        if (owners.Count == 0)
            Report(DiagnosticSeverity.Warning, "owners-empty", c.Start, c.End, $"the owners line of item {target.Key} names no department", "write the departments after the label");
        if (target.Owners.Count > 0)
            Report(DiagnosticSeverity.Warning, "owners-twice", c.Start, c.End, $"item {target.Key} has a second owners line; both were kept", "each item should have one owners line");
        target.Owners.AddRange(owners);
        target.OwnersLabel ??= label;
        Touch(chunks[j - 1].End);
        boundary = true;
        listIndex = -1;
        return j;
    }

    /// <summary>In a text without line breaks the owners line ends where something that is not a name begins.</summary>
    bool LooksLikeOwnerName(int j)
    {
        var c = chunks[j];
        if (c.Scan.Contains('。') || c.Scan.Contains('※') || c.Length > 40) return false;
        if (IsStructural(j) || MarkerFlags(c.Scan) is not null) return false;
        if (ItemNumberRegex().IsMatch(c.Scan) || SubNumberRegex().IsMatch(c.Scan) || c.First is '@' or >= '\u2474' and <= '\u2487') return false;
        if (Torikumi.Core.Japanese.JapaneseText.CircledIndex(c.First) >= 0) return false;
        foreach (var label in vocab.ItemLabels)
            if (c.Scan.StartsWith(label, StringComparison.Ordinal) && c.Length > label.Length && char.IsAsciiDigit(c.Scan[label.Length])) return false;
        return true;
    }
}

internal static class VocabularyExtensions
{
    public static IEnumerable<string> OwnersLabels(this Vocabulary v) => v.OwnerLabels.OrderByDescending(l => l.Length);
}

/// <summary>Turns the names of an owners line into departments with their sections.</summary>
internal static class OwnerNames
{
    static readonly string[] CompleteEndings = ["課", "センター", "所", "室", "館", "係", "園", "校", "担当", "部", "局", "会", "署", "場", "団", "庁", "事務所"];

    public static List<Owner> Parse(IReadOnlyList<string> chunks, Vocabulary vocab, out List<string> problems)
    {
        problems = [];
        // Names: split on 、 and on chunk boundaries; a name cut by a lost line break is joined again.
        var names = new List<(string Name, bool AfterComma)>();
        var pendingComma = false;
        for (var ci = 0; ci < chunks.Count; ci++)
        {
            var parts = chunks[ci].Split('、', ',');
            for (var pi = 0; pi < parts.Length; pi++)
            {
                var name = parts[pi].Trim();
                var continues = pi == 0 && names.Count > 0 && !pendingComma && !IsComplete(names[^1].Name, vocab) && name.Length > 0;
                if (continues)
                    names[^1] = (names[^1].Name + name, names[^1].AfterComma);
                else if (name.Length > 0)
                    names.Add((name, pi > 0 || pendingComma));
                pendingComma = false;
            }
            pendingComma = chunks[ci].EndsWith('、') || chunks[ci].EndsWith(',');
        }

        var owners = new List<(string Department, List<string> Sections)>();
        foreach (var (name, _) in names)
        {
            if (IsDepartment(name, vocab)) owners.Add((name, []));
            else if (owners.Count == 0)
            {
                problems.Add($"「{name}」 comes before any department");
                owners.Add((name, []));
            }
            else owners[^1].Sections.Add(name);
        }
        return owners.Select(o => new Owner(o.Department, o.Sections)).ToList();
    }

    static bool IsDepartment(string name, Vocabulary vocab) => vocab.DepartmentSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));

    static bool IsComplete(string name, Vocabulary vocab) =>
        IsDepartment(name, vocab) || CompleteEndings.Any(s => name.EndsWith(s, StringComparison.Ordinal));
}
