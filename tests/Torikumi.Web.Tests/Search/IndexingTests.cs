using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Torikumi.Core.Japanese;
using Torikumi.Data;
using Torikumi.Data.Search;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Search;

/// <summary>The index follows the stored plans: new versions, several plans, failed imports, databases without an index.</summary>
public sealed class IndexingTests
{
    static async Task<SearchResult> SearchAsync(TestDatabase database, string raw, int? plan = null)
    {
        await using var context = database.NewContext();
        return await new PlanSearch(context).SearchAsync(new SearchRequest(SearchQuery.Parse(raw)) { PlanId = plan, PageSize = 100 });
    }

    static async Task ImportAsync(TestDatabase database, params Torikumi.Core.Plans.PlanDocument[] plans)
    {
        await using var context = database.NewContext();
        foreach (var plan in plans)
        {
            await new PlanStore(context).ImportAsync(new PlanImport(plan, "source"));
            await Revisions.TestRevisions.ConfirmAllAsync(context);
        }
    }

    [Theory, BothProviders]
    public async Task a_new_version_replaces_the_old_one_in_the_results(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, RichPlan.Build());
        var before = await SearchAsync(database, "見守り");
        await ImportAsync(database, RichPlan.Changed());

        var after = await SearchAsync(database, "見守り");
        var drill = await SearchAsync(database, "防災訓練");

        Assert.Equal(["2-1"], before.Hits.Select(h => h.Key));
        Assert.Equal(["2-1"], after.Hits.Select(h => h.Key));
        Assert.Equal(["2-1"], drill.Hits.Select(h => h.Key));
        Assert.Equal(1, after.Total);
        await using var context = database.NewContext();
        var flags = await context.SearchDocuments.GroupBy(d => d.PlanVersionId)
            .Select(g => new { Version = g.Key, Current = g.All(d => d.Current), Old = g.All(d => !d.Current) })
            .OrderBy(g => g.Version).ToListAsync();
        Assert.Equal([(true, false), (false, true)], flags.Select(f => (f.Old, f.Current)));
        Assert.Equal([false, true], await context.SearchVersions.OrderBy(v => v.Number).Select(v => v.Current).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task results_come_plan_by_plan_and_a_plan_filter_keeps_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, RichPlan.Build(), RichPlan.Build() with { Municipality = "あきる野市" });

        var both = await SearchAsync(database, "保育");
        var second = await SearchAsync(database, "保育", plan: 2);

