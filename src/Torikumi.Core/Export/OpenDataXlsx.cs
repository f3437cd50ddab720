using System.Text;
using ClosedXML.Excel;
using Torikumi.Core.Japanese;

namespace Torikumi.Core.Export;

/// <summary>A sheet's columns as the 「この資料について」 sheet lists them: header, stable English name, description.</summary>
public sealed record ColumnGuide(string Sheet, IReadOnlyList<(string Header, string Name, string Description)> Columns)
{
    public static ColumnGuide Of<TRow>(string sheet, IReadOnlyList<ExportColumn<TRow>> columns) =>
        new(sheet, [.. columns.Select(c => (c.Header, c.Name, c.Description))]);
}

/// <summary>
/// What every open-data workbook shares (the plan's item list, the progress lists): a table sheet (bold frozen header,
/// autofilter, set widths, long text wrapped), the 「この資料について」 sheet (facts, source, licence, download date, the
/// columns with their English names), and cells that hold text as text — never a number, date or formula a spreadsheet
/// would guess from it — without the control characters XML cannot hold, cut to what Excel accepts.
/// </summary>
public static class OpenDataXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string AboutSheet = "この資料について";
    public const string Maker = "Torikumi（自治体の取組計画を公開するオープンソースのシステム）";

    /// <summary>Excel refuses a cell with more characters than this.</summary>
    public const int MaxCellLength = 32_767;
    const string Cut = "…（Excel のセルの上限を超えるため省略。全文は CSV または JSON にあります）";

    public static XLWorkbook Workbook(string title, DateTimeOffset downloaded)
    {
        var workbook = new XLWorkbook();
        workbook.Properties.Title = Clean(title);
        workbook.Properties.Author = "Torikumi";
        workbook.Properties.Created = downloaded.UtcDateTime;
        return workbook;
    }

    public static byte[] Save(XLWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A header row and one row per entry.</summary>
    public static void Table<TRow>(IXLWorksheet sheet, IReadOnlyList<ExportColumn<TRow>> columns, IReadOnlyList<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
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
        sheet.Row(1).Style.Alignment.WrapText = true;
        Finish(sheet, rows.Count + 1, columns.Count);
    }

    /// <summary>Bold frozen header, top alignment and an autofilter over the table.</summary>
    public static void Finish(IXLWorksheet sheet, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Range(1, 1, rows, columns).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows, columns).SetAutoFilter();
    }

    /// <summary>
    /// 「この資料について」: the title, one bold label and its value per fact (「（記載なし）」 for none), then for each guide
    /// the sheet's columns with their English names and contents.
    /// </summary>
    public static void About(IXLWorksheet sheet, IReadOnlyList<(string Label, string? Value)> facts, params IReadOnlyList<ColumnGuide> guides)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(facts);
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
        foreach (var guide in guides)
        {
            r++;
            sheet.Cell(r, 1).SetValue($"「{guide.Sheet}」の列");
            sheet.Cell(r, 1).Style.Font.Bold = true;
            r++;
            string[] heads = ["列", "英語名（プログラム用）", "内容"];
            for (var c = 0; c < heads.Length; c++)
            {
                sheet.Cell(r, c + 1).SetValue(heads[c]);
                sheet.Cell(r, c + 1).Style.Font.Bold = true;
            }
            foreach (var (header, name, description) in guide.Columns)
            {
                r++;
                sheet.Cell(r, 1).SetValue(header);
                sheet.Cell(r, 2).SetValue(name);
                Set(sheet.Cell(r, 3), description);
            }
        }
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 70;
        sheet.Column(3).Width = 50;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Column(3).Style.Alignment.WrapText = true;
        sheet.Range(1, 1, r, 3).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>The licence facts every about sheet ends with: source, licence (ja, en, links), download date, maker.</summary>
    public static IEnumerable<(string Label, string? Value)> LicenceFacts(string attribution, DateTimeOffset downloaded) =>
    [
        ("出典", attribution),
        ("ライセンス", OpenDataLicence.Japanese),
        ("License", OpenDataLicence.English),
        ("ライセンスの URL", OpenDataLicence.Url),
        ("公共データ利用規約（第1.0版）", OpenDataLicence.PublicDataLicenceUrl),
        ("ダウンロード日", Date(downloaded)),
        ("作成", Maker),
    ];

    /// <summary>Text goes in as text, never as a number, date or formula the spreadsheet guesses from it.</summary>
    public static void Set(IXLCell cell, object? value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        switch (value)
        {
            case null:
                return;
            case int n:
                cell.SetValue(n);
                return;
            case decimal d:
                cell.SetValue((double)d);
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
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsControl(c) || c is '\t' or '\n' or '\r')
                sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The date in Japan (UTC+9, no summer time), era first: 令和8年(2026年)11月28日.</summary>
    public static string Date(DateTimeOffset instant)
    {
        var jst = instant.ToOffset(TimeSpan.FromHours(9));
        return $"{Era.ToEraYear(jst.Year)}年({jst.Year}年){jst.Month}月{jst.Day}日";
    }
}
