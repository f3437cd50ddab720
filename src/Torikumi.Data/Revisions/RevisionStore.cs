using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Data.Entities;
using Torikumi.Data.Search;
using Torikumi.Data.Storage;

namespace Torikumi.Data.Revisions;

/// <summary>
/// The revisions (改定) of plans: the match sets imports proposed, an administrator's corrections, and the confirmation
/// that carries key-attached data over (every registered <see cref="IVersionCarryOver"/>) and makes the version public,
/// all in one transaction. Also reads what the public may see: confirmed sets, an item's history, former unit names.
/// </summary>
public sealed class RevisionStore(TorikumiDbContext db, IEnumerable<IVersionCarryOver> carryOvers, TimeProvider? clock = null)
{
    public const string ConfirmAction = "revision-confirm";
    public const string CorrectAction = "revision-correct";

    readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>Every revision, newest first (proposed ones before confirmed ones); of one plan when given.</summary>
    public async Task<List<RevisionListing>> ListAsync(int? planId = null, CancellationToken ct = default)
    {
        var sets = await db.RevisionMatchSets.AsNoTracking().Where(s => planId == null || s.PlanId == planId)
            .Select(s => new
            {
                s.PlanId, s.Plan.Title, Old = s.OldVersion.Number, New = s.NewVersion.Number, s.NewVersion.Stage, s.State,
                s.ProposedAt, s.ConfirmedAt, s.ConfirmedByName, Kinds = s.Matches.Select(m => m.Kind).ToList(),
            })
            .ToListAsync(ct);
        return [.. sets.OrderBy(s => s.State).ThenByDescending(s => s.PlanId).ThenByDescending(s => s.New)
            .Select(s => new RevisionListing(s.PlanId, s.Title, s.Old, s.New, s.Stage, s.State, s.ProposedAt, s.ConfirmedAt, s.ConfirmedByName,
                s.Kinds.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count())))];
    }

    /// <summary>The set whose new version is <paramref name="newNumber"/>, with both documents; null if there is none.</summary>
    /// <param name="confirmedOnly">True for public readers: a proposed set (and its unconfirmed version) stays hidden.</param>
    public async Task<RevisionDetail?> LoadAsync(int planId, int newNumber, bool confirmedOnly, CancellationToken ct = default)
    {
        var set = await db.RevisionMatchSets.AsNoTracking().AsSplitQuery()
            .Include(s => s.Matches).Include(s => s.OrganisationChanges).Include(s => s.OldVersion).Include(s => s.NewVersion)
            .Where(s => s.PlanId == planId && s.NewVersion.Number == newNumber && (!confirmedOnly || s.State == RevisionState.Confirmed))
            .SingleOrDefaultAsync(ct);
        if (set is null)
            return null;
        var municipality = await db.Plans.Where(p => p.Id == planId).Select(p => p.Municipality.Name).SingleAsync(ct);
        var older = await PlanReader.ReadAsync(db, set.OldVersion, municipality, ct);
        var newer = await PlanReader.ReadAsync(db, set.NewVersion, municipality, ct);
        return new RevisionDetail(planId, set.Id, set.OldVersionId, set.NewVersionId, set.OldVersion.Number, set.NewVersion.Number,
            set.State, set.ProposedAt, set.ConfirmedAt, set.ConfirmedByName, set.CarriedOver, older, newer,
            [.. set.Matches.OrderBy(m => m.Position).Select(m => new StoredMatch(m.Id, m.Position, m.Kind, m.OldKeys, m.NewKeys,
                m.Confidence, m.Changes, m.Corrected))],
            [.. set.OrganisationChanges.OrderBy(c => c.Position).Select(c => new StoredOrganisationChange(c.Kind, c.Old, c.New, c.ItemCount))]);
    }

    /// <summary>Corrects one match of a proposed set (one transaction; the whole set stays consistent).</summary>
    /// <exception cref="RevisionRefusedException">No such set, already confirmed, or the correction names unknown keys.</exception>
    public async Task CorrectAsync(int planId, int newNumber, MatchCorrectionRequest request, RevisionActor actor, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var set = await ProposedSetAsync(planId, newNumber, ct);
            var municipality = await db.Plans.Where(p => p.Id == planId).Select(p => p.Municipality.Name).SingleAsync(ct);
            var older = new PlanIndex(await PlanReader.ReadAsync(db, set.OldVersion, municipality, ct));
            var newer = new PlanIndex(await PlanReader.ReadAsync(db, set.NewVersion, municipality, ct));
            var before = set.Matches.FirstOrDefault(m => m.Id == request.MatchId) is { } m ? Describe(m) : null;
            if (MatchCorrection.Apply(set.Matches, request, older, newer, out var dropped) is { } refusal)
                throw new RevisionRefusedException(RevisionRefusal.Invalid, refusal.Japanese, refusal.English);
            db.RevisionItemMatches.RemoveRange(dropped);
            var after = set.Matches.First(x => x.Id == request.MatchId);
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(), UserId = actor.UserId, UserName = actor.UserName, PlanId = planId,
                ItemKey = after.NewKeys.FirstOrDefault() ?? after.OldKeys.FirstOrDefault(), Action = CorrectAction,
                Before = before, After = Describe(after),
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Confirms a proposed set: runs every carry-over, makes the new version public (and searchable), records who and
    /// when, all in one transaction. Any refusal or failure leaves everything as it was.
    /// </summary>
    /// <exception cref="RevisionRefusedException">No such set, already confirmed, stale, or a carry-over clash.</exception>
    public async Task<ConfirmationResult> ConfirmAsync(int planId, int newNumber, RevisionActor actor, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var set = await ProposedSetAsync(planId, newNumber, ct);
            var latestPublic = await db.PlanVersions.Where(v => v.PlanId == planId && !v.AwaitingConfirmation).MaxAsync(v => v.Number, ct);
            if (latestPublic != set.OldVersion.Number)
                throw new RevisionRefusedException(RevisionRefusal.Conflict,
                    $"この照合は第{set.OldVersion.Number}版とのものですが、その後に第{latestPublic}版が公開されました。" +
                    $"第{newNumber}版を公開するには、「最新の公開版と照合し直す」を押してから確認してください。",
                    $"These matches are against version {set.OldVersion.Number}, but version {latestPublic} has been made public since. " +
                    $"To publish version {newNumber}, use \"Match again against the latest public version\" and confirm those matches.");
            var municipality = await db.Plans.Where(p => p.Id == planId).Select(p => p.Municipality.Name).SingleAsync(ct);
            var older = await PlanReader.ReadAsync(db, set.OldVersion, municipality, ct);
            var newer = await PlanReader.ReadAsync(db, set.NewVersion, municipality, ct);
            CheckComplete(set, older, newer);

            var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var m in set.Matches.Where(m => m.NewKeys.Count > 0))
                foreach (var old in m.OldKeys)
                    map[old] = [.. m.NewKeys];
            var matches = new ConfirmedMatches(planId, set.OldVersionId, set.NewVersionId, map);
            var carried = new List<(string, int)>();
            foreach (var carryOver in carryOvers)
            {
                try
                {
                    carried.Add((carryOver.Name, await carryOver.CarryOverAsync(db, matches, ct)));
                }
                catch (CarryOverConflictException e)
                {
                    throw new RevisionRefusedException(RevisionRefusal.Conflict, e.Japanese, e.English);
                }
            }

            var now = clock.GetUtcNow();
            var result = new ConfirmationResult(newNumber, carried);
            // Carry-overs record their moves without knowing who confirms; the confirmation signs them.
            foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.UserId.Length == 0))
            {
                entry.Entity.UserId = actor.UserId;
                entry.Entity.UserName = actor.UserName;
                entry.Entity.At = now;
            }
            db.AuditEntries.Add(new AuditEntry
            {
                At = now, UserId = actor.UserId, UserName = actor.UserName, PlanId = planId, Action = ConfirmAction,
                Before = JsonSerializer.Serialize(new { version = set.OldVersion.Number }),
                After = JsonSerializer.Serialize(new { version = newNumber, carried = carried.ToDictionary(c => c.Item1, c => c.Item2) }),
            });
            set.State = RevisionState.Confirmed;
            set.ConfirmedAt = now;
            set.ConfirmedById = actor.UserId;
            set.ConfirmedByName = actor.UserName;
            set.CarriedOver = result.ToString();
            set.NewVersion.AwaitingConfirmation = false;
            set.NewVersion.ConfirmedAt = now;
            set.NewVersion.ConfirmedByName = actor.UserName;
            await db.SaveChangesAsync(ct);

            await db.Nodes.Where(n => n.PlanVersionId == set.NewVersionId).LoadAsync(ct);
            await SearchIndexer.IndexAsync(db, set.NewVersion, newer, ct);
            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Replaces the proposal of a version awaiting confirmation with a fresh one against the latest public version (after
    /// another version was confirmed in between). Corrections made so far are dropped.
    /// </summary>
    public async Task ProposeAgainAsync(int planId, int newNumber, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var set = await ProposedSetAsync(planId, newNumber, ct);
            var previous = await db.PlanVersions.Where(v => v.PlanId == planId && !v.AwaitingConfirmation)
                .OrderByDescending(v => v.Number).FirstAsync(ct);
            var municipality = await db.Plans.Where(p => p.Id == planId).Select(p => p.Municipality.Name).SingleAsync(ct);
            var newer = await PlanReader.ReadAsync(db, set.NewVersion, municipality, ct);
            var version = set.NewVersion;
            db.RevisionMatchSets.Remove(set);
            await db.SaveChangesAsync(ct);
            await RevisionProposals.ProposeAsync(db, previous, version, newer, clock.GetUtcNow(), ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The confirmed steps by which the item <paramref name="key"/> of public version <paramref name="number"/> came to be, newest first.</summary>
    public async Task<List<ItemHistoryStep>> HistoryAsync(int planId, int number, string key, CancellationToken ct = default)
    {
        var sets = await db.RevisionMatchSets.AsNoTracking()
            .Where(s => s.PlanId == planId && s.State == RevisionState.Confirmed && s.NewVersion.Number <= number)
            .OrderByDescending(s => s.NewVersion.Number)
            .Select(s => new { Old = s.OldVersion.Number, New = s.NewVersion.Number, s.Id })
            .ToListAsync(ct);
        var steps = new List<ItemHistoryStep>();
        var keys = new HashSet<string>(StringComparer.Ordinal) { key };
        var expected = number;
        foreach (var set in sets)
        {
            if (set.New != expected)
                break; // a gap: the chain of confirmed sets does not reach further back
            var rows = await db.RevisionItemMatches.AsNoTracking().Where(m => m.SetId == set.Id).ToListAsync(ct);
            var hits = rows.Where(m => m.NewKeys.Any(keys.Contains)).ToList();
            if (hits.Count == 0)
                break;
            steps.AddRange(hits.Select(m => new ItemHistoryStep(set.Old, set.New, m.Kind, m.OldKeys, m.NewKeys)));
            keys = hits.SelectMany(m => m.OldKeys).ToHashSet(StringComparer.Ordinal);
            if (keys.Count == 0)
                break;
            expected = set.Old;
        }
        return steps;
    }

    /// <summary>
    /// Confirmed organisation changes up to public version <paramref name="number"/> whose new units name
    /// <paramref name="unit"/> (a 部, a 課, or 「部 課」): what it was formerly called, newest first.
    /// </summary>
    public async Task<List<(int OldNumber, int NewNumber, StoredOrganisationChange Change)>> FormerNamesAsync(int planId, int number, string unit, CancellationToken ct = default)
    {
        var changes = await db.RevisionOrganisationChanges.AsNoTracking()
            .Where(c => c.Set.PlanId == planId && c.Set.State == RevisionState.Confirmed && c.Set.NewVersion.Number <= number)
            .Select(c => new { OldNumber = c.Set.OldVersion.Number, c.Set.NewVersion.Number, c.Kind, c.Old, c.New, c.ItemCount })
            .ToListAsync(ct);
        // Units are written 「部 課」 or a 部 alone: a section page matches the section part, a department page the whole.
        return [.. changes.Where(c => c.New.Any(n => n == unit || Core.Revisions.OwnerUnits.Section(n) == unit))
            .OrderByDescending(c => c.Number)
            .Select(c => (c.OldNumber, c.Number, new StoredOrganisationChange(c.Kind, c.Old, c.New, c.ItemCount)))];
    }

    async Task<RevisionMatchSet> ProposedSetAsync(int planId, int newNumber, CancellationToken ct)
    {
        var set = await db.RevisionMatchSets.AsSplitQuery().Include(s => s.Matches).Include(s => s.OldVersion).Include(s => s.NewVersion)
            .SingleOrDefaultAsync(s => s.PlanId == planId && s.NewVersion.Number == newNumber, ct)
            ?? throw new RevisionRefusedException(RevisionRefusal.NotFound,
                $"計画{planId}の第{newNumber}版には確認待ちの照合がありません。", $"Plan {planId} has no matches to confirm for version {newNumber}.");
        if (set.State != RevisionState.Proposed)
            throw new RevisionRefusedException(RevisionRefusal.Conflict,
                $"第{newNumber}版の照合は{set.ConfirmedByName}さんが確定済みです。", $"The matches of version {newNumber} were already confirmed by {set.ConfirmedByName}.");
        return set;
    }

    /// <summary>Every item of both versions in exactly one match: what the corrections keep, checked once more before carrying.</summary>
    static void CheckComplete(RevisionMatchSet set, PlanDocument older, PlanDocument newer)
    {
        static string? Problem(IEnumerable<string> expected, IEnumerable<string> found)
        {
            var counts = found.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return expected.FirstOrDefault(k => counts.GetValueOrDefault(k) != 1);
        }
        var missing = Problem(older.AllItems.Select(i => i.Key), set.Matches.SelectMany(m => m.OldKeys))
            ?? Problem(newer.AllItems.Select(i => i.Key), set.Matches.SelectMany(m => m.NewKeys));
        if (missing is not null)
            throw new RevisionRefusedException(RevisionRefusal.Conflict,
                $"取組「{missing}」が照合に0回または2回以上現れます。この取組の対応を直してから確定してください。",
                $"Item {missing} appears in no match or in several; correct its match, then confirm.");
    }

    static string Describe(RevisionItemMatch m) =>
        JsonSerializer.Serialize(new { kind = m.Kind, oldKeys = m.OldKeys, newKeys = m.NewKeys });
}
