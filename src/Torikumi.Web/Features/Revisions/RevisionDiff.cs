using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;
using Torikumi.Data.Revisions;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

/// <summary>One side of a change: an item of one version, where it sits, and its owners as units (「部 課」).</summary>
public sealed record DiffSide(PlanItem Item, Strategy Strategy, Pillar Pillar, IReadOnlyList<string> Units)
{
    public string Body => string.Join('\n', Item.Body.Concat(Item.List).Concat(Item.BodyAfterList)
        .Concat(Item.Footnotes.Select(f => $"{f.Mark} {(f.Term is null ? "" : f.Term + "・・・")}{f.Text}")));
}

/// <summary>
/// One entry of a diff (改定の差分): a match with both sides looked up, its character differences when it is a pair, and
/// what the reader is told about it: moved (old place → new place), ★ and owner changes.
/// </summary>
public sealed record DiffEntry(StoredMatch Match, IReadOnlyList<DiffSide> Old, IReadOnlyList<DiffSide> New)
{
    public string Kind => Match.Kind;
    public bool IsPair => Old.Count == 1 && New.Count == 1;
    public IReadOnlyList<DiffSpan> Title => IsPair ? CharacterDiff.Compute(Old[0].Item.Title, New[0].Item.Title) : [];
    public IReadOnlyList<DiffSpan> Body => IsPair ? CharacterDiff.Compute(Old[0].Body, New[0].Body) : [];
    public bool StarChanged => IsPair && Old[0].Item.Starred != New[0].Item.Starred;
    public IReadOnlyList<string> OwnersAdded => [.. New.SelectMany(s => s.Units).Distinct().Except(Old.SelectMany(s => s.Units))];
    public IReadOnlyList<string> OwnersRemoved => [.. Old.SelectMany(s => s.Units).Distinct().Except(New.SelectMany(s => s.Units))];
    public bool PlaceChanged => Old.Count > 0 && New.Count > 0 && Old[0].Strategy.Title != New[0].Strategy.Title;
    /// <summary>Pillar keys and department names on either side, for the filters.</summary>
    public IEnumerable<string> Pillars => Old.Concat(New).Select(s => s.Pillar.Key).Distinct();
    public IEnumerable<string> Departments => Old.Concat(New).SelectMany(s => s.Units).Select(OwnerUnits.Department).Distinct();
    /// <summary>The key the entry is known by: the new key, or the old one for a removed item.</summary>
    public string Anchor => "m-" + (New.FirstOrDefault() ?? Old[0]).Item.Key;
}

/// <summary>The diff between two public versions: every entry, the organisation changes, and the links other features attach.</summary>
public sealed class RevisionDiff
{
    /// <summary>The kinds in the order the page shows them: what needs reading first, unchanged last.</summary>
    public static readonly string[] KindOrder = ["changed", "moved", "renumbered", "split", "merged", "added", "removed", "same"];

    public RevisionDiff(PlanDocument older, PlanDocument newer, IReadOnlyList<StoredMatch> matches,
        IReadOnlyList<StoredOrganisationChange> organisation, bool confirmed)
    {
        Older = new PlanIndex(older);
        Newer = new PlanIndex(newer);
        Confirmed = confirmed;
        Organisation = organisation;
        Entries = [.. matches.Select(m => new DiffEntry(m, [.. m.OldKeys.Select(k => Side(Older, k)).OfType<DiffSide>()],
            [.. m.NewKeys.Select(k => Side(Newer, k)).OfType<DiffSide>()]))
            .Where(e => e.Old.Count + e.New.Count > 0)];
        Counts = KindOrder.ToDictionary(k => k, k => Entries.Count(e => e.Kind == k));
    }

    public PlanIndex Older { get; }
    public PlanIndex Newer { get; }
    /// <summary>True when an administrator confirmed these matches; false when computed for a pair of versions that is not one confirmed step.</summary>
    public bool Confirmed { get; }
    public IReadOnlyList<DiffEntry> Entries { get; }
    public IReadOnlyDictionary<string, int> Counts { get; }
    public IReadOnlyList<StoredOrganisationChange> Organisation { get; }

    /// <summary>Pillars of both versions (by key, the newer title first) and departments, for the filter form.</summary>
    public IReadOnlyList<(string Key, string Title)> PillarChoices =>
        [.. Newer.Plan.Pillars.Select(p => (p.Key, p.Title))
            .Concat(Older.Plan.Pillars.Select(p => (p.Key, p.Title))).DistinctBy(p => p.Key).OrderBy(p => p.Key, KeyOrder.Instance)];

    public IReadOnlyList<string> DepartmentChoices =>
        [.. Entries.SelectMany(e => e.Departments).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IEnumerable<DiffEntry> Filtered(string? pillar, string? department) =>
        Entries.Where(e => (pillar is null || e.Pillars.Contains(pillar)) && (department is null || e.Departments.Contains(department)));

    static DiffSide? Side(PlanIndex index, string key)
    {
        if (index.Item(key) is not { } item)
            return null;
        var strategy = index.StrategyOf(item);
        return new DiffSide(item, strategy, index.PillarOf(strategy), OwnerUnits.Of(item.Owners.Count > 0 ? item.Owners : index.OwnersOf(item)));
    }

    /// <summary>A kind as a heading, in the reader's language.</summary>
    public static string KindLabel(string kind, UiText ui) => kind switch
    {
        "same" => ui.T("変更なし", "Unchanged"),
        "changed" => ui.T("内容の変更", "Changed"),
        "moved" => ui.T("移動(別の戦略計画へ)", "Moved to another strategic plan"),
        "renumbered" => ui.T("番号の変更", "Renumbered"),
        "split" => ui.T("分割", "Split"),
        "merged" => ui.T("統合", "Merged"),
        "added" => ui.T("追加", "Added"),
        "removed" => ui.T("削除", "Removed"),
        _ => kind,
    };

    public static string AspectLabel(string aspect, UiText ui) => aspect switch
    {
        "title" => ui.T("名称", "title"),
        "body" => ui.T("本文", "text"),
        "star" => ui.T("★印", "star"),
        "owners" => ui.T("担当課", "owners"),
        "parent" => ui.T("上位の取組", "parent item"),
        "strategy" => ui.T("戦略計画", "strategic plan"),
        "pillar" => ui.T("施策の柱", "pillar"),
        _ => aspect,
    };
}

/// <summary>What the entry partial needs: the entry, where new items link to (null: no link), and the attached links.</summary>
public sealed record DiffEntryView(DiffEntry Entry, Func<string, string?> NewItemUrl, IReadOnlyList<ItemLink> Links, int HeadingLevel = 3);
