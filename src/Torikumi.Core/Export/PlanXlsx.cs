using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// The item list as an Excel workbook: sheet 「取組一覧」 with one row per item (the same columns as the CSV, header bold,
/// frozen and filterable, long text wrapped) and sheet 「この資料について」 saying what the data is, where it comes
/// from, under which licence, and when it was downloaded. Lives in Core beside the CSV writer because it needs no web
/// framework: the CLI's export and the portal's download write the same file.
/// </summary>
public static class PlanXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ItemsSheet = "取組一覧";
    public const string AboutSheet = "この資料について";

    /// <summary>Excel refuses a cell with more characters than this.</summary>
    public const int MaxCellLength = 32_767;
    const string Cut = "…（Excel のセルの上限を超えるため省略。全文は CSV または JSON にあります）";

    public static byte[] Write(PlanDocument plan, PlanExportSource source, DateTimeOffset downloaded) =>
        Write(plan, PlanRows.Of(plan, source), source, downloaded);

    public static byte[] Write(PlanDocument plan, IReadOnlyList<PlanRow> rows, PlanExportSource source, DateTimeOffset downloaded)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = Clean(plan.Title);
        workbook.Properties.Author = "Torikumi";
        workbook.Properties.Created = downloaded.UtcDateTime;
        WriteItems(workbook.Worksheets.Add(ItemsSheet), rows);
        WriteAbout(workbook.Worksheets.Add(AboutSheet), plan, source, downloaded);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    static void WriteItems(IXLWorksheet sheet, IReadOnlyList<PlanRow> rows)
    {
        var columns = PlanColumns.All;
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
            var column = sheet.Column(c + 1);
            column.Width = columns[c].Width;
            if (columns[c].Long)
                column.Style.Alignment.WrapText = true;
        }
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                Set(sheet.Cell(r + 2, c + 1), columns[c].Value(rows[r]));

        var header = sheet.Row(1);
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        sheet.Range(1, 1, rows.Count + 1, columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows.Count + 1, columns.Count).SetAutoFilter();
    }

    static void WriteAbout(IXLWorksheet sheet, PlanDocument plan, PlanExportSource source, DateTimeOffset downloaded)
    {
        var facts = new List<(string Label, string? Value)>
        {
            ("計画名", plan.Title),
            ("自治体", plan.Municipality),
            ("段階", plan.Stage),
            ("計画期間", plan.FiscalYearsText ?? string.Join("・", plan.FiscalYears.Select(Era.FiscalYearLabel))),
            ("発行", Published(plan)),
            ("版", source.Version is int v ? $"第{v}版" + (source.ImportedAt is { } at ? $"（{Date(at)} 取り込み）" : "") : null),
            ("出典", OpenDataLicence.Attribution(plan)),
            ("取り込み元ファイル", source.SourceName),
            ("ライセンス", OpenDataLicence.Japanese),
            ("License", OpenDataLicence.English),
            ("ライセンスの URL", OpenDataLicence.Url),
            ("公共データ利用規約（第1.0版）", OpenDataLicence.PublicDataLicenceUrl),
            ("ダウンロード日", Date(downloaded)),
            ("作成", "Torikumi（自治体の取組計画を公開するオープンソースのシステム）"),
        };
        sheet.Cell(1, 1).SetValue(AboutSheet);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        var r = 3;
        foreach (var (label, value) in facts)
        {
            sheet.Cell(r, 1).SetValue(label);
            sheet.Cell(r, 1).Style.Font.Bold = true;
            Set(sheet.Cell(r, 2), string.IsNullOrEmpty(value) ? "（記載なし）" : value);
            r++;
        }

        // The column guide: a reader of the spreadsheet (or a program) learns each header's meaning and stable name here.
        r++;
        sheet.Cell(r, 1).SetValue($"「{ItemsSheet}」の列");
        sheet.Cell(r, 1).Style.Font.Bold = true;
        r++;
        string[] guide = ["列", "英語名（プログラム用）", "内容"];
        for (var c = 0; c < guide.Length; c++)
        {
            sheet.Cell(r, c + 1).SetValue(guide[c]);
            sheet.Cell(r, c + 1).Style.Font.Bold = true;
        }
        foreach (var column in PlanColumns.All)
        {
            r++;
            sheet.Cell(r, 1).SetValue(column.Header);
            sheet.Cell(r, 2).SetValue(column.Name);
            Set(sheet.Cell(r, 3), column.Description);
        }
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 70;
        sheet.Column(3).Width = 50;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Column(3).Style.Alignment.WrapText = true;
        sheet.Range(1, 1, r, 3).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>Text goes in as text, never as a number, date or formula the spreadsheet guesses from it.</summary>
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
                var text = Clean((string)value);
                if (text.Length > MaxCellLength)
                    text = text[..(MaxCellLength - Cut.Length)] + Cut;
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                return;
        }
    }

    /// <summary>XML cannot hold control characters other than tab and line breaks; a stray one would make the file unreadable.</summary>
    static string Clean(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsControl(c) || c is '\t' or '\n' or '\r')
                sb.Append(c);
        return sb.ToString();
    }

    static string? Published(PlanDocument plan)
    {
        var publisher = plan.Colophon?.Publisher;
        string? month = null;
        if (plan.Published is { Length: 7 } p && int.TryParse(p[..4], CultureInfo.InvariantCulture, out var y)
            && int.TryParse(p[5..], CultureInfo.InvariantCulture, out var m))
            month = $"{Era.ToEraYear(y)}年({y}年){m}月";
        return publisher is null && month is null ? null : string.Join(" ", new[] { publisher, month }.Where(s => s is not null));
    }

    /// <summary>The date in Japan (UTC+9, no summer time), era first: 令和8年(2026年)11月28日.</summary>
    public static string Date(DateTimeOffset instant)
    {
        var jst = instant.ToOffset(TimeSpan.FromHours(9));
        return $"{Era.ToEraYear(jst.Year)}年({jst.Year}年){jst.Month}月{jst.Day}日";
    }
}
