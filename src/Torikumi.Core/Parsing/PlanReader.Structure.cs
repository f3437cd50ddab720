using System.Text.RegularExpressions;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

internal sealed class PillarBuilder(int number, string title, int start)
{
    public int Number { get; } = number;
    public string Title { get; } = title;
    public int Start { get; } = start;
    public int End { get; set; } = start;
    public List<StrategyBuilder> Strategies { get; } = [];
}

internal sealed class StrategyBuilder(int number, string title, int start)
{
    public int Number { get; } = number;
    public string Title { get; } = title;
    public int Start { get; } = start;
    public int End { get; set; } = start;
    public List<ItemBuilder> Items { get; } = [];
    public List<SectionHeading> Sections { get; } = [];
}

internal sealed partial class PlanReader
{
    sealed record Heading(int Number, List<Piece> Title, int Next, int LabelEnd);

    /// <summary>Keys already given: a duplicated heading is text, never a second item with the same key.</summary>
    readonly HashSet<string> keys = [];

    [GeneratedRegex(@"^(\d{1,3})(?:[.、](.*))?$")]
    private static partial Regex ItemNumberRegex();

    [GeneratedRegex(@"^\((\d{1,2})\)(.*)$")]
    private static partial Regex SubNumberRegex();

    [GeneratedRegex(@"^※(\d{1,2})(.*)$")]
    private static partial Regex FootnoteMarkRegex();

    int Step(int i)
    {
        var c = chunks[i];
        if (IsLineStart(i))
        {
            if (MatchLevel(i, pillarLabels) is { } p && p.Number > (pillars.LastOrDefault()?.Number ?? 0))
                return StartPillar(i, p);
            if (MatchLevel(i, strategyLabels) is { } s && s.Number > lastStrategyNumber)
                return StartStrategy(i, s);
            if (strategy is not null && SectionOf(i) is { } sec)
                return StartSection(i, sec);
            if (strategy is not null && MatchItem(i) is { } it)
                return StartItem(i, it);
            if (item is not null && MatchSub(i) is { } sb)
                return StartSub(i, sb);
            if (item is not null && OwnersLabelLength(c) is > 0 and var labelLength)
                return ReadOwners(i, labelLength);
            if (item is not null && MatchFootnote(i) is { } fn)
                return fn;
            if (item is not null && ListMarker(i) is { } li)
                return StartListEntry(i, li);
        }
        if (item is not null && MarkerFlags(c.Scan) is { } flags)
        {
            ApplyFlags(sub ?? item, flags, c);
            return i + 1;
        }
        AppendText(i);
        return i + 1;
    }

    // ----- headings -----

    Heading? MatchLevel(int i, string[] labels)
    {
        var s = chunks[i].Scan;
        foreach (var label in labels)
        {
            if (!s.StartsWith(label, StringComparison.Ordinal)) continue;
            var j = label.Length;
            var k = j;
            while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
            if (k == j || k - j > 3) return null;
            var number = int.Parse(s.AsSpan(j, k - j), System.Globalization.CultureInfo.InvariantCulture);
            var (title, next) = ReadTitle(i, k);
            if (title.Count == 0) return null;
            return new Heading(number, title, next, chunks[i].Start + k);
        }
        return null;
    }

    /// <summary>The title is the rest of the heading's line, or, when the heading stands alone, the next line.</summary>
    (List<Piece> Title, int Next) ReadTitle(int i, int skip)
    {
        var title = new List<Piece>();
        var c = chunks[i];
        if (skip < c.Length) title.Add(new Piece(c, skip));
        var j = i + 1;
        if (lineMode)
        {
            if (!c.LineEndsAfter) j = TakeRestOfLine(j, title);
            if (title.Count == 0 && j < chunks.Count && !IsStructural(j)) j = TakeRestOfLine(j, title);
        }
        else if (title.Count == 0 && j < chunks.Count && !IsStructural(j) && MarkerFlags(chunks[j].Scan) is null)
        {
            title.Add(new Piece(chunks[j]));
            j++;
        }
        // A flag glued to the title (…の構築★) is a flag, not part of the title.
        if (title.Count > 0)
        {
            var last = title[^1];
            var s = scan[last.Start..last.End];
            var trim = 0;
            while (true)
            {
                if (s.EndsWith('★')) { trim += 1; s = s[..^1]; }
                else if (s.EndsWith("【再掲】", StringComparison.Ordinal)) { trim += 4; s = s[..^4]; }
                else break;
            }
            if (trim > 0 && s.Length > 0) title[^1] = last with { TrimEnd = last.TrimEnd + trim };
        }
        return (title, j);
    }

