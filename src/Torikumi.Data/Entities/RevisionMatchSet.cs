namespace Torikumi.Data.Entities;

/// <summary>Where a set of matches stands: proposed by the import, or confirmed by an administrator.</summary>
public enum RevisionState
{
    Proposed,
    Confirmed,
}

/// <summary>
/// How the items of a newly imported version (改定) correspond to those of the plan's previous public version: proposed
/// by the import, corrected and confirmed by an administrator. One per new version; confirming it carries progress and
/// other key-attached data over and makes the new version public.
/// </summary>
public sealed class RevisionMatchSet
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public int OldVersionId { get; set; }
    public PlanVersion OldVersion { get; set; } = null!;
    public int NewVersionId { get; set; }
    public PlanVersion NewVersion { get; set; } = null!;
    public RevisionState State { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedById { get; set; }
    public string? ConfirmedByName { get; set; }
    /// <summary>What the confirmation carried over, e.g. "progress reports: 12; indicators: 3", for the record.</summary>
    public string? CarriedOver { get; set; }

    public List<RevisionItemMatch> Matches { get; set; } = [];
    public List<RevisionOrganisationChange> OrganisationChanges { get; set; } = [];
}

/// <summary>
/// One correspondence of a <see cref="RevisionMatchSet"/>: old key(s) → new key(s) with its kind (same, changed, moved,
/// renumbered, split, merged, added, removed), the matcher's confidence and what changed (title, body, owners, star …).
/// </summary>
public sealed class RevisionItemMatch
{
    public int Id { get; set; }
    public int SetId { get; set; }
    public RevisionMatchSet Set { get; set; } = null!;
    /// <summary>Order within the set (the matcher's order: new document order, removed items last).</summary>
    public int Position { get; set; }
    /// <summary>Lower-case kind: same, changed, moved, renumbered, split, merged, added, removed.</summary>
    public required string Kind { get; set; }
    public List<string> OldKeys { get; set; } = [];
    public List<string> NewKeys { get; set; } = [];
    /// <summary>0–1; 1 for a match an administrator set by hand.</summary>
    public double Confidence { get; set; }
    /// <summary>The aspects that differ, lower-case: title, body, owners, star, place, number …</summary>
    public List<string> Changes { get; set; } = [];
    /// <summary>True when an administrator corrected the proposal.</summary>
    public bool Corrected { get; set; }
}

/// <summary>
/// A change of the organisation between two versions (組織改正): sections or departments renamed, merged or split, as
/// the agreeing owner changes of matched items show it. Lets a department page say 「旧 〇〇課」.
/// </summary>
public sealed class RevisionOrganisationChange
{
    public int Id { get; set; }
    public int SetId { get; set; }
    public RevisionMatchSet Set { get; set; } = null!;
    public int Position { get; set; }
    /// <summary>Lower-case kind: renamed, merged, split.</summary>
    public required string Kind { get; set; }
    /// <summary>The old units, each written 「部 課」 or a 部 alone.</summary>
    public List<string> Old { get; set; } = [];
    /// <summary>The new units, written the same way.</summary>
    public List<string> New { get; set; } = [];
    /// <summary>How many matched items show the change.</summary>
    public int ItemCount { get; set; }
}
