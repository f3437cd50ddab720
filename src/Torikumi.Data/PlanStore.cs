using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Data.Entities;
using Torikumi.Data.Revisions;
using Torikumi.Data.Search;
using Torikumi.Data.Storage;

namespace Torikumi.Data;

/// <summary>
/// Stores plans as versions (版) and reads them back. An import is one transaction: it either writes the whole
/// version (with any new municipality, plan, departments and sections) or nothing at all. A new version of a plan that
/// already has one also gets its proposed matches (<see cref="RevisionProposals"/>) and stays out of every public read
/// until an administrator confirms them (<see cref="RevisionConfirmation"/>).
/// </summary>
public sealed class PlanStore(TorikumiDbContext db, TimeProvider? clock = null)
{
    readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>
    /// False leaves new versions out of the search index until <see cref="SearchIndexer.IndexPendingAsync"/> runs (the
    /// app runs it at start). For loading many plans at once: the index is then written once per batch of versions
    /// instead of once per plan, which at national scale is many times faster.
    /// </summary>
    public bool UpdateSearchIndex { get; init; } = true;

    /// <summary>
    /// Stores <see cref="PlanImport.Plan"/> as the next version of its plan (same municipality and title), unless a
    /// stored version has exactly the same content, in which case nothing is written.
    /// </summary>
    /// <exception cref="PlanImportException">The plan cannot be stored as given (no municipality, unknown stage, duplicate keys).</exception>
    public async Task<ImportResult> ImportAsync(PlanImport request, CancellationToken ct = default)
    {
        var plan = Prepare(request);
        var hash = ContentHash.Of(plan);
        var counts = NodeCounts.Of(plan);
        var municipalityName = plan.Municipality!;
        var title = PlanIdentity.TitleOf(plan.Title);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var municipality = await db.Municipalities.Include(m => m.Departments).ThenInclude(d => d.Sections).AsSplitQuery()
                .SingleOrDefaultAsync(m => m.Name == municipalityName, ct);
            if (municipality is null)
                db.Municipalities.Add(municipality = new Municipality { Name = municipalityName });

            var stored = municipality.Id == 0 ? null
                : await db.Plans.SingleOrDefaultAsync(p => p.MunicipalityId == municipality.Id && p.Title == title, ct);
            if (stored is not null)
            {
                var same = await db.PlanVersions.Where(v => v.PlanId == stored.Id && v.ContentHash == hash)
                    .OrderBy(v => v.Number).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct);
                if (same is int number)
                    return new ImportResult(ImportStatus.Unchanged, stored.Id, municipalityName, title, number, plan.Stage, counts, hash);
            }
            else
            {
                db.Plans.Add(stored = new Plan { Municipality = municipality, Title = title });
            }

            var last = stored.Id == 0 ? 0
                : await db.PlanVersions.Where(v => v.PlanId == stored.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0;
            var next = last + 1;
            // A plan's first version is public at once; a later one waits until an administrator confirms its matches
            // against the latest public version (改定の確認), so nothing attached to items is shown on the wrong item.
            var previous = stored.Id == 0 ? null
                : await db.PlanVersions.Where(v => v.PlanId == stored.Id && !v.AwaitingConfirmation)
                    .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            var version = new PlanVersion
            {
                Plan = stored,
                Number = next,
                ImportedAt = clock.GetUtcNow(),
                Source = new PlanVersionSource { Text = request.SourceText },
                SourceEncoding = request.SourceEncoding,
                SourceFormat = request.SourceFormat,
                SourceName = request.SourceName,
                ContentHash = hash,
                Title = plan.Title,
                AwaitingConfirmation = previous is not null,
            };
            PlanWriter.Fill(version, plan, new Organisation(municipality));

            // Organisation first, then the version's rows; both inside the one transaction.
            await db.SaveChangesAsync(ct);
            db.PlanVersions.Add(version);
            await db.SaveChangesAsync(ct);
            RevisionSummary? revision = null;
            if (previous is not null)
                // Not searchable until confirmed: the confirmation indexes it.
                revision = await RevisionProposals.ProposeAsync(db, previous, version, plan, clock.GetUtcNow(), ct);
            else if (UpdateSearchIndex)
                await SearchIndexer.IndexAsync(db, version, plan, ct);
            await tx.CommitAsync(ct);
            return new ImportResult(ImportStatus.Imported, stored.Id, municipalityName, title, next, plan.Stage, counts, hash)
            {
                Revision = revision,
            };
        }
        finally
        {
            // Whatever happened, nothing stays tracked: a failed import must not leak into the next SaveChanges.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The plan as stored in a public version (the latest public one when <paramref name="versionNumber"/> is null); null if
    /// absent or still awaiting confirmation. Everything the public sees reads through this.
    /// </summary>
    public async Task<PlanDocument?> LoadAsync(int planId, int? versionNumber = null, CancellationToken ct = default)
    {
        var query = db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && !v.AwaitingConfirmation);
        query = versionNumber is int n ? query.Where(v => v.Number == n) : query.OrderByDescending(v => v.Number);
        var found = await query.Select(v => new { Version = v, Municipality = v.Plan.Municipality.Name }).FirstOrDefaultAsync(ct);
        return found is null ? null : await PlanReader.ReadAsync(db, found.Version, found.Municipality, ct);
    }

