using Torikumi.Core.Progress;

namespace Torikumi.Data.Entities;

/// <summary>
/// A plan's own status scale (ステータスの段階); a plan without one uses <see cref="StatusScales.Default"/>. Stored as
/// the statuses in order (JSON) and the three codes the indicator rule suggests, and rebuilt with
/// <see cref="StatusScale.Create"/> so only a valid scale is ever used.
/// </summary>
public sealed class PlanStatusScale
{
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public List<ProgressStatus> Statuses { get; set; } = [];
    public string? SuggestReached { get; set; }
    public string? SuggestNearly { get; set; }
    public string? SuggestBehind { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedById { get; set; }
    public required string UpdatedByName { get; set; }

    public StatusScale ToScale() => StatusScale.Create(Statuses,
        SuggestReached is { } r && SuggestNearly is { } n && SuggestBehind is { } b ? new StatusSuggestionCodes(r, n, b) : null);
}
