using System.ComponentModel;
using Torikumi.Core.Plans;
using Torikumi.Data.Storage;

namespace Torikumi.Web.Features.Plans;

// What the read API sends: explicit shapes, never entities, built from the plan model and PlanIndex.

/// <summary>One plan in the list: what a client needs to choose one.</summary>
public sealed record PlanListItem(int Id, string Title, string Municipality, string? Stage);

/// <summary>How many nodes of each level a version has.</summary>
public sealed record VersionCounts(int Pillars, int Strategies, int Items, int SubItems)
{
    public static VersionCounts From(NodeCounts c) => new(c.Pillars, c.Strategies, c.Items, c.SubItems);
}

/// <summary>One stored version (版) of a plan: 素案, 案, 決定 or a re-import.</summary>
public sealed record VersionListItem(
    [property: Description("Version number, 1 for the first import.")] int Number,
    [property: Description("素案, 案 or 決定; null when the document does not say.")] string? Stage,
    [property: Description("The plan's title as printed in this version.")] string Title,
    [property: Description("When this version was imported (ISO 8601).")] DateTimeOffset ImportedAt,
    [property: Description("text (a published plan text) or json (the open-data format).")] string SourceFormat,
    VersionCounts Counts,
    [property: Description("This version in the open-data JSON format.")] string Url);

/// <summary>A municipality (自治体) with how many plans and departments are stored for it.</summary>
public sealed record MunicipalityListItem(int Id, string Name, int Plans, int Departments);

/// <summary>The plan's structure without any text but titles: for a table of contents, a menu or a chooser.</summary>
public sealed record PlanTree(int PlanId, int Version, string Title, string? Municipality, string? Stage, IReadOnlyList<TreePillar> Pillars)
{
    public static PlanTree From(PlanIndex index, int planId, int version)
    {
        var plan = index.Plan;
        return new(planId, version, plan.Title, plan.Municipality, plan.Stage,
            [.. plan.Pillars.Select(p => new TreePillar(p.Key, p.Number, p.Title,
                [.. p.Strategies.Select(s => new TreeStrategy(s.Key, s.Number, s.Title, [.. s.Items.Select(i => Item(index, i))]))]))]);
    }

    static TreeItem Item(PlanIndex index, PlanItem item) => new(
        item.Key, item.Number, item.Title, item.Starred, item.Section == ItemSection.Related, item.Repost, item.RepostOf,
        index.DepartmentsOf(item), [.. item.Children.Select(c => Item(index, c))]);
}

/// <summary>A policy pillar (施策の柱) in the tree.</summary>
public sealed record TreePillar(string Key, int Number, string Title, IReadOnlyList<TreeStrategy> Strategies);

/// <summary>A strategic plan (戦略計画) in the tree.</summary>
public sealed record TreeStrategy(string Key, int Number, string Title, IReadOnlyList<TreeItem> Items);

/// <summary>An item or sub-item in the tree: its key and flags, and the departments responsible (部).</summary>
public sealed record TreeItem(
    string Key,
    int Number,
    string Title,
    [property: Description("The title carries ★.")] bool Starred,
    [property: Description("A related project (関連する事業) rather than an initiative (取組).")] bool Related,
    [property: Description("Marked 【再掲】: repeated from another strategic plan.")] bool Repost,
    [property: Description("Key of the original when this is a repost and the original was found.")] string? RepostOf,
    [property: Description("Departments responsible: the item's own, else its parent's, plus those of its sub-items.")] IReadOnlyList<string> Departments,
    IReadOnlyList<TreeItem> Children);

/// <summary>The departments (部 → 課) of a plan with the items each is responsible for.</summary>
public sealed record PlanDepartments(int PlanId, int Version, IReadOnlyList<DepartmentEntry> Departments)
{
    /// <summary>By <see cref="PlanIndex.OwnersOf"/>: an item counts for the owners it names, or its parent's, and its sub-items' owners.</summary>
    public static PlanDepartments From(PlanIndex index, int planId, int version)
    {
        var departments = new Dictionary<string, (List<string> Items, SortedDictionary<string, List<string>> Sections)>(StringComparer.Ordinal);
        foreach (var item in index.Items)
            foreach (var owner in index.OwnersOf(item))
            {
                if (!departments.TryGetValue(owner.Department, out var entry))
                    departments[owner.Department] = entry = ([], new(StringComparer.Ordinal));
                entry.Items.Add(item.Key);
                foreach (var section in owner.Sections)
                {
                    if (!entry.Sections.TryGetValue(section, out var keys))
                        entry.Sections[section] = keys = [];
                    keys.Add(item.Key);
                }
            }
        return new(planId, version, [.. departments.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d =>
            new DepartmentEntry(d.Key, d.Value.Items, [.. d.Value.Sections.Select(s => new SectionEntry(s.Key, s.Value))]))]);
    }
}

/// <summary>A department (部, 室, 局 …) and the keys of the items it is responsible for, in reading order.</summary>
public sealed record DepartmentEntry(string Name, IReadOnlyList<string> Items, IReadOnlyList<SectionEntry> Sections);

/// <summary>A section (課, センター …) of a department and the keys of its items.</summary>
public sealed record SectionEntry(string Name, IReadOnlyList<string> Items);
