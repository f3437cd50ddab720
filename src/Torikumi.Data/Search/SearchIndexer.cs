using Microsoft.EntityFrameworkCore;
using Torikumi.Data.Entities;
using Torikumi.Data.Storage;

namespace Torikumi.Data.Search;

/// <summary>
/// Keeps the search index (検索索引) in step with the stored plans. <see cref="PlanStore.ImportAsync"/> indexes each new
/// version in its own transaction; <see cref="IndexPendingAsync"/> catches up on versions stored without an index (a
/// database from before the index existed, or one built with an older <see cref="Format"/>); <see cref="RebuildAsync"/>
/// starts over. A version awaiting confirmation of its revision matches is never indexed (the confirmation indexes it),
/// so search never shows what is not public. Writers hold one lock, so document ids and the last chunk of each posting list have one writer at a time.
/// </summary>
public static class SearchIndexer
{
    /// <summary>
    /// The version of what the index holds. Raise it whenever <c>SearchText</c>, <c>ItemSearchText</c> or the layout
    /// of postings and facets changes: the app then rebuilds the index on its next start.
    /// </summary>
    public const int Format = 1;

    /// <summary>Versions indexed per transaction when catching up: bounds memory and the size of one transaction.</summary>
    public const int BatchSize = 100;

    // The key is "torikumi" in ASCII. SQLite needs no lock: its write transactions (BEGIN IMMEDIATE) already exclude each other.
    const string LockSql = "SELECT pg_advisory_xact_lock(8390050427914513769)";

    /// <summary>Indexes a version that <see cref="PlanStore"/> has just saved (its nodes have ids), inside its transaction.</summary>
    internal static async Task IndexAsync(TorikumiDbContext db, PlanVersion version, Core.Plans.PlanDocument plan, CancellationToken ct)
    {
        await LockAsync(db, ct);
        var state = await StateAsync(db, ct);
        // An index of another format is rebuilt whole at the next start; adding to it now would mix two sets of rules.
        if (state.Format != Format)
            return;
        var nodeIds = version.Nodes.Where(n => n.Kind is NodeKind.Item or NodeKind.SubItem).ToDictionary(n => n.Key, n => n.Id, StringComparer.Ordinal);
        await WriteAsync(db, state, [new PendingVersion(version.PlanId, version.Id, version.Number, plan, nodeIds)], ct);
    }

    /// <summary>
    /// Indexes every stored version that is not in the index yet, <see cref="BatchSize"/> versions per transaction (so an
    /// interrupted run resumes where it stopped); first clears an index built with another <see cref="Format"/>.
    /// Cheap when there is nothing to do: the app calls it on every start. Returns the number of versions indexed.
    /// </summary>
    public static async Task<int> IndexPendingAsync(TorikumiDbContext db, CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockAsync(db, ct);
            var state = await StateAsync(db, ct);
            if (state.Format != Format)
                state = await ClearAsync(db, ct);
            var batch = await db.PlanVersions.AsNoTracking()
                .Where(v => !v.AwaitingConfirmation && !db.SearchVersions.Any(s => s.PlanVersionId == v.Id))
                .OrderBy(v => v.Id).Take(BatchSize)
                .Select(v => new { Version = v, Municipality = v.Plan.Municipality.Name })
                .ToListAsync(ct);
            var pending = new List<PendingVersion>(batch.Count);
            foreach (var b in batch)
            {
                var plan = await PlanReader.ReadAsync(db, b.Version, b.Municipality, ct);
                var nodeIds = await db.Nodes.AsNoTracking()
                    .Where(n => n.PlanVersionId == b.Version.Id && (n.Kind == NodeKind.Item || n.Kind == NodeKind.SubItem))
                    .ToDictionaryAsync(n => n.Key, n => n.Id, StringComparer.Ordinal, ct);
                pending.Add(new PendingVersion(b.Version.PlanId, b.Version.Id, b.Version.Number, plan, nodeIds));
            }
            if (pending.Count > 0)
                await WriteAsync(db, state, pending, ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            total += pending.Count;
            if (pending.Count < BatchSize)
                return total;
        }
    }

