using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Data;
using Torikumi.Data.Search;

namespace Torikumi.Bench.Search;

/// <summary>
/// <c>search</c>: search latency at national scale (issue 3). Fills a SQLite file and/or a PostgreSQL database with
/// the generated corpus, then runs a fixed set of searches many times through <see cref="PlanSearch"/> (a new
/// context per search, as a web request has) and the same words as a naive <c>LIKE '%…%'</c> scan of the normalised
/// text, and prints p50/p95/p99 per search as Markdown for docs/performance.md, with this process's CPU time per
/// search (all of the work for SQLite, the client's share for PostgreSQL), which other load on the machine barely moves.
/// </summary>
static class SearchBench
{
    public const string Usage =
        """
        search [--sqlite PATH] [--postgres CONNECTION-STRING] [--plans N] [--runs N] [--naive-runs N]
          Fills each database to N generated plans (default 1741; an existing corpus database is topped up, not
          rebuilt), then times the fixed searches --runs times each (default 50, after 3 warm-ups) and the naive
          LIKE scan --naive-runs times (default 5). At least one of --sqlite and --postgres.
        """;

    /// <summary>What is measured: 1- and 2-character words, longer words, a phrase, AND, filters, with and without a plan.</summary>
    static SearchRequest[] Requests(int plans)
    {
        var plan = Math.Max(1, plans / 2);
        SearchRequest R(string q) => new(SearchQuery.Parse(q));
        return
        [
            R("区"), R("保育"), R("防災"), R("キャッシュレス"), R("ｷｬｯｼｭﾚｽ"), R("推進します"), R("「保育 サービス」"),
            R("保育 待機"), R("地域 防災"), R("区") with { PlanId = plan }, R("保育") with { PlanId = plan },
            R("キャッシュレス") with { PlanId = plan }, R("保育") with { StarredOnly = true, Strategy = "S2" },
            R("の"),
        ];
    }

    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => Option(name) is { } v ? int.Parse(v) : fallback;
        var databases = new List<DatabaseConfig>();
        if (Option("--sqlite") is { } path)
            databases.Add(DatabaseConfig.Sqlite(path));
        if (Option("--postgres") is { } cs)
            databases.Add(DatabaseConfig.Postgres(cs));
        if (databases.Count == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var plans = Number("--plans", 1741);
        var runs = Number("--runs", 50);
        var naiveRuns = Number("--naive-runs", 5);

        foreach (var config in databases)
        {
            await CorpusDatabase.FillAsync(config, plans, Console.Out);
            await using (var db = TorikumiDb.CreateContext(config))
                Console.WriteLine($"\n### {config.Provider} {await VersionAsync(db)}: {await db.Plans.CountAsync()} plans, " +
                    $"{await db.SearchDocuments.CountAsync(d => d.Current):N0} items searched, " +
                    $"{await db.SearchPostings.CountAsync():N0} posting chunks\n");
            // Every search over and over for 10 s before any is timed: a server that has run for a while has its code
            // compiled at the JIT's top tier, and the background compilation is not counted as a search's CPU time.
            for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(10);)
                foreach (var request in Requests(plans))
                    await TimeAsync(config, 1, db => new PlanSearch(db).SearchAsync(request).ContinueWith(t => t.Result.Total));
            Console.WriteLine($"Load average at the start: {LoadAverage()}\n");
            Console.WriteLine("| search | hits | p50 ms | p95 ms | p99 ms | CPU ms | LIKE p50 ms | LIKE ÷ index (p50) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            var all = new List<double>();
            foreach (var request in Requests(plans))
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var (hits, times) = await TimeAsync(config, runs, db => new PlanSearch(db).SearchAsync(request).ContinueWith(t => t.Result.Total));
                var cpuPerSearch = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (runs + Math.Min(3, runs));
                var (naiveHits, naive) = await TimeAsync(config, naiveRuns, db => NaiveAsync(db, request));
                all.AddRange(times);
                var p50 = Percentile(times, 50);
                Console.WriteLine($"| {Describe(request)} | {hits:N0}{(naiveHits == hits || request.StarredOnly ? "" : $" (LIKE: {naiveHits:N0})")} | " +
                    $"{p50:F1} | {Percentile(times, 95):F1} | {Percentile(times, 99):F1} | {cpuPerSearch:F1} | {Percentile(naive, 50):F0} | {Percentile(naive, 50) / p50:F0} × |");
            }
            Console.WriteLine($"| **all searches** | | {Percentile(all, 50):F1} | {Percentile(all, 95):F1} | {Percentile(all, 99):F1} | | | |");
            Console.WriteLine($"\nLoad average at the end: {LoadAverage()}");
        }
        return 0;
    }

    static string Describe(SearchRequest r) =>
        $"`{r.Query.Raw}`" + (r.PlanId is { } p ? $" plan={p}" : "") + (r.Strategy is { } s ? $" strategy={s}" : "") + (r.StarredOnly ? " ★" : "");

    static async Task<(int Hits, List<double> Milliseconds)> TimeAsync(DatabaseConfig config, int runs, Func<TorikumiDbContext, Task<int>> search)
    {
        var times = new List<double>(runs);
        var hits = 0;
        for (var i = -Math.Min(3, runs); i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var db = TorikumiDb.CreateContext(config))
                hits = await search(db);
            if (i >= 0)
                times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (hits, times);
    }

    /// <summary>
    /// The baseline: every current item's normalised text scanned with LIKE '%term%' per term, the ids of the matches
    /// in result order. It finds the same items (filters other than the plan are left out, so ★ rows differ).
    /// </summary>
    static Task<int> NaiveAsync(TorikumiDbContext db, SearchRequest request)
    {
        var documents = db.SearchDocuments.AsNoTracking().Where(d => d.Current && (request.PlanId == null || d.PlanId == request.PlanId));
        foreach (var term in request.Query.Terms.Select(t => "%" + t.Normalised + "%"))
            documents = documents.Where(d => EF.Functions.Like(d.Normalised, term));
        return documents.OrderBy(d => d.PlanId).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync().ContinueWith(t => t.Result.Count);
    }

    static Task<string> VersionAsync(TorikumiDbContext db) =>
        db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql() ? "SELECT version() AS \"Value\"" : "SELECT sqlite_version() AS \"Value\"")
            .SingleAsync();

    /// <summary>The 1, 5 and 15 minute load averages (Linux): the figures mean little on a machine busy with other work.</summary>
    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
