using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Revisions.Support;

/// <summary>An item being revised: mutable, remembering which old items it came from.</summary>
internal sealed class Node
{
    /// <summary>Keys of the old items this one continues (none for a new item, two or more after a merge).</summary>
    public List<string> Origins { get; set; } = [];
    public string? OldKey => Origins.FirstOrDefault();
    public required string Title { get; set; }
    public List<string> Body { get; set; } = [];
    public List<string> List { get; set; } = [];
    public List<string> After { get; set; } = [];
    public List<Footnote> Footnotes { get; set; } = [];
    public bool Starred { get; set; }
    public bool Repost { get; set; }
    public Node? RepostOf { get; set; }
    public List<Owner> Owners { get; set; } = [];
    public string? OwnersLabel { get; set; }
    public ItemSection Section { get; set; }
    public List<Node> Children { get; set; } = [];
    public Node? Parent { get; set; }
    public bool Added { get; init; }
    public bool WasSplit { get; set; }
    /// <summary>Other items repeat this one (【再掲】), so removing, splitting or merging it would break their link.</summary>
    public bool Reposted { get; set; }
    public bool Removable => !Repost && !Reposted && !Added;
}

internal sealed class StrategyNode(Strategy original)
{
    public Strategy Original { get; } = original;
    public int Number => Original.Number;
    public List<Node> Items { get; } = [];
}

/// <summary>A plan as a mutable tree the reviser edits, and back to a <see cref="PlanDocument"/> with fresh keys.</summary>
internal sealed class RevisionModel
{
    public List<StrategyNode> Strategies { get; } = [];
    public HashSet<string> RenamedDepartmentsToAvoid { get; } = new(StringComparer.Ordinal);
    PlanDocument original = null!;

    public static RevisionModel From(PlanDocument plan)
    {
        var model = new RevisionModel { original = plan };
        var byKey = new Dictionary<string, Node>(StringComparer.Ordinal);
        // Reposts may point forward in the document, so links are resolved once every node exists.
        var reposts = new List<(Node Node, string Of)>();
        foreach (var strategy in plan.Strategies)
        {
            var s = new StrategyNode(strategy);
            foreach (var item in strategy.Items)
                s.Items.Add(Build(item, null));
            model.Strategies.Add(s);
        }
        foreach (var (node, of) in reposts)
            node.RepostOf = byKey.GetValueOrDefault(of);
        foreach (var node in model.AllNodes())
            if (node.Repost && node.RepostOf is { } target)
                target.Reposted = true;
        return model;

        Node Build(PlanItem item, Node? parent)
        {
            var node = new Node
            {
                Origins = [item.Key],
                Title = item.Title,
                Body = [.. item.Body],
                List = [.. item.List],
                After = [.. item.BodyAfterList],
                Footnotes = [.. item.Footnotes],
                Starred = item.Starred,
                Repost = item.Repost,
                Owners = [.. item.Owners],
                OwnersLabel = item.OwnersLabel,
                Section = item.Section,
                Parent = parent,
            };
            byKey[item.Key] = node;
            foreach (var child in item.Children)
                node.Children.Add(Build(child, node));
            if (item.RepostOf is { } of)
                reposts.Add((node, of));
            return node;
        }
    }

    public IEnumerable<Node> TopLevel() => Strategies.SelectMany(s => s.Items);

    public IEnumerable<Node> AllNodes() => TopLevel().SelectMany(Walk);

    static IEnumerable<Node> Walk(Node node) => node.Children.SelectMany(Walk).Prepend(node);

    /// <summary>Every list of siblings: each strategic plan's items and each item's sub-items.</summary>
    public IEnumerable<List<Node>> Siblings() =>
        Strategies.Select(s => s.Items).Concat(AllNodes().Where(n => n.Children.Count > 0).Select(n => n.Children));

    public StrategyNode StrategyOf(Node node)
    {
        var top = node;
        while (top.Parent is not null)
            top = top.Parent;
        return Strategies.First(s => s.Items.Contains(top));
    }

    public Dictionary<string, int> UnitCounts() =>
        AllNodes().SelectMany(n => Torikumi.Core.Revisions.OwnerUnits.Of(n.Owners)).GroupBy(u => u, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public void Detach(Node node)
    {
        if (node.Parent is { } parent)
            parent.Children.Remove(node);
        else
            StrategyOf(node).Items.Remove(node);
        node.Parent = null;
    }

    public void InsertAfter(Node existing, Node added)
    {
        var list = existing.Parent?.Children ?? StrategyOf(existing).Items;
        list.Insert(list.IndexOf(existing) + 1, added);
        added.Parent = existing.Parent;
    }

    /// <summary>After <see cref="ToDocument"/>: for each new key, the old keys its item continues.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OriginsByNewKey { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The revised document: items renumbered in order per strategic plan and section, 【再掲】 links re-pointed.</summary>
    public PlanDocument ToDocument(PlanDocument shell)
    {
        var keys = new Dictionary<Node, string>();
        foreach (var s in Strategies)
        {
            var counters = new Dictionary<ItemSection, int>();
            foreach (var node in s.Items)
            {
                counters[node.Section] = counters.GetValueOrDefault(node.Section) + 1;
                Number(node, PlanItem.KeyFor(s.Number, node.Section, counters[node.Section]));
            }
        }
        OriginsByNewKey = keys.ToDictionary(kv => kv.Value, kv => (IReadOnlyList<string>)kv.Key.Origins, StringComparer.Ordinal);
        void Number(Node node, string key)
        {
            keys[node] = key;
            for (var k = 0; k < node.Children.Count; k++)
                Number(node.Children[k], PlanItem.ChildKeyFor(key, k + 1));
        }
        PlanItem ToItem(Node node, int number) => new()
        {
            Key = keys[node],
            Number = number,
            Section = node.Section,
            Title = node.Title,
            Body = [.. node.Body],
            List = [.. node.List],
            BodyAfterList = [.. node.After],
            Footnotes = [.. node.Footnotes],
            Starred = node.Starred,
            Repost = node.Repost,
            RepostOf = node.RepostOf is { } of && keys.TryGetValue(of, out var k) ? k : null,
            Owners = [.. node.Owners],
            OwnersLabel = node.Owners.Count > 0 ? node.OwnersLabel ?? "事業実施課" : null,
            Children = [.. node.Children.Select((c, i) => ToItem(c, i + 1))],
        };
        var strategies = Strategies.ToDictionary(s => s.Original.Key);
        return shell with
        {
            Pillars = [.. original.Pillars.Select(p => p with
            {
                Span = default,
                Strategies = [.. p.Strategies.Select(s => s with
                {
                    Span = default,
                    Sections = [.. s.Sections.Select(h => h with { Span = default })],
                    Items = [.. strategies[s.Key].Items.Select(n => (Node: n, Number: strategies[s.Key].Items
                        .Where(x => x.Section == n.Section).ToList().IndexOf(n) + 1)).Select(x => ToItem(x.Node, x.Number))],
                })],
            })],
        };
    }
}
