namespace Torikumi.Data.Entities;

/// <summary>
/// One change in the audit trail (監査証跡) of progress management: who, when, what, and the state before and after
/// as JSON. Append-only: written in the same transaction as the change, never updated or deleted (the context
/// refuses to save a change to one). Plan-level changes (deadline, status scale) have no item or department.
/// Deliberately without foreign keys, so the trail outlives whatever it describes.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public int PlanId { get; set; }
    public string? ItemKey { get; set; }
    public int? FiscalYear { get; set; }
    public string? Department { get; set; }
    /// <summary>save, submit, return, approve, publish, indicator-add, indicator-update, indicator-delete, candidate-discard, candidate-restore, deadline, scale.</summary>
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