    /// <summary>Adds the chunks from j to the end of their line (stopping before a ★ or 【再掲】 flag); returns the next index.</summary>
    int TakeRestOfLine(int j, List<Piece> title)
    {
        for (; j < chunks.Count; j++)
        {
            if (MarkerFlags(chunks[j].Scan) is not null) break;
            title.Add(new Piece(chunks[j]));
            if (chunks[j].LineEndsAfter) return j + 1;
        }
        return j;
    }

    bool IsStructural(int j)
    {
        var c = chunks[j];
        return IsRule(c) || OwnersLabelLength(c) > 0
            || MatchLevelLabelOnly(c, pillarLabels) || MatchLevelLabelOnly(c, strategyLabels)
            || IsSectionLabel(c.Scan);
    }

    static bool MatchLevelLabelOnly(Chunk c, string[] labels)
    {
        foreach (var label in labels)
            if (c.Scan.Length > label.Length && c.Scan.StartsWith(label, StringComparison.Ordinal) && char.IsAsciiDigit(c.Scan[label.Length]))
                return true;
        return false;
    }

    int StartPillar(int i, Heading h)
    {
        CloseItem();
        var expected = (pillars.LastOrDefault()?.Number ?? 0) + 1;
        if (h.Number != expected)
            Report(DiagnosticSeverity.Warning, "pillar-number", chunks[i].Start, h.LabelEnd,
                $"policy pillar {h.Number} follows pillar {expected - 1}", "check whether a pillar heading is missing or misnumbered");
        pillar = new PillarBuilder(h.Number, joiner.Line(h.Title), chunks[i].Start);
        pillars.Add(pillar);
        strategy = null;
        MarkHeading(i, h, Pillar.KeyFor(h.Number));
        Touch(chunks[h.Next - 1].End);
        return h.Next;
    }

    int StartStrategy(int i, Heading h)
    {
        CloseItem();
        if (pillar is null)
        {
            // A plan without pillar headings: one implicit pillar keeps the tree's shape.
            pillar = new PillarBuilder(1, "", chunks[i].Start);
            pillars.Add(pillar);
            Report(DiagnosticSeverity.Warning, "no-pillars", chunks[i].Start, h.LabelEnd,
                "a strategic plan comes before any policy pillar heading: it was put under an untitled pillar 1",
                $"if the plan has pillars, check their label ({string.Join("、", pillarLabels)})");
        }
        if (h.Number != lastStrategyNumber + 1)
            Report(DiagnosticSeverity.Warning, "strategy-number", chunks[i].Start, h.LabelEnd,
                $"strategic plan {h.Number} follows strategic plan {lastStrategyNumber}", "strategic plans are numbered across the whole plan; check for a missing heading");
        lastStrategyNumber = h.Number;
        strategy = new StrategyBuilder(h.Number, joiner.Line(h.Title), chunks[i].Start);
        pillar.Strategies.Add(strategy);
        section = ItemSection.Initiatives;
        boundary = true;
        MarkHeading(i, h, Strategy.KeyFor(h.Number));
        Touch(chunks[h.Next - 1].End);
        return h.Next;
    }

    void MarkHeading(int i, Heading h, string key)
    {
        Mark(chunks[i].Start, h.Title.Count > 0 && h.Title[0].Chunk.Start == chunks[i].Start ? h.Title[0].Start : chunks[i].End, SegmentKind.Heading, key);
        foreach (var t in h.Title)
        {
            Mark(t.Start, t.End, SegmentKind.Title, key);
            if (t.TrimEnd > 0) Mark(t.End, t.Chunk.End, SegmentKind.Marker, key);
        }
    }

    ItemSection? SectionOf(int i)
    {
        var c = chunks[i];
        if (lineMode && !c.LineEndsAfter) return null;
        var s = c.Scan;
        foreach (var x in relatedLabels) if (s == x) return ItemSection.Related;
        return IsSectionLabel(s) ? ItemSection.Initiatives : null;
    }

    bool IsSectionLabel(string s)
    {
        if (s.Length > 24) return false;
        foreach (var x in relatedLabels) if (s == x) return true;
        foreach (var x in initiativeLabels) if (s == x) return true;
        foreach (var x in initiativeSuffixes)
            if (s.EndsWith(x, StringComparison.Ordinal) && s.Length <= x.Length + 12) return true;
        return false;
    }

