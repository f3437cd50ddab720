namespace Torikumi.Core.Japanese;

/// <summary>A stretch of a result's original text to show under it (抜粋), with the matches to highlight.</summary>
/// <param name="Text">The original text of the window, exactly as written (not normalised, not encoded).</param>
/// <param name="Offset">Where <paramref name="Text"/> starts in the whole original text.</param>
/// <param name="Highlights">Matched stretches within <paramref name="Text"/>, in order, not overlapping.</param>
/// <param name="CutBefore">Text was left out before the window (show an ellipsis).</param>
/// <param name="CutAfter">Text was left out after the window.</param>
public sealed record Snippet(string Text, int Offset, IReadOnlyList<Highlight> Highlights, bool CutBefore, bool CutAfter)
{
    /// <summary>
    /// The best window of at most <paramref name="maxLength"/> UTF-16 units of <paramref name="originalText"/>
    /// around the first match of any term: some context before it, starting at a sentence boundary when
    /// one is near (else a clause, after 、). Without a match, the beginning of the text.
    /// </summary>
    public static Snippet Make(string originalText, SearchQuery query, int maxLength = 120)
    {
        ArgumentNullException.ThrowIfNull(originalText);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        var normalised = SearchText.NormaliseWithMap(originalText);
        var matches = FindAll(normalised, query);
        var (start, end) = Window(originalText, matches.Count > 0 ? matches[0] : null, maxLength);
        var text = originalText[start..end];
        var trimmedStart = text.Length - text.TrimStart().Length;
        text = text.Trim();
        start += trimmedStart;
        end = start + text.Length;

        var highlights = new List<Highlight>();
        foreach (var (s, length) in matches)
        {
            var hs = Math.Max(s, start);
            var he = Math.Min(s + length, end);
            if (he <= hs)
                continue;
            if (highlights.Count > 0 && highlights[^1].Start + highlights[^1].Length >= hs - start)
            {
                var last = highlights[^1];
                highlights[^1] = last with { Length = Math.Max(last.Start + last.Length, he - start) - last.Start };
            }
            else
                highlights.Add(new Highlight(hs - start, he - hs));
        }
        return new Snippet(text, start, highlights, start > 0 && originalText[..start].Trim().Length > 0,
            end < originalText.Length && originalText[end..].Trim().Length > 0);
    }

    /// <summary>Every occurrence of every term, as original (start, length), ordered by start.</summary>
    static List<(int Start, int Length)> FindAll(NormalisedText normalised, SearchQuery query)
    {
        var found = new List<(int Start, int Length)>();
        foreach (var term in query.Terms)
        {
            var from = 0;
            int at;
            while ((at = normalised.Text.IndexOf(term.Normalised, from, StringComparison.Ordinal)) >= 0)
            {
                found.Add(normalised.ToOriginal(at, term.Normalised.Length));
                from = at + 1;
            }
        }
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return found;
    }

    static (int Start, int End) Window(string text, (int Start, int Length)? first, int maxLength)
    {
        if (text.Length <= maxLength)
            return (0, text.Length);
        if (first is not { } m)
            return (0, SafeEnd(text, maxLength));

        // A quarter of the room goes before the match, unless a sentence starts closer to it.
        var context = Math.Max(0, Math.Min(maxLength / 4, maxLength - m.Length));
        var start = Math.Max(0, m.Start - context);
        start = AfterBoundary(text, start, m.Start, c => JapaneseText.IsSentenceEnd(c) || c == '\n')
            ?? AfterBoundary(text, start, m.Start, c => c is '、' or '，' or ',')
            ?? start;
        // Near the end of the text, use the room before the match instead of leaving it empty.
        start = Math.Max(0, Math.Min(start, text.Length - maxLength));
        if (start > m.Start)
            start = m.Start;
        if (start > 0 && char.IsLowSurrogate(text[start]))
            start--;
        return (start, SafeEnd(text, Math.Min(text.Length, start + maxLength)));
    }

    /// <summary>Just after the first boundary in [from, to), so the snippet starts a sentence or a clause.</summary>
    static int? AfterBoundary(string text, int from, int to, Func<char, bool> isBoundary)
    {
        for (var i = from; i < to; i++)
            if (isBoundary(text[i]))
                return i + 1;
        return null;
    }

    /// <summary>Never cuts a surrogate pair in two.</summary>
    static int SafeEnd(string text, int end) =>
        end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
}

/// <summary>A highlighted stretch within a snippet's text: wrap it in &lt;mark&gt; after HTML-encoding.</summary>
public readonly record struct Highlight(int Start, int Length);
