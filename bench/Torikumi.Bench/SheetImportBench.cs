using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Core.Progress.Sheets;

namespace Torikumi.Bench;

/// <summary>
/// <c>sheets [ROWS] [RUNS]</c>: times reading and checking a filled progress sheet of ROWS rows (default 200), the
/// Core part of an upload (open the xlsx, check the file, every locked cell and checksum, every input), with a
/// Stopwatch: one warm-up, then RUNS runs (default 20), reporting median and worst. Writing the sheet is timed too.
/// The database part (one transaction of ROWS drafts) is not included; see docs/performance.md.
/// </summary>
static class SheetImportBench
{
    public static int Run(string[] args)
    {
        var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var unit = new OrgUnit("総務部");
        var index = new PlanIndex(Plan(rows));
        var context = new SheetContext(1, index.Plan.Title, 2022, unit, StatusScales.Default);
        var items = SheetItems.Of(index, unit).Select(o => new SheetItem(o.Item.Key, o.Item.Title, o.StrategyLabel, o.OwnersLabel,
            Indicators: [new SheetIndicator("件数", "件", 10, null)])).ToList();

        var write = Stopwatch.StartNew();
        var sheet = ProgressSheetWriter.Write(context, items, DateTimeOffset.UtcNow);
        write.Stop();
        var filled = Fill(sheet, items.Count);

        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var read = ProgressSheetReader.Read(new MemoryStream(filled), context, index, items);
            watch.Stop();
            if (!read.IsValid || read.Rows.Count != items.Count)
                throw new InvalidOperationException(string.Join("\n", read.Problems));
            if (i > 0)
                times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"{items.Count} rows, {filled.Length} bytes: write {write.Elapsed.TotalMilliseconds:F0} ms (first, cold); read+check median {times[times.Count / 2]:F0} ms, worst {times[^1]:F0} ms over {runs} runs"));
        return 0;
    }

    /// <summary>Every row filled in as an editor would: plan, result, status, percent, remarks, a URL, the actual.</summary>
    static byte[] Fill(byte[] sheet, int count)
    {
        using var workbook = new XLWorkbook(new MemoryStream(sheet));
        var ws = workbook.Worksheet(ProgressSheetWriter.ProgressSheet);
        for (var r = SheetColumns.FirstDataRow; r < SheetColumns.FirstDataRow + count; r++)
        {
            ws.Cell(r, SheetColumns.Plan.Number).Value = "説明会を年4回開催し、参加者アンケートを行う。";
            ws.Cell(r, SheetColumns.Result.Number).Value = "説明会を3回開催した。参加者は延べ120人、満足度は85%。";
            ws.Cell(r, SheetColumns.Status.Number).Value = "概ね計画どおり";
            ws.Cell(r, SheetColumns.Percent.Number).Value = 75;
            ws.Cell(r, SheetColumns.Remarks.Number).Value = "第4回は次年度へ延期";
            ws.Cell(r, SheetColumns.Evidence.Number).Value = "https://example.jp/report.html";
            ws.Cell(r, SheetColumns.Actual.Number).Value = 8;
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>A plan of <paramref name="count"/> items, 20 per strategic plan, all owned by 総務部 (総務課).</summary>
    static PlanDocument Plan(int count)
    {
        var strategies = Enumerable.Range(1, (count + 19) / 20).Select(s => new Strategy
        {
            Key = Strategy.KeyFor(s), Number = s, Title = $"戦略計画{s}",
            Items = [.. Enumerable.Range(1, Math.Min(20, count - (s - 1) * 20)).Select(n => new PlanItem
            {
                Key = PlanItem.KeyFor(s, ItemSection.Initiatives, n), Number = n, Section = ItemSection.Initiatives,
                Title = $"取組{s}-{n} 地域の見守り活動を広げる", Owners = [new Owner("総務部", ["総務課"])],
            })],
        }).ToList();
        return new PlanDocument
        {
            Title = "ベンチマーク用の計画", FiscalYears = [2022, 2023],
            Pillars = [new Pillar { Key = Pillar.KeyFor(1), Number = 1, Title = "柱", Strategies = strategies }],
        };
    }
}
