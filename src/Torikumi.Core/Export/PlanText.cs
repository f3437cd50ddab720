using System.Text;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// Writes a plan back as plan text with real line breaks: one heading per line, one sentence per line,
/// ①②③ for enumerated paragraphs. The parser reads it back to the same structure, so revised versions of a
/// plan (for tests and for staff who edit a plan as text) can be made from a stored one.
/// </summary>
public static class PlanText
{
    public static string Write(PlanDocument plan)
    {
        var sb = new StringBuilder();
        var stage = plan.Stage is null ? "" : $"【{plan.Stage}】";
        sb.Append(plan.Title).Append(stage).Append('\n');
        if (plan.FiscalYearsText is { } fy) sb.Append(fy).Append('\n');
        if (plan.Published is { Length: 7 } pub && int.TryParse(pub[..4], out var y) && int.TryParse(pub[5..], out var m))
            sb.Append($"{Era.ToEraYear(y)}({y})年{m}月\n");
        if (plan.Municipality is { } mu) sb.Append(mu).Append('\n');
        foreach (var p in plan.Pillars)
        {
            sb.Append('\n').Append($"施策の柱{p.Number} {p.Title}\n");
            foreach (var s in p.Strategies)
            {
                sb.Append($"戦略計画{s.Number} {s.Title}\n");
                foreach (var group in s.Items.GroupBy(i => i.Section))
                {
                    var label = s.Sections.FirstOrDefault(x => x.Section == group.Key)?.Label
                                ?? (group.Key == ItemSection.Related ? "関連する事業" : "取組");
                    sb.Append(label).Append('\n');
                    foreach (var item in group) WriteItem(sb, item, $"{item.Number} ");
                }
            }
        }
        if (plan.Colophon?.Text is { } colophon)
            sb.Append("――――――――――――――――――――\n").Append(colophon).Append('\n');
        return sb.ToString();
    }

    static void WriteItem(StringBuilder sb, PlanItem item, string heading)
    {
        sb.Append(heading).Append(item.Title);
        if (item.Repost) sb.Append(" 【再掲】");
        if (item.Starred) sb.Append(" ★");
        sb.Append('\n');
        foreach (var para in item.Body) Sentences(sb, para);
        for (var i = 0; i < item.List.Count; i++)
        {
            sb.Append(i < 20 ? JapaneseText.Circled(i) : '・');
            Sentences(sb, item.List[i]);
        }
        if (item.BodyAfterList.Count > 0)
        {
            sb.Append('\n');
            foreach (var para in item.BodyAfterList) Sentences(sb, para);
        }
        foreach (var f in item.Footnotes)
            sb.Append(f.Mark).Append(f.Term is null ? "" : " " + f.Term).Append("・・・").Append(f.Text.Replace('\n', ' ')).Append('\n');
        if (item.Owners.Count > 0)
            sb.Append(item.OwnersLabel ?? "事業実施課").Append(": ")
              .AppendJoin(' ', item.Owners.Select(o => o.Sections.Count == 0 ? o.Department : $"{o.Department} {string.Join('、', o.Sections)}"))
              .Append('\n');
        foreach (var child in item.Children) WriteItem(sb, child, $"({child.Number})");
    }

    /// <summary>One sentence per line; a line break inside a paragraph (a list entry's heading) stays one.</summary>
    static void Sentences(StringBuilder sb, string paragraph)
    {
        foreach (var line in paragraph.Split('\n'))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
                if (line[i] == '。' && (i + 1 == line.Length || line[i + 1] is not ('」' or ')')))
                {
                    sb.Append(line, start, i + 1 - start).Append('\n');
                    start = i + 1;
                }
            if (start < line.Length) sb.Append(line, start, line.Length - start).Append('\n');
        }
    }
}
