using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// Which stored plan and version an export was made from; all null for a plan that is not stored (e.g. just parsed).
/// </summary>
public sealed record PlanExportSource(int? PlanId = null, int? Version = null)
{
    /// <summary>The file the version was imported from, as named then.</summary>
    public string? SourceName { get; init; }
    public DateTimeOffset? ImportedAt { get; init; }
}

/// <summary>
/// One item or sub-item as a flat row of the item list (取組一覧), the shape the CSV and XLSX downloads share. Every
/// row repeats its plan, pillar and strategic plan so that a row read alone (a filtered spreadsheet) still says
/// where it belongs. Lists (paragraphs, ①②③, footnotes, owners) are one entry per line.
/// </summary>
public sealed record PlanRow
{
    public required string Plan { get; init; }
    public string? Municipality { get; init; }
    public string? Stage { get; init; }
    public int? Version { get; init; }
    public required string PillarKey { get; init; }
    public required int PillarNumber { get; init; }
    public required string PillarTitle { get; init; }
    public required string StrategyKey { get; init; }
    public required int StrategyNumber { get; init; }
    public required string StrategyTitle { get; init; }
    public required string Key { get; init; }
    public string? ParentKey { get; init; }
    /// <summary><see cref="PlanRows.Initiative"/>, <see cref="PlanRows.Related"/> or <see cref="PlanRows.SubItem"/>.</summary>
    public required string Level { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public bool Starred { get; init; }
    public bool Repost { get; init; }
    public string? RepostOf { get; init; }
    public string Body { get; init; } = "";
    /// <summary>The enumerated paragraphs with their printed marks restored: ①…\n②….</summary>
    public string List { get; init; } = "";
    public string BodyAfterList { get; init; } = "";
    /// <summary>One note per line: <c>※1 マイナポータル・・・各個人が…</c>.</summary>
    public string Footnotes { get; init; } = "";
    /// <summary>The item's own owners as the plan writes them, one department per line: <c>こども家庭部：子育て支援課、保育課</c>.</summary>
    public string Owners { get; init; } = "";
    /// <summary>The departments responsible (<see cref="PlanIndex.DepartmentsOf"/>: inherited and from sub-items), one per line.</summary>
    public string Departments { get; init; } = "";
    /// <summary>The item's page on the portal, <c>/plans/{id}/items/{key}</c>, when the plan is stored.</summary>
    public string? Url { get; init; }
}

/// <summary>Turns a plan into its flat rows, items and sub-items in reading order.</summary>
public static class PlanRows
{
    public const string Initiative = "取組";
    public const string Related = "関連する事業";
    public const string SubItem = "細目";

    public static IReadOnlyList<PlanRow> Of(PlanDocument plan, PlanExportSource? source = null) =>
        Of(new PlanIndex(plan), source);

    public static IReadOnlyList<PlanRow> Of(PlanIndex index, PlanExportSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        source ??= new PlanExportSource();
        var plan = index.Plan;
        var rows = new List<PlanRow>(index.Items.Count);
        foreach (var item in index.Items)
        {
            var strategy = index.StrategyOf(item);
            var pillar = index.PillarOf(strategy);
            var parent = index.ParentOf(item);
            rows.Add(new PlanRow
            {
                Plan = plan.Title,
                Municipality = plan.Municipality,
                Stage = plan.Stage,
                Version = source.Version,
                PillarKey = pillar.Key,
                PillarNumber = pillar.Number,
                PillarTitle = pillar.Title,
                StrategyKey = strategy.Key,
                StrategyNumber = strategy.Number,
                StrategyTitle = strategy.Title,
                Key = item.Key,
                ParentKey = parent?.Key,
                Level = parent is not null ? SubItem : item.Section == ItemSection.Related ? Related : Initiative,
                Number = item.Number,
                Title = item.Title,
                Starred = item.Starred,
                Repost = item.Repost,
                RepostOf = item.RepostOf,
                Body = Lines(item.Body),
                List = Lines(item.List.Select((p, i) => ListMark(i) + p)),
                BodyAfterList = Lines(item.BodyAfterList),
                Footnotes = Lines(item.Footnotes.Select(Footnote)),
                Owners = Lines(item.Owners.Select(Owner)),
                Departments = Lines(index.DepartmentsOf(item)),
                Url = source.PlanId is int id ? ItemPath(id, item.Key) : null,
            });
        }
        return rows;
    }

    public static string ItemPath(int planId, string key) => $"/plans/{planId}/items/{key}";

    /// <summary>The printed mark of the n-th enumerated paragraph (0 → ①): ①…⑳, ㉑…㊿, then (51), (52) ….</summary>
    public static string ListMark(int index) => index switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(index), index, "The first paragraph is 0."),
        < 20 => ((char)('\u2460' + index)).ToString(),
        < 35 => ((char)('\u3251' + index - 20)).ToString(),
        < 50 => ((char)('\u32B1' + index - 35)).ToString(),
        _ => $"({index + 1})",
    };

    /// <summary><c>こども家庭部：子育て支援課、保育課</c>; a department named alone stays alone.</summary>
    public static string Owner(Owner owner) =>
        owner.Sections.Count == 0 ? owner.Department : $"{owner.Department}：{string.Join("、", owner.Sections)}";

    /// <summary><c>※1 マイナポータル・・・各個人が…</c>, as the plan prints a note.</summary>
    public static string Footnote(Footnote note) =>
        $"{note.Mark}{(note.Term is null ? "" : " " + note.Term)}・・・{note.Text}";

    static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);
}