    /// <summary>Drops the whole index and builds it again from the stored plans (after a damaged index, or to compact it).</summary>
    public static async Task<int> RebuildAsync(TorikumiDbContext db, CancellationToken ct = default)
    {
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await LockAsync(db, ct);
            await ClearAsync(db, ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        return await IndexPendingAsync(db, ct);
    }

    /// <summary>True when every public stored version is indexed with the current <see cref="Format"/>.</summary>
    public static async Task<bool> IsUpToDateAsync(TorikumiDbContext db, CancellationToken ct = default) =>
        !await db.PlanVersions.AnyAsync(v => !v.AwaitingConfirmation && !db.SearchVersions.Any(s => s.PlanVersionId == v.Id), ct)
        && await db.SearchIndexState.AllAsync(s => s.Format == Format, ct);

    static async Task WriteAsync(TorikumiDbContext db, SearchIndexState state, IReadOnlyList<PendingVersion> versions, CancellationToken ct)
    {
        var batch = new IndexBatch(state.NextDocumentId);
        foreach (var version in versions)
            batch.Add(version);

        var wanted = batch.Versions.SelectMany(v => v.Facets)
            .SelectMany(f => f.Departments.Select(d => (SearchFacetKind.Department, d))
                .Append((SearchFacetKind.Pillar, f.Pillar)).Append((SearchFacetKind.Strategy, f.Strategy)))
            .ToHashSet();
        var valueIds = await FacetValueIds.ResolveAsync(db, wanted, ct);

        var planIds = versions.Select(v => v.PlanId).Distinct().ToArray();
        var indexed = await db.SearchVersions.AsNoTracking().Where(v => EF.Parameter(planIds).Contains(v.PlanId))
            .Select(v => new { v.PlanVersionId, v.PlanId, v.Number, v.Current }).ToListAsync(ct);
        var latest = indexed.Select(v => (v.PlanId, v.Number)).Concat(versions.Select(v => (v.PlanId, v.Number)))
            .GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => g.Max(v => v.Number));

        var currentVersions = new HashSet<int>();
        foreach (var (version, firstId, facets) in batch.Versions)
        {
            var current = latest[version.PlanId] == version.Number;
            if (current)
                currentVersions.Add(version.PlanVersionId);
            db.SearchVersions.Add(new SearchVersion
            {
                PlanVersionId = version.PlanVersionId,
                PlanId = version.PlanId,
                Number = version.Number,
                Current = current,
                FirstDocumentId = firstId,
                DocumentCount = facets.Count,
                Facets = DocumentFacets.Encode(facets.Select(f => new DocumentFacet(
                    valueIds[(SearchFacetKind.Pillar, f.Pillar)], valueIds[(SearchFacetKind.Strategy, f.Strategy)], f.Starred, f.Related,
                    [.. f.Departments.Select(d => valueIds[(SearchFacetKind.Department, d)])]))),
            });
        }
        foreach (var d in batch.Documents)
            d.Current = currentVersions.Contains(d.PlanVersionId);
        db.SearchDocuments.AddRange(batch.Documents);
        state.NextDocumentId = batch.NextId;
        await db.SaveChangesAsync(ct);
        await PostingStore.AppendAsync(db, batch.Postings, ct);

        // The versions these replace as the latest of their plan leave the results.
        var replaced = indexed.Where(v => v.Current && latest[v.PlanId] != v.Number).Select(v => v.PlanVersionId).ToArray();
        if (replaced.Length > 0)
        {
            await db.SearchVersions.Where(v => EF.Parameter(replaced).Contains(v.PlanVersionId))
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Current, false), ct);
            await db.SearchDocuments.Where(d => EF.Parameter(replaced).Contains(d.PlanVersionId))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Current, false), ct);
        }
    }

    /// <summary>The state row, created (tracked, saved with the next write) on a database that has none yet.</summary>
    static async Task<SearchIndexState> StateAsync(TorikumiDbContext db, CancellationToken ct)
    {
        var state = await db.SearchIndexState.SingleOrDefaultAsync(s => s.Id == SearchIndexState.SingletonId, ct);
        if (state is null)
            db.SearchIndexState.Add(state = new SearchIndexState { Format = Format });
        return state;
    }

    static async Task<SearchIndexState> ClearAsync(TorikumiDbContext db, CancellationToken ct)
    {
        await db.SearchPostings.ExecuteDeleteAsync(ct);
        await db.SearchDocuments.ExecuteDeleteAsync(ct);
        await db.SearchVersions.ExecuteDeleteAsync(ct);
        await db.SearchFacetValues.ExecuteDeleteAsync(ct);
        await db.SearchIndexState.ExecuteDeleteAsync(ct);
        db.ChangeTracker.Clear();
        var state = new SearchIndexState { Format = Format };
        db.SearchIndexState.Add(state);
        await db.SaveChangesAsync(ct);
        return state;
    }

    static async Task LockAsync(TorikumiDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync(LockSql, ct);
    }
}
