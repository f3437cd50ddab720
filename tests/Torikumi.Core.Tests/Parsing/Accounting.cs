using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Parsing;

/// <summary>Checks that a parse accounts for every non-space character of its input.</summary>
public static class Accounting
{
    /// <summary>Segments are ordered, disjoint and cover every non-space character.</summary>
    public static void AssertEveryCharacterAccountedFor(ParseResult r)
    {
        var covered = new bool[r.Text.Length];
        var lastEnd = 0;
        foreach (var s in r.Segments)
        {
            Assert.True(s.Start >= lastEnd, $"segment {s} overlaps the one before it (ends at {lastEnd})");
            Assert.True(s.End <= r.Text.Length && s.Start < s.End, $"segment {s} is out of range");
            for (var i = s.Start; i < s.End; i++) covered[i] = true;
            lastEnd = s.End;
        }
        for (var i = 0; i < r.Text.Length; i++)
            if (!covered[i] && !char.IsWhiteSpace(r.Text[i]))
                Assert.Fail($"character {i} 「{r.Text[i]}」 in 「{r.Text[Math.Max(0, i - 10)..Math.Min(r.Text.Length, i + 10)]}」 is in no node, marker or diagnostic");
    }

    /// <summary>
    /// What the model says an item contains is exactly what its text segments hold: the non-space characters of
    /// title, body, ①②③ paragraphs, footnotes and owners equal those of the source stretches given to the item.
    /// </summary>
    public static void AssertItemTextsMatchTheirSource(ParseResult r)
    {
        var plan = r.Plan!;
        var bySource = r.Segments.Where(s => s.NodeKey is not null)
            .GroupBy(s => s.NodeKey!)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var item in plan.AllItems)
        {
            var segs = bySource[item.Key];
            string Source(params SegmentKind[] kinds) =>
                NonSpace(string.Concat(segs.Where(s => kinds.Contains(s.Kind)).Select(s => r.Text[s.Start..s.End])));
            Assert.Equal(Source(SegmentKind.Title), NonSpace(item.Title));
            Assert.Equal(Source(SegmentKind.Body), NonSpace(string.Concat(item.Body.Concat(item.BodyAfterList))));
            Assert.Equal(Source(SegmentKind.ListEntry), NonSpace(string.Concat(item.List)));
            Assert.Equal(new string(Source(SegmentKind.Owners).Where(c => c is not ('、' or ',')).ToArray()),
                NonSpace(string.Concat(item.Owners.Select(o => o.Department + string.Concat(o.Sections)))));
            var noteSource = Source(SegmentKind.Footnote, SegmentKind.Marker);
            foreach (var f in item.Footnotes)
            {
                Assert.Contains(f.Mark, noteSource);
                Assert.True(IsSubsequence(NonSpace(f.Text), noteSource), $"footnote {f.Mark} of {item.Key} is not taken from its source");
            }
        }
    }

    static bool IsSubsequence(string part, string whole)
    {
        var j = 0;
        foreach (var c in whole)
            if (j < part.Length && part[j] == c) j++;
        return j == part.Length;
    }

    static string NonSpace(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
