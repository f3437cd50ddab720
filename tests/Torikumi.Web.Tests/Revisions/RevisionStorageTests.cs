using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Entities;
using Torikumi.Data.Revisions;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Revisions;

/// <summary>
/// Importing a revision of the sample through <see cref="PlanStore"/>: matches proposed and stored, the version private
/// until confirmed, and the confirmation carrying progress reports and indicators to the right items, all or nothing.
/// </summary>
public sealed class RevisionStorageTests
{
    static readonly RevisionActor Admin = new("admin-id", "管理 太郎");

    static async Task<(TestDatabase Database, int PlanId, RevisedSample.Truth Truth)> ImportBothAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var (revised, truth) = RevisedSample.Build(TestApp.Sample);
        await using var db = database.NewContext();
        var store = new PlanStore(db);
        var first = await store.ImportAsync(new PlanImport(TestApp.Sample, "v1"));
        var second = await store.ImportAsync(new PlanImport(revised, "v2"));
        Assert.Null(first.Revision);
        Assert.NotNull(second.Revision);
        Assert.Equal(2, second.VersionNumber);
        Assert.Contains("not public until an administrator confirms", second.ToString());
        return (database, first.PlanId, truth);
    }

    static async Task<ProgressReport> AddReportAsync(TorikumiDbContext db, int planId, string key, int departmentId, string planned)
    {
        var report = new ProgressReport
        {
            PlanId = planId, ItemKey = key, FiscalYear = 2022, DepartmentId = departmentId, State = ReportState.Draft, Planned = planned,
            CreatedById = "editor", CreatedByName = "編集 花子", UpdatedById = "editor", UpdatedByName = "編集 花子",
        };
        db.ProgressReports.Add(report);
        await db.SaveChangesAsync();
        return report;
    }

    static RevisionStore Store(TorikumiDbContext db, params IVersionCarryOver[] extra) => new(db, [new ProgressCarryOver(), .. extra]);

    [Theory, BothProviders]
    public async Task importing_a_revision_proposes_the_matches_and_keeps_the_version_private(string provider)
    {
        var (database, planId, truth) = await ImportBothAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();

        var set = await Store(db).LoadAsync(planId, 2, confirmedOnly: false);
        Assert.NotNull(set);
        Assert.Equal(RevisionState.Proposed, set.State);
        StoredMatch Find(Func<StoredMatch, bool> p) => Assert.Single(set.Matches, x => p(x));
        var swapped = Find(m => m.OldKeys.SequenceEqual([truth.SwappedA]));
        Assert.Equal(("renumbered", truth.SwappedB), (swapped.Kind, swapped.NewKeys.Single()));
        Assert.Equal("changed", Find(m => m.NewKeys.SequenceEqual([truth.Changed])).Kind);
        Assert.Equal("removed", Find(m => m.OldKeys.SequenceEqual([truth.Removed])).Kind);
        Assert.Equal("added", Find(m => m.NewKeys.SequenceEqual([truth.Added])).Kind);
        Assert.Contains("body", Find(m => m.NewKeys.SequenceEqual([truth.Changed])).Changes);

        // Nothing public reads version 2.
        var store = new PlanStore(db);
        Assert.Equal("素案", (await store.LoadAsync(planId))!.Stage);
        Assert.Null(await store.LoadAsync(planId, 2));
        Assert.NotNull(await store.LoadAnyAsync(planId, 2));
        Assert.Single(await store.ListVersionsAsync(planId));
        Assert.Equal([false, true], (await store.ListAllVersionsAsync(planId)).Select(v => v.AwaitingConfirmation));
        var summary = Assert.Single(await store.ListPlansAsync());
        Assert.Equal((1, 1, "素案"), (summary.Versions, summary.LatestVersion, summary.LatestStage));
        Assert.False(await db.SearchVersions.AnyAsync(v => v.Number == 2));
        Assert.True(await Torikumi.Data.Search.SearchIndexer.IsUpToDateAsync(db));
    }

    [Theory, BothProviders]
    public async Task confirming_carries_reports_and_indicators_to_the_matched_items_and_publishes(string provider)
    {
        var (database, planId, truth) = await ImportBothAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var department = await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        await AddReportAsync(db, planId, truth.SwappedA, department, "Aの計画");
        await AddReportAsync(db, planId, truth.SwappedB, department, "Bの計画");
        await AddReportAsync(db, planId, truth.Changed, department, "変更された取組の計画");
        await AddReportAsync(db, planId, truth.Removed, department, "削除された取組の計画");
        db.ReportIndicators.Add(new ReportIndicator
        {
            PlanId = planId, ItemKey = truth.SwappedA, DepartmentId = department, Name = "実施園数", Unit = "園",
            UpdatedById = "editor", UpdatedByName = "編集 花子",
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var result = await Store(db).ConfirmAsync(planId, 2, Admin);
        Assert.Equal(("progress reports", 3), result.Carried.Single());

        var reports = await db.ProgressReports.AsNoTracking().ToDictionaryAsync(r => r.Planned, r => r.ItemKey);
        Assert.Equal(truth.SwappedB, reports["Aの計画"]);
        Assert.Equal(truth.SwappedA, reports["Bの計画"]);
        Assert.Equal(truth.Changed, reports["変更された取組の計画"]);
        Assert.Equal($"{truth.Removed}@v1", reports["削除された取組の計画"]);
        Assert.Equal(truth.SwappedB, (await db.ReportIndicators.SingleAsync()).ItemKey);

        var audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(3, audit.Count(a => a.Action == ProgressCarryOver.AuditAction));
        Assert.All(audit, a => Assert.Equal(("admin-id", "管理 太郎"), (a.UserId, a.UserName)));
        Assert.Single(audit, a => a.Action == RevisionStore.ConfirmAction);

        var store = new PlanStore(db);
        Assert.Equal("案", (await store.LoadAsync(planId))!.Stage);
        Assert.Equal(2, (await store.ListVersionsAsync(planId)).Count);
        Assert.True(await db.SearchVersions.AnyAsync(v => v.Number == 2 && v.Current));
        Assert.False(await db.SearchVersions.AnyAsync(v => v.Number == 1 && v.Current));
        var history = await Store(db).HistoryAsync(planId, 2, truth.SwappedB);
        Assert.Equal(("renumbered", truth.SwappedA), (history.Single().Kind, history.Single().OldKeys.Single()));

        var again = await Assert.ThrowsAsync<RevisionRefusedException>(() => Store(db).ConfirmAsync(planId, 2, Admin));
        Assert.Equal(RevisionRefusal.Conflict, again.Kind);
    }

    [Theory, BothProviders]
    public async Task a_merge_that_would_collide_two_reports_is_refused_and_changes_nothing(string provider)
    {
        var (database, planId, truth) = await ImportBothAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var department = await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        await AddReportAsync(db, planId, truth.SwappedA, department, "Aの計画");
        await AddReportAsync(db, planId, truth.SwappedB, department, "Bの計画");
        db.ChangeTracker.Clear();
        var store = Store(db);
        var set = (await store.LoadAsync(planId, 2, confirmedOnly: false))!;
        var a = set.Matches.Single(m => m.OldKeys.SequenceEqual([truth.SwappedA]));
        // The administrator says both old items became one new item: a merge.
        await store.CorrectAsync(planId, 2, new MatchCorrectionRequest(a.Id, [truth.SwappedA, truth.SwappedB], [truth.SwappedB]), Admin);
        var corrected = (await store.LoadAsync(planId, 2, confirmedOnly: false))!;
        Assert.Equal("merged", corrected.Matches.Single(m => m.Id == a.Id).Kind);
        Assert.Single(corrected.Matches, m => m.Kind == "added" && m.NewKeys.SequenceEqual([truth.SwappedA]));

        var refused = await Assert.ThrowsAsync<RevisionRefusedException>(() => store.ConfirmAsync(planId, 2, Admin));
        Assert.Equal(RevisionRefusal.Conflict, refused.Kind);
        Assert.Contains(truth.SwappedB, refused.Japanese);
        Assert.Contains("both would move", refused.English);

        Assert.Equal([truth.SwappedA, truth.SwappedB], await db.ProgressReports.AsNoTracking().OrderBy(r => r.Planned).Select(r => r.ItemKey).ToListAsync());
        Assert.True(await db.PlanVersions.Where(v => v.Number == 2).Select(v => v.AwaitingConfirmation).SingleAsync());
        Assert.Equal(RevisionState.Proposed, (await store.LoadAsync(planId, 2, confirmedOnly: false))!.State);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action != RevisionStore.CorrectAction));
    }

    sealed class FailingCarryOver : IVersionCarryOver
    {
        public string Name => "failing";
        public Task<int> CarryOverAsync(TorikumiDbContext db, ConfirmedMatches matches, CancellationToken ct = default) =>
            throw new InvalidOperationException("injected failure");
    }

    [Theory, BothProviders]
    public async Task a_failing_carry_over_rolls_the_whole_confirmation_back(string provider)
    {
        var (database, planId, truth) = await ImportBothAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var department = await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        await AddReportAsync(db, planId, truth.SwappedA, department, "Aの計画");
        db.ChangeTracker.Clear();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store(db, new FailingCarryOver()).ConfirmAsync(planId, 2, Admin));

        Assert.Equal(truth.SwappedA, await db.ProgressReports.Select(r => r.ItemKey).SingleAsync());
        Assert.True(await db.PlanVersions.Where(v => v.Number == 2).Select(v => v.AwaitingConfirmation).SingleAsync());
        Assert.False(await db.AuditEntries.AnyAsync());
        Assert.Single(await new PlanStore(db).ListVersionsAsync(planId));
    }

    [Theory, BothProviders]
    public async Task corrections_name_unknown_keys_clearly_and_write_nothing(string provider)
    {
        var (database, planId, truth) = await ImportBothAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var store = Store(db);
        var set = (await store.LoadAsync(planId, 2, confirmedOnly: false))!;
        var added = set.Matches.Single(m => m.NewKeys.SequenceEqual([truth.Added]));
        var refused = await Assert.ThrowsAsync<RevisionRefusedException>(() =>
            store.CorrectAsync(planId, 2, new MatchCorrectionRequest(added.Id, ["99-9"], [truth.Added]), Admin));
        Assert.Equal(RevisionRefusal.Invalid, refused.Kind);
        Assert.Contains("99-9", refused.English);
        Assert.Equal(set.Matches.Count, (await store.LoadAsync(planId, 2, confirmedOnly: false))!.Matches.Count);

        // Pairing the added item with the removed one by hand: one match instead of two.
        await store.CorrectAsync(planId, 2, new MatchCorrectionRequest(added.Id, [truth.Removed], [truth.Added]), Admin);
        var after = (await store.LoadAsync(planId, 2, confirmedOnly: false))!;
        Assert.Equal(set.Matches.Count - 1, after.Matches.Count);
        Assert.Equal("moved", after.Matches.Single(m => m.Id == added.Id).Kind);
    }
}