    int StartSection(int i, ItemSection sec)
    {
        CloseItem();
        section = sec;
        boundary = true;
        var c = chunks[i];
        strategy!.Sections.Add(new SectionHeading(sec, text[c.Start..c.End], new SourceSpan(c.Start, c.End)));
        Mark(c, SegmentKind.Heading, Strategy.KeyFor(strategy.Number));
        Touch(c.End);
        return i + 1;
    }

    int LastItemNumber()
    {
        var items = strategy!.Items;
        for (var k = items.Count - 1; k >= 0; k--)
            if (items[k].Section == section) return items[k].Number;
        return 0;
    }

    Heading? MatchItem(int i)
    {
        var s = chunks[i].Scan;
        var skip = 0;
        foreach (var label in itemLabels)
            if (s.StartsWith(label, StringComparison.Ordinal) && s.Length > label.Length && char.IsAsciiDigit(s[label.Length])) { skip = label.Length; break; }
        if (skip >= s.Length || !char.IsAsciiDigit(s[skip])) return null;
        var m = ItemNumberRegex().Match(s, skip, s.Length - skip);
        if (!m.Success) return null;
        var number = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var expected = LastItemNumber() + 1;
        if (number != expected && !(boundary && number > expected - 1 && number <= expected + 5)) return null;
        if (number == expected && !boundary && !PreviousEndsUnit(i)) return null;
        if (keys.Contains(PlanItem.KeyFor(strategy!.Number, section, number))) return null;
        var titleSkip = m.Groups[2].Success ? m.Groups[2].Index : s.Length;
        if (titleSkip < s.Length && lineMode is false && s.Length - titleSkip < 2) return null;
        var (title, next) = ReadTitle(i, titleSkip);
        if (title.Count == 0 || !LooksLikeTitle(title[0])) return null;
        return new Heading(number, title, next, chunks[i].Start + (m.Groups[2].Success ? m.Groups[2].Index : s.Length));
    }

    bool LooksLikeTitle(Piece p)
    {
        var first = scan[p.Start];
        return p.End - p.Start >= 2 && first is not ('@' or '※' or '、' or '。' or ')' or '」') && JapaneseText.CircledIndex(first) < 0;
    }

    bool PreviousEndsUnit(int i)
    {
        if (i == 0) return true;
        var last = chunks[i - 1].Last;
        return JapaneseText.IsSentenceEnd(last) || last is '★' or '】' or ')' or '」' or '』';
    }

    int StartItem(int i, Heading h)
    {
        CloseItem();
        var expected = LastItemNumber() + 1;
        var key = PlanItem.KeyFor(strategy!.Number, section, h.Number);
        keys.Add(key);
        if (h.Number != expected)
            Report(DiagnosticSeverity.Warning, "item-number", chunks[i].Start, h.LabelEnd,
                $"item {h.Number} where {expected} was expected in strategic plan {strategy.Number}", "check the numbering of the items; a heading may be missing");
        item = new ItemBuilder(key, h.Number, section, chunks[i].Start) { Title = joiner.Line(h.Title) };
        strategy.Items.Add(item);
        MarkHeading(i, h, key);
        Touch(chunks[h.Next - 1].End);
        boundary = false;
        listIndex = -1;
        return ReadFlags(h.Next, item);
    }

    Heading? MatchSub(int i)
    {
        var s = chunks[i].Scan;
        int number;
        int titleSkip;
        if (s[0] is not ('(' or (>= '\u2474' and <= '\u2487'))) return null;
        var m = SubNumberRegex().Match(s);
        if (m.Success)
        {
            number = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            titleSkip = m.Groups[2].Index;
        }
        else if (s[0] is >= '\u2474' and <= '\u2487')
        {
            number = s[0] - '\u2474' + 1;
            titleSkip = 1;
        }
        else return null;
        var expected = (item!.Children.LastOrDefault()?.Number ?? 0) + 1;
        var afterTitle = sub is null && item.Body.Count == 0 && item.List.Count == 0;
        if (number != expected && !(boundary && number > expected - 1 && number <= expected + 5)) return null;
        if (number == expected && !boundary && !afterTitle && !PreviousEndsUnit(i)) return null;
        if (keys.Contains(PlanItem.ChildKeyFor(item.Key, number))) return null;
        var (title, next) = ReadTitle(i, titleSkip);
        if (title.Count == 0 || !LooksLikeTitle(title[0])) return null;
        return new Heading(number, title, next, chunks[i].Start + titleSkip);
    }

