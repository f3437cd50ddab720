using Torikumi.Core.Plans;

namespace Torikumi.Data.Entities;

/// <summary>The level of a node in the plan tree.</summary>
public enum NodeKind
{
    /// <summary>施策の柱.</summary>
    Pillar,
    /// <summary>戦略計画.</summary>
    Strategy,
    /// <summary>An initiative (取組) or related project (関連する事業).</summary>
    Item,
    /// <summary>A sub-item ((1), (2) …) of an item, at any depth.</summary>
    SubItem,
}

/// <summary>
/// A pillar, strategic plan, item or sub-item of one version. <see cref="Key"/> (P1, S4, 4-1-3, 12-R3) is unique
/// within the version and stable across versions, so progress, comments and revisions can refer to it.
/// </summary>
public sealed class PlanNode
{
    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    public PlanVersion PlanVersion { get; set; } = null!;
    public int? ParentId { get; set; }
    public PlanNode? Parent { get; set; }
    public List<PlanNode> Children { get; set; } = [];

    public NodeKind Kind { get; set; }
    public required string Key { get; set; }
    /// <summary>Order among its siblings, from 0.</summary>
    public int Position { get; set; }
    public int Number { get; set; }
    /// <summary>取組 or 関連する事業, for items and sub-items.</summary>
    public ItemSection? ItemSection { get; set; }
    public required string Title { get; set; }
    public List<string> Body { get; set; } = [];
    public List<string> List { get; set; } = [];
    public List<string> BodyAfterList { get; set; } = [];
    public bool Starred { get; set; }
    public bool Repost { get; set; }
    public string? RepostOf { get; set; }
    public string? OwnersLabel { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }

    public List<NodeOwner> Owners { get; set; } = [];
    public List<NodeFootnote> Footnotes { get; set; } = [];
    public List<NodeSectionHeading> SectionHeadings { get; set; } = [];
}
