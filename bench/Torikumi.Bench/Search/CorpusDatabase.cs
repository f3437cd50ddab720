using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Parsing;
using Torikumi.Data;
using Torikumi.Data.Search;
using Torikumi.Data.Storage;

namespace Torikumi.Bench.Search;

/// <summary>
/// A database holding the first N generated plans, imported with PlanStore (one transaction per plan) and then
/// indexed in batches (<see cref="SearchIndexer.IndexPendingAsync"/>), the bulk path. Variants are deterministic, so
/// a database filled by an earlier run is topped up, not rebuilt: a run after the first starts measuring at once.
/// </summary>
static class CorpusDatabase
{
    public static async Task FillAsync(DatabaseConfig config, int plans, TextWriter log)
    {
        await using (var db = TorikumiDb.CreateContext(config))
        {
            await db.MigrateAsync();
            await SearchIndexer.IndexPendingAsync(db);
        }
        int stored;
        await using (var db = TorikumiDb.CreateContext(config))
            stored = await db.Plans.CountAsync();
        if (stored >= plans)
        {
            log.WriteLine($"{config.Display}: {stored} plans already stored");
            return;
        }

        var generator = new CorpusGenerator(SampleText.Load());
        var clock = Stopwatch.StartNew();
        for (var i = stored; i < plans - 1; i++)
        {
            await ImportAsync(config, generator, i, updateSearchIndex: false);
            if ((i + 1) % 50 == 0)
                log.WriteLine($"{config.Display}: {i + 1}/{plans} plans, {clock.Elapsed.TotalSeconds:F0} s ({clock.Elapsed.TotalMilliseconds / (i + 1 - stored):F0} ms per import)");
        }
        clock.Restart();
        await using (var db = TorikumiDb.CreateContext(config))
            log.WriteLine($"{config.Display}: {await SearchIndexer.IndexPendingAsync(db)} versions indexed in {clock.Elapsed.TotalSeconds:F0} s");
        // The last plan the ordinary way, index and all, into a database already at scale: what one import costs there.
        clock.Restart();
        await ImportAsync(config, generator, plans - 1, updateSearchIndex: true);
        log.WriteLine($"{config.Display}: plan {plans} imported and indexed in one transaction in {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    static async Task ImportAsync(DatabaseConfig config, CorpusGenerator generator, int i, bool updateSearchIndex)
    {
        var text = generator.Variant(i);
        var plan = PlanParser.Parse(text).Plan ?? throw new InvalidOperationException($"Variant {i} did not parse.");
        // Variants draw from 30 municipality names; numbering them makes each variant a plan of its own, as
        // 1,741 municipalities would be, instead of a version of one of 30 plans.
        await using var db = TorikumiDb.CreateContext(config);
        await new PlanStore(db) { UpdateSearchIndex = updateSearchIndex }
            .ImportAsync(new PlanImport(plan, text) { Municipality = $"{plan.Municipality ?? "自治体"}{i + 1:D4}" });
    }
}
