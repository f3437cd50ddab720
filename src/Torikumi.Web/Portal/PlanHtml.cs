using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Torikumi.Core.Plans;

namespace Torikumi.Web.Portal;

/// <summary>Plan text as HTML: always encoded; footnote marks (※1) become links to their note.</summary>
public static partial class PlanHtml
{
    /// <summary>Encodes what HTML needs (&lt; &amp; " …) and leaves Japanese as it is.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [GeneratedRegex(@"※\d+")]
    private static partial Regex FootnoteMark();

    public static string FootnoteId(PlanItem item, Footnote note) => $"fn-{item.Key}-{note.Mark.TrimStart('※')}";

    /// <summary>A paragraph with its ※N marks linked to the item's notes (a mark with no note stays text).</summary>
    public static IHtmlContent Paragraph(string text, PlanItem item)
    {
        if (item.Footnotes.Count == 0)
            return new HtmlString(Encoder.Encode(text));
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match m in FootnoteMark().Matches(text))
        {
            var note = item.Footnotes.FirstOrDefault(f => f.Mark == m.Value);
            if (note is null)
                continue;
            html.Append(text[last..m.Index]);
            html.AppendHtml($"<a class=\"footnote-ref\" href=\"#{FootnoteId(item, note)}\">");
            html.Append(m.Value);
            html.AppendHtml("</a>");
            last = m.Index + m.Length;
        }
        html.Append(text[last..]);
        return html;
    }

    /// <summary>Owners as the plan prints them: 部 then its 課, joined the Japanese way.</summary>
    public static string Sections(Owner owner) => string.Join("、", owner.Sections);

    /// <summary>Text with the given ranges wrapped in &lt;mark&gt; (search matches), everything encoded.</summary>
    public static IHtmlContent Highlighted(string text, IReadOnlyList<Torikumi.Core.Japanese.Highlight> highlights)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (var h in highlights)
        {
            if (h.Start < at || h.Start + h.Length > text.Length)
                continue;
            html.Append(text[at..h.Start]);
            html.AppendHtml("<mark>");
            html.Append(text.Substring(h.Start, h.Length));
            html.AppendHtml("</mark>");
            at = h.Start + h.Length;
        }
        html.Append(text[at..]);
        return html;
    }
}
