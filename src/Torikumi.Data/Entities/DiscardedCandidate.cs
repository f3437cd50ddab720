namespace Torikumi.Data.Entities;

/// <summary>
/// A candidate indicator (指標の候補) a department's editor discarded for an item (破棄した候補), so it is no longer
/// proposed to that department; deleting the row restores it. The candidate is found again in the item's text by
/// <see cref="CandidateKey"/> (the words it was read from, and the year it names), so the plan text, not this row,
/// stays the source of the candidate; the name, figure and unit are kept to say what was discarded.
/// </summary>
public sealed class DiscardedCandidate
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public required string ItemKey { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;

    /// <summary>The excerpt the candidate was read from, with the fiscal year it names (e.g. <c>ICT導入率100%@2023</c>).</summary>
    public required string CandidateKey { get; set; }
    public required string Name { get; set; }
    public string Unit { get; set; } = "";
    public decimal Target { get; set; }
    public int? FiscalYear { get; set; }

    public DateTimeOffset DiscardedAt { get; set; }
    public required string DiscardedById { get; set; }
    public required string DiscardedByName { get; set; }
}
