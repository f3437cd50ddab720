using Microsoft.EntityFrameworkCore;
using Torikumi.Data.Entities;
using Torikumi.Data.Revisions;

namespace Torikumi.Data.Progress;

/// <summary>
/// Discarded candidate indicators (破棄した候補) follow their items into a confirmed new version: to the new key, to each
/// part of a split, once into a merge; those of a removed item go. A candidate whose text changed in the new version
/// simply no longer matches its row and is proposed again.
/// </summary>
public sealed class DiscardedCandidatesCarryOver : IVersionCarryOver
{
    public string Name => "discarded candidate indicators";

    public async Task<int> CarryOverAsync(TorikumiDbContext db, ConfirmedMatches matches, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(matches);
        var rows = await db.DiscardedCandidates.Where(d => d.PlanId == matches.PlanId).OrderBy(d => d.Id).ToListAsync(ct);
        // Rows are replaced rather than re-keyed, so renumbering (1 → 2 while 2 → 3) never meets the unique index halfway.
        db.DiscardedCandidates.RemoveRange(rows);
        var placed = new HashSet<(string Key, int Department, string Candidate)>();
        foreach (var row in rows)
            foreach (var key in matches.NewKeysByOldKey.GetValueOrDefault(row.ItemKey) ?? [])
                if (placed.Add((key, row.DepartmentId, row.CandidateKey)))
                    db.DiscardedCandidates.Add(new DiscardedCandidate
                    {
                        PlanId = row.PlanId,
                        ItemKey = key,
                        DepartmentId = row.DepartmentId,
                        CandidateKey = row.CandidateKey,
                        Name = row.Name,
                        Unit = row.Unit,
                        Target = row.Target,
                        FiscalYear = row.FiscalYear,
                        DiscardedAt = row.DiscardedAt,
                        DiscardedById = row.DiscardedById,
                        DiscardedByName = row.DiscardedByName,
                    });
        return placed.Count;
    }
}
