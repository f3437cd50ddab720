using Torikumi.Core.Japanese;

namespace Torikumi.Core.Parsing;

/// <summary>
/// A run of non-space characters. In a text whose line breaks became spaces (the sample), every chunk is
/// a former line or part of one; in a text with real line breaks, <see cref="LineEndsAfter"/> says where
/// lines end. <see cref="Scan"/> is the width-folded text (full-width digits → ASCII), same length as the source.
/// </summary>
internal readonly record struct Chunk(int Start, int End, string Scan, bool LineEndsAfter, bool BlankLineAfter, double LineWidth)
{
    public int Length => End - Start;
    public char First => Scan[0];
    public char Last => Scan[^1];
}

/// <summary>Splits decoded text into chunks and decides whether the text keeps its line breaks.</summary>
internal static class Chunker
{
    public static (List<Chunk> Chunks, bool LineMode) Split(string text)
    {
        var folded = new char[text.Length];
        var newlines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = JapaneseText.FoldWidth(text[i]);
            if (c == '\n') newlines++;
            folded[i] = c is '\t' or '\r' or '\f' or '\v' or '\u00A0' or '\u2028' or '\u2029' ? ' ' : c;
        }
        var scan = new string(folded);
        // A handful of newlines (a title page, a trailing newline) does not make a line-broken text.
        var lineMode = newlines >= 8;

        var raw = new List<(int Start, int End)>();
        var i0 = 0;
        while (i0 < scan.Length)
        {
            while (i0 < scan.Length && IsSpace(scan[i0])) i0++;
            if (i0 >= scan.Length) break;
            var j = i0;
            while (j < scan.Length && !IsSpace(scan[j])) j++;
            raw.Add((i0, j));
            i0 = j;
        }

        var chunks = new List<Chunk>(raw.Count);
        var k = 0;
        while (k < raw.Count)
        {
            // Gather one line: in line mode up to the next newline, otherwise a single chunk.
            var first = k;
            var last = k;
            if (lineMode)
                while (last + 1 < raw.Count && !HasNewline(scan, raw[last].End, raw[last + 1].Start)) last++;
            var lineWidth = JapaneseText.Width(scan.AsSpan(raw[first].Start, raw[last].End - raw[first].Start));
            for (var m = first; m <= last; m++)
            {
                var (s, e) = raw[m];
                var next = m + 1 < raw.Count ? raw[m + 1].Start : scan.Length;
                var blank = lineMode && m == last && CountNewlines(scan, e, next) >= 2;
                chunks.Add(new Chunk(s, e, scan.Substring(s, e - s), m == last, blank, lineWidth));
            }
            k = last + 1;
        }
        return (chunks, lineMode);
    }

    static bool IsSpace(char c) => c is ' ' or '\n';

    static bool HasNewline(string s, int from, int to) => s.AsSpan(from, to - from).Contains('\n');

    static int CountNewlines(string s, int from, int to)
    {
        var n = 0;
        foreach (var c in s.AsSpan(from, to - from)) if (c == '\n') n++;
        return n;
    }
}