        var keys = new[] { "1-1", "1-1-1", "1-1-2" };
        Assert.Equal(keys.Select(k => (1, k)).Concat(keys.Select(k => (2, k))), both.Hits.Select(h => (h.PlanId, h.Key)));
        Assert.Equal([("1", "練馬区", 3), ("2", "あきる野市", 3)], both.Facets.Plans.Select(f => (f.Value, f.Label, f.Count)));
        Assert.Equal(keys.Select(k => (2, k)), second.Hits.Select(h => (h.PlanId, h.Key)));
        Assert.Equal("あきる野市", second.Hits[0].Municipality);
    }

    [Theory, BothProviders]
    public async Task plans_stored_before_the_index_existed_are_indexed_when_the_app_starts(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, SampleIndex.Plan, RichPlan.Build() with { Municipality = "あきる野市" });
        var indexed = await SearchAsync(database, "保育");
        await using (var context = database.NewContext())
            await ForgetIndexAsync(context);
        var forgotten = await SearchAsync(database, "保育");

        await using (var app = Torikumi.Web.WebApp.Create(new Torikumi.Web.WebAppSettings(database.Config)))
            await Torikumi.Web.WebApp.MigrateDatabaseAsync(app);
        var caughtUp = await SearchAsync(database, "保育");

        Assert.Equal(0, forgotten.Total);
        Assert.True(indexed.Total > 3);
        Assert.Equal(Keys(indexed), Keys(caughtUp));
        await using var check = database.NewContext();
        Assert.True(await SearchIndexer.IsUpToDateAsync(check));
        Assert.Equal(0, await SearchIndexer.IndexPendingAsync(check));
    }

    [Theory, BothProviders]
    public async Task a_rebuild_or_a_new_index_format_gives_the_same_results(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, RichPlan.Build() with { Municipality = "あきる野市" }, RichPlan.Changed() with { Municipality = "あきる野市" }, SampleIndex.Plan);
        var before = await SearchAsync(database, "地域");

        await using (var context = database.NewContext())
            Assert.Equal(3, await SearchIndexer.RebuildAsync(context));
        var rebuilt = await SearchAsync(database, "地域");
        await using (var context = database.NewContext())
        {
            await context.SearchIndexState.ExecuteUpdateAsync(s => s.SetProperty(x => x.Format, SearchIndexer.Format - 1));
            Assert.False(await SearchIndexer.IsUpToDateAsync(context));
            Assert.Equal(3, await SearchIndexer.IndexPendingAsync(context));
        }
        var reformatted = await SearchAsync(database, "地域");

        Assert.True(before.Total > 2);
        Assert.Equal(Keys(before), Keys(rebuilt));
        Assert.Equal(Keys(before), Keys(reformatted));
        await using var check = database.NewContext();
        Assert.Equal([false, true, true], await check.SearchVersions.OrderBy(v => v.PlanVersionId).Select(v => v.Current).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task posting_lists_longer_than_a_chunk_are_read_whole_with_their_positions(string provider)
    {
        // 15 copies of the sample: ます and しま are in more documents than one chunk holds.
        const int copies = 15;
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, [.. Enumerable.Range(1, copies).Select(i => SampleIndex.Plan with { Municipality = $"市{i:D2}" })]);
        var expected = Enumerable.Range(1, copies).SelectMany(plan => SampleIndex.BruteForce("します").Select(key => (plan, key))).ToList();
        await using (var context = database.NewContext())
            Assert.True(await context.SearchPostings.CountAsync(p => p.Gram == "ます" && p.Chunk > 0) > 0, "ます spans chunks");

        var appended = await AllAsync(database, "します");
        await using (var context = database.NewContext())
            await SearchIndexer.RebuildAsync(context);
        var rebuilt = await AllAsync(database, "します");

        Assert.True(expected.Count > PostingStoreChunkSize / 2);
        Assert.Equal(expected, appended);
        Assert.Equal(expected, rebuilt);
    }

    const int PostingStoreChunkSize = 2048;

    static async Task<List<(int, string)>> AllAsync(TestDatabase database, string raw)
    {
        var all = new List<(int, string)>();
        await using var context = database.NewContext();
        for (var page = 1; ; page++)
        {
            var result = await new PlanSearch(context).SearchAsync(new SearchRequest(SearchQuery.Parse(raw)) { Page = page, PageSize = 100 });
            all.AddRange(result.Hits.Select(h => (h.PlanId, h.Key)));
            if (page >= result.PageCount)
                return all;
        }
    }

    /// <summary>Fails the write of the search documents, after the version's nodes were saved.</summary>
    sealed class FailOnSearchDocuments : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default) =>
            Fails(command) ? throw Injected() : base.ReaderExecutingAsync(command, eventData, result, ct);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default) =>
            Fails(command) ? throw Injected() : base.NonQueryExecutingAsync(command, eventData, result, ct);

        static bool Fails(DbCommand command) => command.CommandText.Contains("INSERT INTO \"SearchDocuments\"", StringComparison.Ordinal);

        static InvalidOperationException Injected() => new("injected failure while writing search documents");
    }

    [Theory, BothProviders]
    public async Task an_import_that_fails_while_indexing_stores_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var failing = database.NewContext(new FailOnSearchDocuments()))
        {
            var e = await Assert.ThrowsAnyAsync<Exception>(() => new PlanStore(failing).ImportAsync(new PlanImport(RichPlan.Build(), "x")));
            Assert.Contains("injected failure", e.ToString());
        }

        await using var context = database.NewContext();
        Assert.Equal(0, await context.Plans.CountAsync());
        Assert.Equal(0, await context.SearchDocuments.CountAsync());
        Assert.Equal(0, await context.SearchFacetValues.CountAsync());
        Assert.Equal(0, (await SearchAsync(database, "保育")).Total);
    }

    static List<(int, string)> Keys(SearchResult result) => [.. result.Hits.Select(h => (h.PlanId, h.Key))];

    /// <summary>What a database looked like before this feature: plans, and no index at all.</summary>
    static async Task ForgetIndexAsync(TorikumiDbContext context)
    {
        await context.SearchPostings.ExecuteDeleteAsync();
        await context.SearchDocuments.ExecuteDeleteAsync();
        await context.SearchVersions.ExecuteDeleteAsync();
        await context.SearchFacetValues.ExecuteDeleteAsync();
        await context.SearchIndexState.ExecuteDeleteAsync();
    }
}
