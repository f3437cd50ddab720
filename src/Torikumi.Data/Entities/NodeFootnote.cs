namespace Torikumi.Data.Entities;

/// <summary>A footnote (※N) of a node.</summary>
public sealed class NodeFootnote
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public PlanNode Node { get; set; } = null!;
    public int Position { get; set; }
    public required string Mark { get; set; }
    public string? Term { get; set; }
    public required string Text { get; set; }
}
