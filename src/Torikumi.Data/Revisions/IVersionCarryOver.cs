namespace Torikumi.Data.Revisions;

/// <summary>
/// How the items of an older version of a plan correspond to those of a newer one, as an administrator confirmed it:
/// for every old key that survives, the new key(s) it became (one for same/changed/moved/renumbered, several for a
/// split; several old keys mapping to one new key is a merge). Old keys absent from the map were removed.
/// </summary>
public sealed record ConfirmedMatches(int PlanId, int OldVersionId, int NewVersionId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> NewKeysByOldKey);

/// <summary>
/// Something attached to items by key (progress reports, indicators, comment links …) that must follow the items into
/// a newly confirmed version. Every registered carry-over runs inside the one transaction that confirms the matches,
/// so either all data follows or none does; implementations only stage changes on <paramref name="db"/> and must not
/// call SaveChanges or open transactions themselves.
/// </summary>
public interface IVersionCarryOver
{
    /// <summary>Short name for logs and the confirmation summary, e.g. "progress reports".</summary>
    string Name { get; }

    /// <summary>Stages the changes; returns how many records were carried over (for the summary shown to the administrator).</summary>
    Task<int> CarryOverAsync(TorikumiDbContext db, ConfirmedMatches matches, CancellationToken ct = default);
}
