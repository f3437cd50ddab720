namespace Torikumi.Core.Plans;

/// <summary>
/// Look-ups over one immutable <see cref="PlanDocument"/> that pages, search and exports need again and again: an
/// item by key, its strategic plan and pillar, its parent, previous and next in reading order, the repeats (再掲)
/// that point at it, and the departments responsible for it. Built once per stored version.
/// </summary>
public sealed class PlanIndex
{
    readonly Dictionary<string, PlanItem> items = new(StringComparer.Ordinal);
    readonly Dictionary<string, PlanItem> parents = new(StringComparer.Ordinal);
    readonly Dictionary<string, Strategy> strategyOfItem = new(StringComparer.Ordinal);
    readonly Dictionary<string, Strategy> strategies = new(StringComparer.Ordinal);
    readonly Dictionary<string, Pillar> pillars = new(StringComparer.Ordinal);
    readonly Dictionary<string, Pillar> pillarOfStrategy = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> order = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<PlanItem>> repostsOf = new(StringComparer.Ordinal);
    readonly Dictionary<string, IReadOnlyList<string>> departments = new(StringComparer.Ordinal);

    public PlanIndex(PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Plan = plan;
        var all = new List<PlanItem>();
        foreach (var pillar in plan.Pillars)
        {
            pillars[pillar.Key] = pillar;
            foreach (var strategy in pillar.Strategies)
            {
                strategies[strategy.Key] = strategy;
                pillarOfStrategy[strategy.Key] = pillar;
                foreach (var item in strategy.Items)
                    Walk(item, null, strategy, all);
            }
        }
        Items = all;
        foreach (var item in all)
            if (item.RepostOf is { } original)
            {
                if (!repostsOf.TryGetValue(original, out var list))
                    repostsOf[original] = list = [];
                list.Add(item);
            }
        // Filled here, never later: one index is shared by concurrent requests, so it must be read-only once built.
        foreach (var item in all)
            departments[item.Key] = ComputeDepartments(item);
        Departments = [.. all.SelectMany(DepartmentsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    void Walk(PlanItem item, PlanItem? parent, Strategy strategy, List<PlanItem> all)
    {
        order[item.Key] = all.Count;
        all.Add(item);
        items[item.Key] = item;
        strategyOfItem[item.Key] = strategy;
        if (parent is not null)
            parents[item.Key] = parent;
        foreach (var child in item.Children)
            Walk(child, item, strategy, all);
    }

    public PlanDocument Plan { get; }

    /// <summary>Every item and sub-item in reading order.</summary>
    public IReadOnlyList<PlanItem> Items { get; }

    /// <summary>Every department (部, or 課 where the plan names no 部) that owns something, by name.</summary>
    public IReadOnlyList<string> Departments { get; }

    public PlanItem? Item(string key) => items.GetValueOrDefault(key);
    public Strategy? Strategy(string key) => strategies.GetValueOrDefault(key);
    public Pillar? Pillar(string key) => pillars.GetValueOrDefault(key);

    public PlanItem? ParentOf(PlanItem item) => parents.GetValueOrDefault(item.Key);
    public Strategy StrategyOf(PlanItem item) => strategyOfItem[item.Key];
    public Pillar PillarOf(Strategy strategy) => pillarOfStrategy[strategy.Key];
    public Pillar PillarOf(PlanItem item) => PillarOf(StrategyOf(item));

    /// <summary>Ancestors from the item's top-level initiative down to its parent.</summary>
    public IReadOnlyList<PlanItem> AncestorsOf(PlanItem item)
    {
        var chain = new List<PlanItem>();
        for (var p = ParentOf(item); p is not null; p = ParentOf(p))
            chain.Insert(0, p);
        return chain;
    }

    /// <summary>The item before this one in reading order (crossing strategic plans), or null at the start.</summary>
    public PlanItem? Previous(PlanItem item) => order[item.Key] is > 0 and var i ? Items[i - 1] : null;
    public PlanItem? Next(PlanItem item) => order[item.Key] is var i && i + 1 < Items.Count ? Items[i + 1] : null;

    /// <summary>The 【再掲】 items elsewhere in the plan that repeat this one.</summary>
    public IReadOnlyList<PlanItem> RepostsOf(PlanItem item) => repostsOf.GetValueOrDefault(item.Key) ?? [];

    /// <summary>
    /// The departments responsible for an item: its own owners; where it has none, the nearest ancestor's (a
    /// sub-item without an owner line belongs to whoever owns its initiative); plus every owner of its sub-items.
    /// </summary>
    public IReadOnlyList<string> DepartmentsOf(PlanItem item) =>
        departments.TryGetValue(item.Key, out var known) ? known : ComputeDepartments(item);

    IReadOnlyList<string> ComputeDepartments(PlanItem item)
    {
        var own = item.Owners.Select(o => o.Department).ToList();
        for (var p = ParentOf(item); own.Count == 0 && p is not null; p = ParentOf(p))
            own.AddRange(p.Owners.Select(o => o.Department));
        own.AddRange(item.Children.SelectMany(c => c.SelfAndDescendants()).SelectMany(c => c.Owners).Select(o => o.Department));
        return [.. own.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The owners (部 with its 課) that apply to an item, by the same rule as <see cref="DepartmentsOf"/>, merged per 部.</summary>
    public IReadOnlyList<Owner> OwnersOf(PlanItem item)
    {
        var owners = item.Owners.ToList();
        for (var p = ParentOf(item); owners.Count == 0 && p is not null; p = ParentOf(p))
            owners.AddRange(p.Owners);
        owners.AddRange(item.Children.SelectMany(c => c.SelfAndDescendants()).SelectMany(c => c.Owners));
        return [.. owners.GroupBy(o => o.Department, StringComparer.Ordinal)
            .Select(g => new Owner(g.Key, [.. g.SelectMany(o => o.Sections).Distinct(StringComparer.Ordinal)]))];
    }
}
