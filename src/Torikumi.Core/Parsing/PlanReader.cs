using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

/// <summary>
/// One pass over the chunks of a plan text. Headings are recognised by the vocabulary and by the numbers
/// the plan is expected to use next; everything else is text of the current item, so nothing can be lost.
/// </summary>
internal sealed partial class PlanReader
{
    readonly string text;
    readonly string scan;
    readonly Vocabulary vocab;
    readonly List<Chunk> chunks;
    readonly bool lineMode;
    readonly TextJoiner joiner;
    readonly List<Segment> segments = [];
    readonly List<Diagnostic> diagnostics = [];

    readonly List<PillarBuilder> pillars = [];
    PillarBuilder? pillar;
    StrategyBuilder? strategy;
    ItemSection section = ItemSection.Initiatives;
    ItemBuilder? item;
    ItemBuilder? sub;
    FootnoteBuilder? footnote;
    int listIndex = -1;
    /// <summary>The reader has just finished a unit (owners line, section heading…): a number may start a new item.</summary>
    bool boundary;
    int lastStrategyNumber;

    public PlanReader(string text, Vocabulary vocab)
    {
        this.text = text;
        this.vocab = vocab;
        (chunks, lineMode) = Chunker.Split(text);
        scan = chunks.Count == 0 ? text : BuildScan(text);
        joiner = new TextJoiner(text, scan, FullLineWidth());
    }

    static string BuildScan(string text)
    {
        var a = new char[text.Length];
        for (var i = 0; i < a.Length; i++) a[i] = JapaneseText.FoldWidth(text[i]);
        return new string(a);
    }

    /// <summary>The width of a full printed line: lines shorter than this ended early (a paragraph or a heading).</summary>
    double FullLineWidth()
    {
        var widths = new List<double>();
        for (var i = 0; i < chunks.Count; i++)
            if (chunks[i].LineEndsAfter && chunks[i].LineWidth >= 8) widths.Add(chunks[i].LineWidth);
        if (widths.Count < 5) return 40;
        widths.Sort();
        return Math.Max(12, widths[(int)(widths.Count * 0.9)]);
    }

    public ParseResult Read()
    {
        var first = FindFirstHeading();
        if (first < 0)
        {
            var d = Diagnostics.Make(text, DiagnosticSeverity.Error, "not-a-plan", 0, Math.Min(text.Length, 40),
                "this does not look like an action plan: no policy pillar (施策の柱N) or strategic plan (戦略計画N) heading was found",
                $"expected headings such as 「施策の柱1 …」 and 「戦略計画1 …」 (recognised labels: {string.Join("、", vocab.PillarLabels.Concat(vocab.StrategyLabels))}); check that the file is the plan's text");
            segments.Clear();
            if (text.Length > 0) segments.Add(new Segment(0, text.Length, SegmentKind.Diagnostic, null));
            return new ParseResult(null, [d], segments, text);
        }

        var colophonStart = FindColophon(first);
        for (var i = 0; i < first; i++) Mark(chunks[i], SegmentKind.DocumentHeader, null);
        var i0 = first;
        while (i0 < colophonStart) i0 = Step(i0);
        CloseItem();
        for (var i = colophonStart; i < chunks.Count; i++)
            Mark(chunks[i], IsRule(chunks[i]) ? SegmentKind.Rule : SegmentKind.Colophon, null);

        var plan = BuildDocument(first, colophonStart);
        LinkReposts(plan, out plan);
        CheckFootnotes(plan);
        segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        diagnostics.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ParseResult(plan, diagnostics, segments, text);
    }

    int FindFirstHeading()
    {
        for (var i = 0; i < chunks.Count; i++)
            if (IsLineStart(i) && (MatchLevel(i, vocab.PillarLabels) is not null || MatchLevel(i, vocab.StrategyLabels) is not null))
                return i;
        return -1;
    }

    /// <summary>The colophon starts at the last rule (――――) that is followed by no heading.</summary>
    int FindColophon(int first)
    {
        var candidate = chunks.Count;
        for (var i = chunks.Count - 1; i > first; i--)
        {
            if (IsRule(chunks[i])) candidate = i;
            else if (IsLineStart(i) && (MatchLevel(i, vocab.PillarLabels) is not null || MatchLevel(i, vocab.StrategyLabels) is not null
                     || OwnersLabelLength(chunks[i]) > 0))
                break;
        }
        return candidate;
    }

    bool IsLineStart(int i) => !lineMode || i == 0 || chunks[i - 1].LineEndsAfter;

    static bool IsRule(Chunk c) => c.Length >= 4 && c.Scan.All(ch => ch is '―' or '─' or '━' or '-' or '=' or '_' or 'ー' or '—' or '－');

    void Mark(Chunk c, SegmentKind kind, string? key) => segments.Add(new Segment(c.Start, c.End, kind, key));

    void Mark(int start, int end, SegmentKind kind, string? key)
    {
        if (end > start) segments.Add(new Segment(start, end, kind, key));
    }

    void Report(DiagnosticSeverity severity, string code, int start, int end, string message, string hint) =>
        diagnostics.Add(Diagnostics.Make(text, severity, code, start, end, message, hint));
}