    int StartSub(int i, Heading h)
    {
        CloseSub();
        var expected = (item!.Children.LastOrDefault()?.Number ?? 0) + 1;
        if (h.Number != expected)
            Report(DiagnosticSeverity.Warning, "subitem-number", chunks[i].Start, h.LabelEnd,
                $"sub-item ({h.Number}) where ({expected}) was expected in item {item.Key}", "check the numbering of the sub-items");
        var key = PlanItem.ChildKeyFor(item.Key, h.Number);
        keys.Add(key);
        sub = new ItemBuilder(key, h.Number, item.Section, chunks[i].Start) { Title = joiner.Line(h.Title) };
        item.Children.Add(sub);
        MarkHeading(i, h, key);
        Touch(chunks[h.Next - 1].End);
        boundary = false;
        footnote = null;
        listIndex = -1;
        return ReadFlags(h.Next, sub);
    }

    // ----- flags -----

    [Flags]
    enum Flags { None = 0, Star = 1, Repost = 2 }

    static Flags? MarkerFlags(string s)
    {
        var f = Flags.None;
        var rest = s.AsSpan();
        while (rest.Length > 0)
        {
            if (rest[0] == '★') { f |= Flags.Star; rest = rest[1..]; }
            else if (rest.StartsWith("【再掲】")) { f |= Flags.Repost; rest = rest[4..]; }
            else return null;
        }
        return f == Flags.None ? null : f;
    }

    int ReadFlags(int j, ItemBuilder target)
    {
        // Flags glued to the title were trimmed from it by ReadTitle.
        var lastTitleChunk = chunks[j - 1];
        var glued = scan[lastTitleChunk.Start..lastTitleChunk.End];
        var k = glued.Length;
        while (k > 0 && (glued[k - 1] == '★' || (k >= 4 && glued[(k - 4)..k] == "【再掲】")))
        {
            if (glued[k - 1] == '★') { target.Starred = true; k -= 1; }
            else { target.Repost = true; k -= 4; }
        }
        while (j < chunks.Count && MarkerFlags(chunks[j].Scan) is { } f)
        {
            ApplyFlags(target, f, chunks[j]);
            j++;
        }
        return j;
    }

    void ApplyFlags(ItemBuilder target, Flags f, Chunk c)
    {
        if (f.HasFlag(Flags.Star)) target.Starred = true;
        if (f.HasFlag(Flags.Repost)) target.Repost = true;
        Mark(c, SegmentKind.Marker, target.Key);
        Touch(c.End);
    }

    // ----- text, lists, footnotes -----

    int? ListMarker(int i)
    {
        var c = chunks[i];
        var first = c.First;
        int idx;
        var circled = JapaneseText.CircledIndex(first);
        if (circled >= 0) idx = circled;
        else if (first == '@') idx = 0;
        else if (listIndex >= 0 && first == (char)('@' + listIndex + 1) && listIndex + 1 <= 26) idx = listIndex + 1;
        else return null;
        if (idx != 0 && idx != listIndex + 1) return null;
        if (idx > 0 && circled < 0 && i > 0)
        {
            // A Latin letter is a mark only where a paragraph can start: after a sentence or a short line.
            var prev = chunks[i - 1];
            if (!JapaneseText.IsSentenceEnd(prev.Last) && prev.LineWidth >= FullWidthShort && !PreviousEndsUnit(i)) return null;
        }
        return idx;
    }

    double FullWidthShort => fullLineWidth * 0.88;

    int StartListEntry(int i, int idx)
    {
        var target = sub ?? item!;
        footnote = null;
        if (idx == 0 && target.List.Count > 0)
            Report(DiagnosticSeverity.Info, "list-restart", chunks[i].Start, chunks[i].End,
                $"a second enumerated list (①…) starts in item {target.Key}; its paragraphs were added to the same list", "check that no heading is missing before it");
        listIndex = idx;
        target.ListClosed = false;
        var c = chunks[i];
        target.List.Add(c.Length > 1 ? [new Piece(c, 1)] : []);
        Mark(c.Start, c.Start + 1, SegmentKind.Marker, target.Key);
        Mark(c.Start + 1, c.End, SegmentKind.ListEntry, target.Key);
        Touch(c.End);
        if (c.BlankLineAfter) target.ListClosed = true;
        return i + 1;
    }

