using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>A column of the published-progress CSV and XLSX: Japanese header, stable English name, what it holds.</summary>
public sealed record ProgressColumn(string Header, string Name, string Description, Func<ReportView, object?> Value, double Width = 14, bool Long = false);

/// <summary>
/// Published progress as files (公表された進捗のオープンデータ), with the conventions of the plan's downloads
/// (<see cref="PlanCsv"/>, <see cref="PlanXlsx"/>): CSV in UTF-8 with a BOM and CRLF, formula-like text escaped; an XLSX
/// with the reports, the roll-ups and an 「この資料について」 sheet with the source and the licence. Only what
/// <see cref="ProgressReports.PublishedAsync"/> returns goes in, so nothing unpublished can.
/// </summary>
public static class ProgressFiles
{
    public const string ReportsSheet = "進捗一覧";
    public const string RollUpSheet = "集計";

    static string Num(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    static string Indicators(ReportView r) => string.Join("\n", r.Indicators.Select(i =>
        $"{i.Name}: 目標 {Num(i.Targets.FirstOrDefault(t => t.FiscalYear == r.FiscalYear)?.Value)}{i.Unit} / 実績 {Num(i.Actuals.FirstOrDefault(t => t.FiscalYear == r.FiscalYear)?.Value)}{i.Unit}"
        + (i.Achievement is { } a ? $" (達成度 {Num(a.Percent)}%)" : "")));

    public static readonly IReadOnlyList<ProgressColumn> Columns =
    [
        new("年度", "fiscal_year", "西暦の年度(2022 = 令和4年度)", r => r.FiscalYear, 8),
        new("年度(和暦)", "fiscal_year_label", "和暦と西暦の年度", r => r.FiscalYearLabel, 22),
        new("項目キー", "item_key", "取組の安定したキー(4-1-3)", r => r.ItemKey, 10),
        new("取組名", "item_title", "取組・事業の名前", r => r.ItemTitle, 30, true),
        new("部", "department", "報告した部", r => r.Department, 14),
        new("課", "sections", "担当の課(複数は「、」区切り)", r => string.Join("、", r.Sections), 18, true),
        new("状況コード", "status", "状況のコード(ahead, on-track …)", r => r.Status, 12),
        new("状況", "status_label", "状況(計画どおり など)", r => r.StatusLabel, 14),
        new("状況の理由", "status_reason", "指標による提案と違う状況にした理由", r => r.StatusReason, 24, true),
        new("進捗率", "percent", "進捗率(%、0〜100)", r => Num(r.Percent), 8),
        new("計画", "plan", "その年度の計画", r => r.Plan, 40, true),
        new("実績", "result", "その年度の実績", r => r.Result, 40, true),
        new("備考", "remarks", "備考", r => r.Remarks, 24, true),
        new("根拠資料", "evidence", "根拠資料(1行に「名前 URL」)", r => string.Join("\n", r.Evidence.Select(e => $"{e.Title} {e.Url}")), 30, true),
        new("指標", "indicators", "指標(1行に「名前: 目標 / 実績 (達成度)」)", Indicators, 40, true),
    ];

    static string Cell(object? value) => value switch
    {
        null => "",
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => (string)value,
    };

    public static byte[] Csv(PublishedProgress progress, CsvHeader header = CsvHeader.Japanese)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, PlanCsv.Options, leaveOpen: true))
        {
            csv.WriteHeader([.. Columns.Select(c => header == CsvHeader.English ? c.Name : c.Header)]);
            foreach (var report in progress.Reports)
                csv.WriteRecord([.. Columns.Select(c => Cell(c.Value(report)))]);
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(PublishedProgress progress, PlanDocument plan, DateTimeOffset downloaded)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"{plan.Title} {progress.FiscalYearLabel} 進捗状況";
        workbook.Properties.Author = "Torikumi";
        workbook.Properties.Created = downloaded.UtcDateTime;

        var sheet = workbook.Worksheets.Add(ReportsSheet);
        for (var c = 0; c < Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Columns[c].Header);
            sheet.Column(c + 1).Width = Columns[c].Width;
            if (Columns[c].Long)
                sheet.Column(c + 1).Style.Alignment.WrapText = true;
        }
        for (var r = 0; r < progress.Reports.Count; r++)
            for (var c = 0; c < Columns.Count; c++)
                Set(sheet.Cell(r + 2, c + 1), Columns[c].Value(progress.Reports[r]));
        Finish(sheet, progress.Reports.Count + 1, Columns.Count);

        WriteRollUps(workbook.Worksheets.Add(RollUpSheet), progress);
        WriteAbout(workbook.Worksheets.Add(PlanXlsx.AboutSheet), progress, plan, downloaded);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
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
            Set(sheet.Cell(row, 2), group.Key);
            Set(sheet.Cell(row, 3), group.Title);
            var c = 4;
            foreach (var status in progress.Scale)
                sheet.Cell(row, c++).SetValue(s.CountOf(status.Code));
            sheet.Cell(row, c++).SetValue(s.NotReported);
            sheet.Cell(row, c++).SetValue(s.Items);
            if (s.AveragePercent is { } p)
                sheet.Cell(row, c).SetValue(p);
            c++;
            Set(sheet.Cell(row, c), progress.Scale.FirstOrDefault(x => x.Code == s.SummaryStatus)?.Japanese);
        }
        sheet.Column(3).Width = 40;
        Finish(sheet, groups.Count + 1, head.Length);
    }

    static void WriteAbout(IXLWorksheet sheet, PublishedProgress progress, PlanDocument plan, DateTimeOffset downloaded)
    {
        (string, string?)[] facts =
        [
            ("計画名", plan.Title),
            ("自治体", plan.Municipality),
            ("年度", progress.FiscalYearLabel),
            ("内容", $"公表された進捗報告(「{ReportsSheet}」)と、それだけから計算した集計(「{RollUpSheet}」、計算方法は docs/progress.md)。公表前の報告は含みません。"),
            ("出典", OpenDataLicence.Attribution(plan)),
            ("ライセンス", OpenDataLicence.Japanese),
            ("License", OpenDataLicence.English),
            ("ライセンスの URL", OpenDataLicence.Url),
            ("公共データ利用規約（第1.0版）", OpenDataLicence.PublicDataLicenceUrl),
            ("ダウンロード日", PlanXlsx.Date(downloaded)),
            ("作成", "Torikumi（自治体の取組計画を公開するオープンソースのシステム）"),
        ];
        sheet.Cell(1, 1).SetValue(PlanXlsx.AboutSheet);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        var r = 3;
        foreach (var (label, value) in facts)
        {
            sheet.Cell(r, 1).SetValue(label);
            sheet.Cell(r, 1).Style.Font.Bold = true;
            Set(sheet.Cell(r, 2), string.IsNullOrEmpty(value) ? "（記載なし）" : value);
            r++;
        }
        r++;
        sheet.Cell(r, 1).SetValue($"「{ReportsSheet}」の列");
        sheet.Cell(r, 1).Style.Font.Bold = true;
        foreach (var column in Columns)
        {
            r++;
            sheet.Cell(r, 1).SetValue(column.Header);
            sheet.Cell(r, 2).SetValue(column.Name);
            Set(sheet.Cell(r, 3), column.Description);
        }
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 70;
        sheet.Column(3).Width = 40;
        sheet.Column(2).Style.Alignment.WrapText = true;
    }

    static void Finish(IXLWorksheet sheet, int rows, int columns)
    {
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Range(1, 1, rows, columns).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows, columns).SetAutoFilter();
    }

    /// <summary>Text as text (never a guessed number, date or formula), cut to what a cell holds, without control characters.</summary>
    static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case int n:
                cell.SetValue(n);
                return;
            default:
                var text = new string([.. ((string)value).Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]);
                if (text.Length > PlanXlsx.MaxCellLength)
                    text = text[..(PlanXlsx.MaxCellLength - 1)] + "…";
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                return;
        }
    }
}
