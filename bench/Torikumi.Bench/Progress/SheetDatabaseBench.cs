using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.Caching.Memory;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Core.Progress.Sheets;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Bench.Progress;

/// <summary>
/// <c>sheets-db [ROWS] [RUNS] [--postgres CONNECTION]</c>: a whole upload of a filled ROWS-row sheet (default 200)
/// through <see cref="ProgressReports.ImportSheetAsync"/> — read and check the file, check every row by the report
/// rules, save ROWS drafts with their audit entries in one transaction — against SQLite (and PostgreSQL when given).
/// The first run creates the reports; every further run downloads the sheet again (the versions move on) and changes
/// every row, so each run writes ROWS updates. The read part alone (<see cref="ProgressSheetReader"/> on the same file)
/// is timed too; the database part is the difference.
/// </summary>
static class SheetDatabaseBench
{
    const string Department = "総務部";
    const int Year = 2022;

    public static async Task<int> RunAsync(string[] args)
    {
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var rows = positional.Count > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 200;
        var runs = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 10;
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("TORIKUMI_BENCH_POSTGRES");
        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}");
        var file = Path.Combine(Path.GetTempPath(), $"torikumi-bench-sheets-{Guid.NewGuid():N}.db");
        try
        {
            await RunOneAsync(DatabaseConfig.Parse($"sqlite:{file}"), rows, runs);
        }
        finally
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                File.Delete(f);
        }
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            var config = DatabaseConfig.Parse($"postgres:{postgres};Database=torikumi_bench_sheets_{Environment.ProcessId}");
            try
            {
                await RunOneAsync(config, rows, runs);
            }
            finally
            {
                await using var db = TorikumiDb.CreateContext(config);
                await db.Database.EnsureDeletedAsync();
            }
        }
        return 0;
    }

    sealed class PlanningDivision : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public string? UserId => "bench";
        public string? Email => "kikaku@example.jp";
        public string? DisplayName => "企画課";
        public ProgressActor Actor => ProgressActor.Administrator;
    }

    static async Task RunOneAsync(DatabaseConfig config, int rows, int runs)
    {
        int planId;
        await using (var db = TorikumiDb.CreateContext(config))
        {
            await db.MigrateAsync();
            planId = (await new PlanStore(db).ImportAsync(new PlanImport(Plan(rows), "bench"))).PlanId;
        }
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var user = new PlanningDivision();
        var read = new List<double>();
        var whole = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            await using var db = TorikumiDb.CreateContext(config);
            var reports = new ProgressReports(db, new PortalPlans(db, new PlanStore(db), cache), user);
            var sheet = (await reports.SheetAsync(planId, Year, Department)).Value ?? throw new InvalidOperationException("No sheet.");
            var filled = Fill(sheet.Content, rows, run);

            // The read part alone, on the same file, for the same items.
            var index = new PlanIndex(Plan(rows));
            var context = new SheetContext(planId, index.Plan.Title, Year, new OrgUnit(Department), StatusScales.Default);
            var expected = ExpectedItems(sheet.Content);
            var clock = Stopwatch.StartNew();
            var check = ProgressSheetReader.Read(new MemoryStream(filled), context, index, expected);
            var readTime = clock.Elapsed.TotalMilliseconds;
            if (!check.IsValid)
                throw new InvalidOperationException(string.Join("\n", check.Problems));

            await using var db2 = TorikumiDb.CreateContext(config);
            var fresh = new ProgressReports(db2, new PortalPlans(db2, new PlanStore(db2), cache), user);
            clock.Restart();
            var result = await fresh.ImportSheetAsync(planId, Year, Department, null, new MemoryStream(filled));
            var total = clock.Elapsed.TotalMilliseconds;
            if (result.Value is not { Applied: true } import || import.Changes.Count != rows)
                throw new InvalidOperationException($"Run {run}: {string.Join("\n", result.Value?.Problems.Select(p => p.ToString()) ?? [result.Refusal?.English ?? "?"])}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{config.Display} run {run}{(run == 0 ? " (cold, inserts)" : "")}: upload {total:F0} ms, read part {readTime:F0} ms, database part {total - readTime:F0} ms"));
            if (run > 0)
            {
                read.Add(readTime);
                whole.Add(total);
            }
        }
        read.Sort();
        whole.Sort();
        var db3 = whole.Zip(read).Select(p => p.First - p.Second).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{config.Display}: {rows} rows, {runs} warm runs (updates): whole upload median {whole[whole.Count / 2]:F0} ms (worst {whole[^1]:F0}); read part median {read[read.Count / 2]:F0} ms; database part ≈ {db3[db3.Count / 2]:F0} ms"));
    }

    /// <summary>The items as the written sheet lists them (the reader's expectations), read back from the sheet itself.</summary>
    static List<SheetItem> ExpectedItems(byte[] sheet)
    {
        using var workbook = new XLWorkbook(new MemoryStream(sheet));
        var ws = workbook.Worksheet(ProgressSheetWriter.ProgressSheet);
        return [.. ws.RowsUsed().Skip(1).Select(r => new SheetItem(r.Cell(SheetColumns.Key.Number).GetString(), r.Cell(SheetColumns.Title.Number).GetString(),
            r.Cell(SheetColumns.Strategy.Number).GetString(), r.Cell(SheetColumns.Owners.Number).GetString(),
            int.Parse(r.Cell(SheetColumns.Version.Number).GetString(), CultureInfo.InvariantCulture)))];
    }

    static byte[] Fill(byte[] sheet, int count, int run)
    {
        using var workbook = new XLWorkbook(new MemoryStream(sheet));
        var ws = workbook.Worksheet(ProgressSheetWriter.ProgressSheet);
        for (var r = SheetColumns.FirstDataRow; r < SheetColumns.FirstDataRow + count; r++)
        {
            ws.Cell(r, SheetColumns.Plan.Number).Value = "説明会を年4回開催し、参加者アンケートを行う。";
            ws.Cell(r, SheetColumns.Result.Number).Value = $"説明会を3回開催した。参加者は延べ{120 + run}人、満足度は85%。";
            ws.Cell(r, SheetColumns.Status.Number).Value = "概ね計画どおり";
            ws.Cell(r, SheetColumns.Percent.Number).Value = 75;
            ws.Cell(r, SheetColumns.Remarks.Number).Value = "第4回は次年度へ延期";
            ws.Cell(r, SheetColumns.Evidence.Number).Value = "https://example.jp/report.html";
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>A plan of <paramref name="count"/> items, 20 per strategic plan, all owned by 総務部 (総務課).</summary>
    static PlanDocument Plan(int count) => new()
    {
        Title = "ベンチマーク用の計画", Municipality = "ベンチマーク市", FiscalYears = [2022, 2023],
        Pillars = [new Pillar
        {
            Key = Pillar.KeyFor(1), Number = 1, Title = "柱",
            Strategies = [.. Enumerable.Range(1, (count + 19) / 20).Select(s => new Strategy
            {
                Key = Strategy.KeyFor(s), Number = s, Title = $"戦略計画{s}",
                Items = [.. Enumerable.Range(1, Math.Min(20, count - (s - 1) * 20)).Select(n => new PlanItem
                {
                    Key = PlanItem.KeyFor(s, ItemSection.Initiatives, n), Number = n, Section = ItemSection.Initiatives,
                    Title = $"取組{s}-{n} 地域の見守り活動を広げる", Owners = [new Owner(Department, ["総務課"])],
                })],
            })],
        }],
    };
}
