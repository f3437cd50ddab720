using System.Globalization;
using System.Text;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// The plan as an indented text outline (what <c>torikumi parse</c> prints): document facts, then pillars,
/// strategic plans, items and sub-items with their keys, ★, 再掲 links and owners, then a one-line summary.
/// Meant for a person checking what the parser understood, so every line starts with the stable key.
/// </summary>
public static class PlanOutline
{
    const string Indent = "  ";

    public static string Render(PlanDocument plan, int diagnosticsCount)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, plan, diagnosticsCount);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, PlanDocument plan, int diagnosticsCount)
    {
        var text = new StringBuilder();
        AppendFacts(text, plan);
        text.Append('\n');
        foreach (var pillar in plan.Pillars)
        {
            text.Append(pillar.Key).Append(' ').Append(pillar.Title).Append('\n');
            foreach (var strategy in pillar.Strategies)
            {
                text.Append(Indent).Append(strategy.Key).Append(' ').Append(strategy.Title).Append('\n');
                foreach (var item in strategy.Items)
                    AppendItem(text, item, depth: 2);
            }
        }
        text.Append('\n').Append(Summary(plan, diagnosticsCount)).Append('\n');
        writer.Write(text.ToString());
    }

    /// <summary>One line: pillars, strategic plans, items, sub-items, owned items, diagnostics.</summary>
    public static string Summary(PlanDocument plan, int diagnosticsCount)
    {
        var items = plan.Strategies.Sum(s => s.Items.Count);
        var all = plan.AllItems.ToList();
        return string.Join(", ",
            Count(plan.Pillars.Count, "pillar"),
            Count(plan.Strategies.Count(), "strategic plan"),
            Count(items, "item"),
            Count(all.Count - items, "sub-item"),
            Count(all.Count(i => i.IsOwned), "owned item"),
            Count(diagnosticsCount, "diagnostic"));
    }

    /// <summary>One item's line without indentation, e.g. <c>1-1 title ★ [再掲 → 12-3] (owners: …)</c>.</summary>
    public static string ItemLine(PlanItem item)
    {
        var line = new StringBuilder().Append(item.Key).Append(' ').Append(item.Title);
        if (item.Starred)
            line.Append(" ★");
        if (item.Repost)
            line.Append(item.RepostOf is { } original ? $" [再掲 → {original}]" : " [再掲]");
        if (item.IsOwned)
            line.Append(" (owners: ").Append(Owners(item.Owners)).Append(')');
        return line.ToString();
    }

    /// <summary><c>こども家庭部 子育て支援課、保育課; 企画部</c>: sections joined as the document joins them.</summary>
    public static string Owners(IEnumerable<Owner> owners) =>
        string.Join("; ", owners.Select(o =>
            o.Sections.Count == 0 ? o.Department : $"{o.Department} {string.Join("、", o.Sections)}"));

    static void AppendItem(StringBuilder text, PlanItem item, int depth)
    {
        for (var i = 0; i < depth; i++)
            text.Append(Indent);
        text.Append(ItemLine(item)).Append('\n');
        foreach (var child in item.Children)
            AppendItem(text, child, depth + 1);
    }

    static void AppendFacts(StringBuilder text, PlanDocument plan)
    {
        Fact(text, "title", plan.Title);
        Fact(text, "municipality", plan.Municipality);
        Fact(text, "stage", plan.Stage);
        Fact(text, "fiscal years", FiscalYears(plan));
        Fact(text, "published", plan.Published);
        Fact(text, "publisher", plan.Colophon?.Publisher);
    }

    static void Fact(StringBuilder text, string label, string? value) =>
        text.Append((label + ":").PadRight(14)).Append(string.IsNullOrWhiteSpace(value) ? "(not found)" : value).Append('\n');

    /// <summary><c>2022, 2023 (令和4年度(2022年度)・令和5年度(2023年度))</c>; the era form is derived when the document gave none.</summary>
    static string? FiscalYears(PlanDocument plan)
    {
        if (plan.FiscalYears.Count == 0)
            return plan.FiscalYearsText;
        var years = string.Join(", ", plan.FiscalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var era = plan.FiscalYearsText ?? string.Join("・", plan.FiscalYears.Select(EraFiscalYear));
        return $"{years} ({era})";
    }

    // A fiscal year is named by the era of its April: FY2019 is 令和元年度 although 令和 began in May.
    static string EraFiscalYear(int year) => year switch
    {
        >= 2019 => $"令和{EraYear(year - 2018)}年度",
        >= 1989 => $"平成{EraYear(year - 1988)}年度",
        _ => $"{year}年度",
    };

    static string EraYear(int n) => n == 1 ? "元" : n.ToString(CultureInfo.InvariantCulture);

    static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
