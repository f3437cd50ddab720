namespace Torikumi.Data.Entities;

/// <summary>The date by which departments submit their reports for a fiscal year of a plan (提出期限).</summary>
public sealed class ProgressDeadline
{
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public int FiscalYear { get; set; }
    public DateOnly Due { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedById { get; set; }
    public required string UpdatedByName { get; set; }
}
