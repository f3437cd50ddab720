using System.Text;
using Torikumi.Core.Japanese;

namespace Torikumi.Core.Parsing;

/// <summary>A stretch of source text that belongs to one field; <see cref="Skip"/> leading chars are a marker, not text.</summary>
internal readonly record struct Piece(Chunk Chunk, int Skip = 0, int TrimEnd = 0)
{
    public int Start => Chunk.Start + Skip;
    public int End => Chunk.End - TrimEnd;
    public bool IsEmpty => End <= Start;
}

/// <summary>
/// Rebuilds readable text from chunks: a space that was a PDF line break inside Japanese disappears, a real
/// space between Latin words stays, and a line that ends a sentence or stops short ends a paragraph.
/// </summary>
internal sealed class TextJoiner(string text, string scan, double fullLineWidth)
{
    readonly double shortLine = fullLineWidth * 0.88;
    readonly double headingLine = fullLineWidth * 0.6;

    /// <summary>Paragraphs of the pieces, in order.</summary>
    public List<string> Paragraphs(IReadOnlyList<Piece> pieces)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        Piece? prev = null;
        double run = 0;
        var depth = 0;
        foreach (var p in pieces)
        {
            if (p.IsEmpty) continue;
            var width = JapaneseText.Width(scan.AsSpan(p.Start, p.End - p.Start));
            if (prev is { } q)
            {
                switch (Gap(q, p, Math.Max(run, q.Chunk.LineWidth), depth))
                {
                    case GapKind.Paragraph:
                        Flush(sb, result);
                        depth = 0;
                        run = width;
                        break;
                    case GapKind.Space:
                        sb.Append(' ');
                        run += 0.5 + width;
                        break;
                    default:
                        run = q.Chunk.LineEndsAfter ? width : run + width;
                        break;
                }
            }
            else run = width;
            sb.Append(text, p.Start, p.End - p.Start);
            depth = Math.Max(0, depth + BracketBalance(p));
            prev = p;
        }
        Flush(sb, result);
        return result;
    }

    int BracketBalance(Piece p)
    {
        var n = 0;
        foreach (var c in scan.AsSpan(p.Start, p.End - p.Start))
            n += c switch { '「' or '『' or '(' or '【' or '〔' => 1, '」' or '』' or ')' or '】' or '〕' => -1, _ => 0 };
        return n;
    }

    /// <summary>One line of text (titles, owners): joined like a paragraph but never broken.</summary>
    public string Line(IReadOnlyList<Piece> pieces)
    {
        var sb = new StringBuilder();
        Piece? prev = null;
        foreach (var p in pieces)
        {
            if (p.IsEmpty) continue;
            if (prev is { } q && (IsLatin(scan[q.End - 1]) && IsLatin(scan[p.Start]))) sb.Append(' ');
            sb.Append(text, p.Start, p.End - p.Start);
            prev = p;
        }
        return sb.ToString().Trim();
    }

    enum GapKind { None, Space, Paragraph }

    GapKind Gap(Piece prev, Piece next, double lineWidth, int depth)
    {
        var a = scan[prev.End - 1];
        var b = scan[next.Start];
        if (IsLatin(a) && IsLatin(b)) return GapKind.Space;
        var lineBreak = prev.Chunk.LineEndsAfter && prev.End == prev.Chunk.End;
        // Inside a line of a text that kept its line breaks a space is real, unless it only pads a number (2022 年度).
        if (!lineBreak) return JapaneseText.IsAsciiLetterOrDigit(a) || JapaneseText.IsAsciiLetterOrDigit(b) ? GapKind.None : GapKind.Space;
        if (prev.Chunk.BlankLineAfter) return GapKind.Paragraph;
        if (JapaneseText.IsAsciiLetterOrDigit(a)) return GapKind.None;
        if (EndsSentence(prev) && lineWidth < shortLine) return GapKind.Paragraph;
        if (lineWidth < headingLine && lineWidth >= 3 && a is not ('、' or ',' or '・' or '(' or '「' or '『' or '【' or '〔')
            && b is not (')' or '」' or '』' or '】' or '、' or '。' or '〕'))
            // A short line inside brackets stopped at a real space (「映像∞文化のまち ねりま」), not at a paragraph end.
            return depth > 0 ? GapKind.Space : GapKind.Paragraph;
        return GapKind.None;
    }

    bool EndsSentence(Piece p)
    {
        var last = scan[p.End - 1];
        if (JapaneseText.IsSentenceEnd(last)) return true;
        return p.End - p.Start >= 2 && last is ')' or '」' or '』' && JapaneseText.IsSentenceEnd(scan[p.End - 2]);
    }

    static bool IsLatin(char c) => c < 0x80 && (char.IsLetterOrDigit(c) || c is '%' or ')' or '(' or '.' or ',' or ':' or ';' or '&' or '-' or '/' or '"' or '\'');

    static void Flush(StringBuilder sb, List<string> result)
    {
        if (sb.Length == 0) return;
        result.Add(sb.ToString());
        sb.Clear();
    }
}
