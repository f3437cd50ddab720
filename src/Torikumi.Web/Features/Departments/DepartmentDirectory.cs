using System.Runtime.CompilerServices;
using Torikumi.Core.Plans;

namespace Torikumi.Web.Features.Departments;

/// <summary>How a department or section is responsible for an item.</summary>
public enum Responsibility
{
    None,
    /// <summary>Named in the item's own owner line (事業実施課).</summary>
    Own,
    /// <summary>The item has no owner line; the enclosing initiative's owners answer for it.</summary>
    Enclosing,
    /// <summary>Named only in the owner lines of the item's sub-items.</summary>
    SubItems,
}

/// <summary>
/// A department (部) or one of its sections (課) as the plan's owner lines name them, with every item it is
/// responsible for (by the rule of <see cref="PlanIndex.OwnersOf"/>, so counts agree with the item pages).
/// </summary>
public sealed record OrgUnit
{
    public required string Name { get; init; }
    /// <summary>For a section, its department (two when two 部 each have a 課 of this name); empty for a department.</summary>
    public IReadOnlyList<string> Parents { get; init; } = [];
    public IReadOnlyList<OrgUnit> Sections { get; init; } = [];
    /// <summary>Items and sub-items in reading order.</summary>
    public IReadOnlyList<PlanItem> Items { get; init; } = [];

    public bool IsSection => Parents.Count > 0;

    public bool IsNamedIn(Owner owner) =>
        IsSection ? Parents.Contains(owner.Department) && owner.Sections.Contains(Name) : owner.Department == Name;
}

/// <summary>
/// The directory 部 → 課 of one plan version. Departments come in the order the plan first names them, which keeps
/// related ones together (a code-point sort of kanji would look random to a reader). Built once per cached
/// <see cref="PlanIndex"/>: a stored version never changes, so the directory can live as long as its index.
/// </summary>
public sealed class DepartmentDirectory
{
    static readonly ConditionalWeakTable<PlanIndex, DepartmentDirectory> Built = new();

    readonly PlanIndex index;
    readonly Dictionary<string, OrgUnit> departments = new(StringComparer.Ordinal);
    readonly Dictionary<string, OrgUnit> sections = new(StringComparer.Ordinal);
    readonly Dictionary<string, IReadOnlyList<string>> departmentsOfItem = new(StringComparer.Ordinal);

    public static DepartmentDirectory Of(PlanIndex index) => Built.GetValue(index, i => new DepartmentDirectory(i));

    DepartmentDirectory(PlanIndex index)
    {
        this.index = index;
        // Filled here, read-only afterwards: PlanIndex.DepartmentsOf fills a cache on first use, which is not safe
        // when concurrent requests share one cached index.
        foreach (var item in index.Items)
            departmentsOfItem[item.Key] = [.. index.OwnersOf(item).Select(o => o.Department)];
        var owners = index.Items.SelectMany(i => i.Owners).ToList();
        var list = new List<OrgUnit>();
        foreach (var name in owners.Select(o => o.Department).Distinct(StringComparer.Ordinal))
        {
            var sectionUnits = owners.Where(o => o.Department == name).SelectMany(o => o.Sections)
                .Distinct(StringComparer.Ordinal)
                .Select(s => WithItems(new OrgUnit { Name = s, Parents = [name] }))
                .ToList();
            var unit = WithItems(new OrgUnit { Name = name, Sections = sectionUnits });
            departments[name] = unit;
            list.Add(unit);
        }
        Departments = list;
        foreach (var group in list.SelectMany(d => d.Sections).GroupBy(s => s.Name, StringComparer.Ordinal))
            sections[group.Key] = group.Count() == 1 ? group.First()
                : WithItems(new OrgUnit { Name = group.Key, Parents = [.. group.SelectMany(s => s.Parents)] });
    }

    OrgUnit WithItems(OrgUnit unit) =>
        unit with { Items = [.. index.Items.Where(i => index.OwnersOf(i).Any(unit.IsNamedIn))] };

    /// <summary>Every department, in the order the plan first names it.</summary>
    public IReadOnlyList<OrgUnit> Departments { get; }

    /// <summary>A department by name, else a section by name (a 部 wins if a name is both), else null.</summary>
    public OrgUnit? Find(string name) => departments.GetValueOrDefault(name) ?? sections.GetValueOrDefault(name);

    /// <summary>The departments responsible for an item, as <see cref="PlanIndex.DepartmentsOf"/> gives them.</summary>
    public IReadOnlyList<string> DepartmentsOf(PlanItem item) => departmentsOfItem.GetValueOrDefault(item.Key) ?? [];

    /// <summary>Why the unit answers for the item: its own line, its initiative's line, or its sub-items' lines.</summary>
    public Responsibility ResponsibilityOf(OrgUnit unit, PlanItem item)
    {
        if (item.Owners.Any(unit.IsNamedIn))
            return Responsibility.Own;
        if (item.Owners.Count == 0)
            for (var p = index.ParentOf(item); p is not null; p = index.ParentOf(p))
                if (p.Owners.Count > 0)
                {
                    if (p.Owners.Any(unit.IsNamedIn))
                        return Responsibility.Enclosing;
                    break;
                }
        return item.SelfAndDescendants().Skip(1).Any(d => d.Owners.Any(unit.IsNamedIn)) ? Responsibility.SubItems : Responsibility.None;
    }

    /// <summary>The sections of a department that the plan names for an item (by the rule of <see cref="PlanIndex.OwnersOf"/>).</summary>
    public IReadOnlyList<string> SectionsFor(string department, PlanItem item) =>
        [.. index.OwnersOf(item).Where(o => o.Department == department).SelectMany(o => o.Sections)];
}
