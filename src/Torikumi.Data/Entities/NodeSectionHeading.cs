using Torikumi.Core.Plans;

namespace Torikumi.Data.Entities;

/// <summary>A section heading of a strategic plan as printed (令和4・5年度の取組, 関連する事業).</summary>
public sealed class NodeSectionHeading
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public PlanNode Node { get; set; } = null!;
    public int Position { get; set; }
    public ItemSection Section { get; set; }
    public required string Label { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
}