    int? MatchFootnote(int i)
    {
        var c = chunks[i];
        if (!c.Scan.Contains('※')) return null;
        var target = sub ?? item!;
        string? term = null;
        int markStart, markEnd, textSkip;
        var m = FootnoteMarkRegex().Match(c.Scan);
        var termChunk = -1;
        if (m.Success)
        {
            markStart = c.Start;
            markEnd = c.Start + 1 + m.Groups[1].Length;
            var rest = m.Groups[2].Value;
            var sep = StartsWithSeparator(rest);
            if (rest.Length == 0) textSkip = c.Length;
            else if (sep > 0) textSkip = 1 + m.Groups[1].Length + sep;
            else return null; // ※1を活用し… is a reference, not the note
            if (rest.Length == 0 && i + 1 < chunks.Count && !IsStructural(i + 1))
            {
                var next = chunks[i + 1].Scan;
                var (at, len) = FindSeparator(next);
                if (at > 0) { term = text.Substring(chunks[i + 1].Start, at); termChunk = i + 1; textSkip = at + len; }
            }
        }
        else
        {
            var star = c.Scan.IndexOf('※');
            if (star <= 0 || c.Scan[..star].Contains('。')) return null;
            var mm = FootnoteMarkRegex().Match(c.Scan, star);
            if (!mm.Success) return null;
            var sep = StartsWithSeparator(mm.Groups[2].Value);
            if (sep == 0) return null;
            term = text.Substring(c.Start, star);
            markStart = c.Start + star;
            markEnd = markStart + 1 + mm.Groups[1].Length;
            textSkip = star + 1 + mm.Groups[1].Length + sep;
            Mark(c.Start, markStart, SegmentKind.Footnote, target.Key);
        }
        footnote = new FootnoteBuilder(text[markStart..markEnd]) { Term = term };
        target.Footnotes.Add(footnote);
        Mark(markStart, markEnd, SegmentKind.Marker, target.Key);
        if (termChunk < 0)
        {
            Mark(markEnd, c.End, SegmentKind.Footnote, target.Key);
            if (textSkip < c.Length) footnote.Text.Add(new Piece(c, textSkip));
            Touch(c.End);
            return i + 1;
        }
        Mark(markEnd, c.End, SegmentKind.Footnote, target.Key);
        var tc = chunks[termChunk];
        Mark(tc, SegmentKind.Footnote, target.Key);
        if (textSkip < tc.Length) footnote.Text.Add(new Piece(tc, textSkip));
        Touch(tc.End);
        return termChunk + 1;
    }

    int StartsWithSeparator(string s)
    {
        var t = s.TrimStart();
        foreach (var sep in footnoteSeparators)
            if (t.StartsWith(sep, StringComparison.Ordinal)) return s.Length - t.Length + sep.Length;
        return 0;
    }

    (int At, int Length) FindSeparator(string s)
    {
        foreach (var sep in footnoteSeparators)
        {
            var at = s.IndexOf(sep, StringComparison.Ordinal);
            if (at >= 0) return (at, sep.Length);
        }
        return (-1, 0);
    }

    void AppendText(int i)
    {
        var c = chunks[i];
        var target = sub ?? item;
        if (target is null)
        {
            Mark(c, SegmentKind.Diagnostic, strategy is null ? null : Strategy.KeyFor(strategy.Number));
            Report(DiagnosticSeverity.Warning, "text-outside-item", c.Start, c.End,
                strategy is null ? "text between a policy pillar heading and its first strategic plan" : $"text in strategic plan {strategy.Number} before its first item",
                "the text was kept in this diagnostic; if it is an item, check that its number heading is on a line of its own");
            Touch(c.End);
            return;
        }
        if (target.Owners.Count > 0 && footnote is null)
            Report(DiagnosticSeverity.Warning, "text-after-owners", c.Start, c.End,
                $"text after the owners line of item {target.Key}", "it was added to the item's body; check for a missing item number or heading before it");
        var piece = new Piece(c);
        if (footnote is not null)
        {
            footnote.Text.Add(piece);
            Mark(c, SegmentKind.Footnote, target.Key);
        }
        else if (listIndex >= 0 && !target.ListClosed && target.List.Count > 0)
        {
            target.List[^1].Add(piece);
            Mark(c, SegmentKind.ListEntry, target.Key);
            if (c.BlankLineAfter) target.ListClosed = true;
        }
        else
        {
            (target.ListClosed ? target.AfterList : target.Body).Add(piece);
            Mark(c, SegmentKind.Body, target.Key);
        }
        Touch(c.End);
    }

    // ----- bookkeeping -----

    void Touch(int end)
    {
        if (pillar is not null) pillar.End = Math.Max(pillar.End, end);
        if (strategy is not null) strategy.End = Math.Max(strategy.End, end);
        if (item is not null) item.End = Math.Max(item.End, end);
        if (sub is not null) sub.End = Math.Max(sub.End, end);
    }

    void CloseSub()
    {
        sub = null;
        footnote = null;
        listIndex = -1;
    }

    void CloseItem()
    {
        CloseSub();
        item = null;
    }
}
