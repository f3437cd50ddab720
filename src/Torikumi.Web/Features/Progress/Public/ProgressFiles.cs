using ClosedXML.Excel;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>
/// A fiscal year's published progress as files (公表された進捗のオープンデータ), with the conventions and writers of the
/// plan's downloads (<see cref="OpenDataCsv"/>, <see cref="OpenDataXlsx"/>) and the columns of
/// <see cref="ProgressColumns"/>: an XLSX with the reports, the roll-ups and an 「この資料について」 sheet. Only what
/// <see cref="ProgressReports.PublishedAsync"/> returns goes in, so nothing unpublished can.
/// </summary>
public static class ProgressFiles
{
    public const string ReportsSheet = PlanXlsx.ProgressSheet;
    public const string RollUpSheet = "集計";

    static List<ProgressRow> Rows(PublishedProgress progress) => [.. progress.Reports.Select(PlanProgressExport.Row)];

    public static byte[] Csv(PublishedProgress progress, CsvHeader header = CsvHeader.Japanese) =>
        OpenDataCsv.Write(ProgressColumns.All, Rows(progress), header);

    public static byte[] Xlsx(PublishedProgress progress, PlanDocument plan, DateTimeOffset downloaded)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(plan);
        using var workbook = OpenDataXlsx.Workbook($"{plan.Title} {progress.FiscalYearLabel} 進捗状況", downloaded);
        OpenDataXlsx.Table(workbook.Worksheets.Add(ReportsSheet), ProgressColumns.All, Rows(progress));
        WriteRollUps(workbook.Worksheets.Add(RollUpSheet), progress);
        (string, string?)[] facts =
        [
            ("計画名", plan.Title),
            ("自治体", plan.Municipality),
            ("年度", progress.FiscalYearLabel),
            ("内容", $"公表された進捗報告(「{ReportsSheet}」)と、それだけから計算した集計(「{RollUpSheet}」、計算方法は docs/progress.md)。公表前の報告は含みません。"),
            .. OpenDataXlsx.LicenceFacts(OpenDataLicence.Attribution(plan), downloaded),
        ];
        OpenDataXlsx.About(workbook.Worksheets.Add(OpenDataXlsx.AboutSheet), facts, ColumnGuide.Of(ReportsSheet, ProgressColumns.All));
        return OpenDataXlsx.Save(workbook);
    }

    static void WriteRollUps(IXLWorksheet sheet, PublishedProgress progress)
    {
        string[] head = ["区分", "キー", "名前", .. progress.Scale.Select(s => s.Japanese), "未報告", "取組数", "平均進捗率", "全体の状況"];
        for (var c = 0; c < head.Length; c++)
            sheet.Cell(1, c + 1).SetValue(head[c]);
        var groups = new[] { ("計画全体", progress.RollUp.Plan) }
            .Concat(progress.RollUp.Pillars.Select(p => ("施策の柱", p)))
            .Concat(progress.RollUp.Strategies.Select(s => ("戦略計画", s)))
            .Concat(progress.RollUp.Departments.Select(d => ("部", d)))
            .ToList();
        for (var r = 0; r < groups.Count; r++)
        {
            var (kind, group) = groups[r];
            var s = group.Summary;
            var row = r + 2;
            sheet.Cell(row, 1).SetValue(kind);
            OpenDataXlsx.Set(sheet.Cell(row, 2), group.Key);
            OpenDataXlsx.Set(sheet.Cell(row, 3), group.Title);
            var c = 4;
            foreach (var status in progress.Scale)
                sheet.Cell(row, c++).SetValue(s.CountOf(status.Code));
            sheet.Cell(row, c++).SetValue(s.NotReported);
            sheet.Cell(row, c++).SetValue(s.Items);
            if (s.AveragePercent is { } p)
                sheet.Cell(row, c).SetValue(p);
            c++;
            OpenDataXlsx.Set(sheet.Cell(row, c), progress.Scale.FirstOrDefault(x => x.Code == s.SummaryStatus)?.Japanese);
        }
        sheet.Column(3).Width = 40;
        OpenDataXlsx.Finish(sheet, groups.Count + 1, head.Length);
    }
}
