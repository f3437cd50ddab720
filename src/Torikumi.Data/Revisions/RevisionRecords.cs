using Torikumi.Core.Plans;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Revisions;

/// <summary>Who confirms or corrects (an administrator), for the record and the audit trail.</summary>
public sealed record RevisionActor(string UserId, string UserName);

/// <summary>A revision as listed for staff: the plan, the two version numbers, its state and how many matches of each kind.</summary>
public sealed record RevisionListing(int PlanId, string PlanTitle, int OldNumber, int NewNumber, string? NewStage,
    RevisionState State, DateTimeOffset ProposedAt, DateTimeOffset? ConfirmedAt, string? ConfirmedByName,
    IReadOnlyDictionary<string, int> Kinds);

/// <summary>One stored match, as pages show it.</summary>
public sealed record StoredMatch(int Id, int Position, string Kind, IReadOnlyList<string> OldKeys, IReadOnlyList<string> NewKeys,
    double Confidence, IReadOnlyList<string> Changes, bool Corrected);

/// <summary>One stored organisation change.</summary>
public sealed record StoredOrganisationChange(string Kind, IReadOnlyList<string> Old, IReadOnlyList<string> New, int ItemCount);

/// <summary>A match set with both documents, for the staff page and the public diff.</summary>
public sealed record RevisionDetail(int PlanId, int SetId, int OldVersionId, int NewVersionId, int OldNumber, int NewNumber,
    RevisionState State, DateTimeOffset ProposedAt, DateTimeOffset? ConfirmedAt, string? ConfirmedByName, string? CarriedOver,
    PlanDocument Older, PlanDocument Newer, IReadOnlyList<StoredMatch> Matches, IReadOnlyList<StoredOrganisationChange> OrganisationChanges);

/// <summary>What a confirmation did: the records each carry-over moved.</summary>
public sealed record ConfirmationResult(int NewNumber, IReadOnlyList<(string Name, int Count)> Carried)
{
    public override string ToString() => string.Join("; ", Carried.Select(c => $"{c.Name}: {c.Count}"));
}

/// <summary>One step of an item's history (変遷): in which public version it got its key, how, and from which old key(s).</summary>
public sealed record ItemHistoryStep(int OldNumber, int NewNumber, string Kind, IReadOnlyList<string> OldKeys, IReadOnlyList<string> NewKeys);

/// <summary>Why a revision cannot be corrected or confirmed (what, and how to fix it), in both languages.</summary>
public sealed class RevisionRefusedException(RevisionRefusal kind, string japanese, string english) : Exception(english)
{
    public RevisionRefusal Kind { get; } = kind;
    public string Japanese { get; } = japanese;
    public string English { get; } = english;
}

public enum RevisionRefusal
{
    NotFound,
    Invalid,
    Conflict,
}