    /// <summary>Any stored version, public or awaiting confirmation: for staff pages and the operator's tools only.</summary>
    public async Task<PlanDocument?> LoadAnyAsync(int planId, int versionNumber, CancellationToken ct = default)
    {
        var found = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && v.Number == versionNumber)
            .Select(v => new { Version = v, Municipality = v.Plan.Municipality.Name }).FirstOrDefaultAsync(ct);
        return found is null ? null : await PlanReader.ReadAsync(db, found.Version, found.Municipality, ct);
    }

    public Task<bool> AnyPlanAsync(CancellationToken ct = default) => db.Plans.AnyAsync(ct);

    public Task<List<MunicipalitySummary>> ListMunicipalitiesAsync(CancellationToken ct = default) =>
        db.Municipalities.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new MunicipalitySummary(m.Id, m.Name, m.Plans.Count, m.Departments.Count))
            .ToListAsync(ct);

    /// <summary>
    /// Stored plans in the order they were first imported, at most <paramref name="limit"/> from <paramref name="offset"/>,
    /// each with its latest public version (versions awaiting confirmation are neither counted nor shown).
    /// </summary>
    public async Task<List<PlanSummary>> ListPlansAsync(int offset = 0, int limit = 100, CancellationToken ct = default)
    {
        var rows = await db.Plans.AsNoTracking().OrderBy(p => p.Id).Skip(offset).Take(limit)
            .Select(p => new
            {
                p.Id,
                Municipality = p.Municipality.Name,
                p.Title,
                Versions = p.Versions.Count(v => !v.AwaitingConfirmation),
                Latest = p.Versions.Where(v => !v.AwaitingConfirmation).OrderByDescending(v => v.Number)
                    .Select(v => new { v.Id, v.Number, v.Stage, v.Title, v.ImportedAt }).First(),
            })
            .ToListAsync(ct);
        var counts = await CountsAsync(rows.Select(r => r.Latest.Id).ToList(), ct);
        return [.. rows.Select(r => new PlanSummary(r.Id, r.Municipality, r.Title, r.Versions, r.Latest.Number,
            r.Latest.Stage, r.Latest.Title, r.Latest.ImportedAt, counts[r.Latest.Id]))];
    }

    /// <summary>The public versions of a plan, oldest first; empty when there is no such plan.</summary>
    public Task<List<VersionSummary>> ListVersionsAsync(int planId, CancellationToken ct = default) =>
        VersionsAsync(planId, includeAwaiting: false, ct);

    /// <summary>Every version of a plan, also those awaiting confirmation (see <see cref="VersionSummary.AwaitingConfirmation"/>): for staff.</summary>
    public Task<List<VersionSummary>> ListAllVersionsAsync(int planId, CancellationToken ct = default) =>
        VersionsAsync(planId, includeAwaiting: true, ct);

    async Task<List<VersionSummary>> VersionsAsync(int planId, bool includeAwaiting, CancellationToken ct)
    {
        var rows = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && (includeAwaiting || !v.AwaitingConfirmation))
            .OrderBy(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.Stage, v.Title, v.ImportedAt, v.SourceFormat, v.SourceEncoding, v.SourceName, v.ContentHash, v.AwaitingConfirmation })
            .ToListAsync(ct);
        var counts = await CountsAsync(rows.Select(r => r.Id).ToList(), ct);
        return [.. rows.Select(r => new VersionSummary(r.Number, r.Stage, r.Title, r.ImportedAt, r.SourceFormat,
            r.SourceEncoding, r.SourceName, r.ContentHash, counts[r.Id]) { AwaitingConfirmation = r.AwaitingConfirmation })];
    }

    async Task<Dictionary<int, NodeCounts>> CountsAsync(List<int> versionIds, CancellationToken ct)
    {
        var rows = await db.Nodes.AsNoTracking().Where(n => versionIds.Contains(n.PlanVersionId))
            .GroupBy(n => new { n.PlanVersionId, n.Kind })
            .Select(g => new { g.Key.PlanVersionId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        int Count(int id, NodeKind kind) => rows.FirstOrDefault(r => r.PlanVersionId == id && r.Kind == kind)?.Count ?? 0;
        return versionIds.ToDictionary(id => id, id => new NodeCounts(
            Count(id, NodeKind.Pillar), Count(id, NodeKind.Strategy), Count(id, NodeKind.Item), Count(id, NodeKind.SubItem)));
    }

    /// <summary>The document as it will be stored: overrides applied, checked for what the schema cannot hold.</summary>
    static PlanDocument Prepare(PlanImport request)
    {
        var plan = request.Plan;
        if (request.Stage is { } stage && !PlanStages.IsKnown(stage))
            throw new PlanImportException($"Unknown stage \"{stage}\": use one of {string.Join(", ", PlanStages.All)}.");
        var municipality = string.IsNullOrWhiteSpace(request.Municipality) ? plan.Municipality : request.Municipality.Trim();
        if (string.IsNullOrWhiteSpace(municipality))
            throw new PlanImportException(
                $"The plan \"{plan.Title}\" does not name its municipality: give it with --municipality NAME (e.g. --municipality 練馬区).");
        if (string.IsNullOrWhiteSpace(plan.Title))
            throw new PlanImportException("The plan has no title, so it cannot be told apart from other plans: give the document a title.");
        plan = plan with { Municipality = municipality, Stage = request.Stage ?? plan.Stage };

        var keys = plan.Pillars.Select(p => p.Key)
            .Concat(plan.Strategies.Select(s => s.Key))
            .Concat(plan.AllItems.Select(i => i.Key));
        var duplicate = keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new PlanImportException(
                $"The key \"{duplicate.Key}\" is used by {duplicate.Count()} nodes of the plan; every pillar, strategic plan " +
                "and item needs its own key (P1, S4, 4-1-3, 12-R3 …). Fix the numbering in the source and import again.");
        return plan;
    }
}
