using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Torikumi.Core.Export;

namespace Torikumi.Core.Comments.Results;

/// <summary>
/// The published result 「意見の概要と区の考え方」 as downloads: an Excel workbook (sheet 「意見の概要と区の考え方」 with
/// one row per opinion, and sheet 「この資料について」 with the period, the counts by channel, the licence and a column
/// guide, as the plan downloads have) and a CSV (UTF-8 with a BOM, CRLF, formulas defused, like <see cref="PlanCsv"/>).
/// Written from <see cref="CommentResult"/> only, which holds no personal data (see there).
/// </summary>
public static class CommentResultFiles
{
    public const string ResultSheet = "意見の概要と区の考え方";
    public const string AboutSheet = PlanXlsx.AboutSheet;
    public const string XlsxContentType = PlanXlsx.ContentType;
    public const string CsvContentType = PlanCsv.ContentType;
    const string Cut = "…（Excel のセルの上限を超えるため省略。全文は CSV にあります）";

    public static byte[] Xlsx(CommentResult r, CommentResultAbout about)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(about);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = Clean($"{r.PlanTitle} {ResultSheet}");
        workbook.Properties.Author = "Torikumi";
        workbook.Properties.Created = about.Downloaded.UtcDateTime;
        var rows = CommentResultColumns.Rows(r).ToList();
        WriteResult(workbook.Worksheets.Add(ResultSheet), rows);
        WriteAbout(workbook.Worksheets.Add(AboutSheet), r, about);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// The CSV as text, starting with the byte order mark U+FEFF: encode it with <c>new UTF8Encoding(false)</c> (or use
    /// <see cref="CsvBytes"/>) so that the file carries exactly one BOM.
    /// </summary>
    public static string Csv(CommentResult r) => Csv(r, CsvHeader.Japanese);

    /// <inheritdoc cref="Csv(CommentResult)"/>
    public static string Csv(CommentResult r, CsvHeader header) => Encoding.UTF8.GetString(CsvBytes(r, header));

    /// <summary>The CSV file: UTF-8 with a BOM (Excel in Japan reads it as UTF-8 only then), CRLF, one opinion per record.</summary>
    public static byte[] CsvBytes(CommentResult r) => CsvBytes(r, CsvHeader.Japanese);

    /// <inheritdoc cref="CsvBytes(CommentResult)"/>
    public static byte[] CsvBytes(CommentResult r, CsvHeader header)
    {
        ArgumentNullException.ThrowIfNull(r);
        var columns = CommentResultColumns.All;
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, PlanCsv.Options, leaveOpen: true))
        {
            csv.WriteHeader([.. columns.Select(c => header == CsvHeader.English ? c.Name : c.Header)]);
            var fields = new string[columns.Count];
            foreach (var row in CommentResultColumns.Rows(r))
            {
                for (var i = 0; i < columns.Count; i++)
                    fields[i] = CommentResultColumns.Cell(columns[i].Value(row));
                csv.WriteRecord(fields);
            }
        }
        return stream.ToArray();
    }

    static void WriteResult(IXLWorksheet sheet, List<CommentResultRow> rows)
    {
        var columns = CommentResultColumns.All;
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
            sheet.Column(c + 1).Width = columns[c].Width;
            if (columns[c].Long)
                sheet.Column(c + 1).Style.Alignment.WrapText = true;
        }
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                Set(sheet.Cell(r + 2, c + 1), columns[c].Value(rows[r]));
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(1).Style.Alignment.WrapText = true;
        sheet.Range(1, 1, rows.Count + 1, columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows.Count + 1, columns.Count).SetAutoFilter();
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    /// <summary>The same facts and licence lines as the plan downloads' about sheet (<see cref="PlanXlsx"/>), for a result.</summary>
    static void WriteAbout(IXLWorksheet sheet, CommentResult r, CommentResultAbout about)
    {
        var facts = new List<(string Label, object? Value)>
        {
            ("資料名", ResultSheet),
            ("計画名", r.PlanTitle),
            ("自治体", about.Municipality),
            ("段階", r.Stage),
            ("意見募集期間", r.PeriodText),
            ("意見を提出した人数", $"{r.Submitters}人"),
            ("意見の件数", $"{r.Opinions}件"),
        };
        foreach (var channel in r.ByChannel)
            facts.Add(($"提出方法：{SubmissionChannels.Label(channel.Channel)}", $"{channel.Submitters}人（{channel.Opinions}件）"));
        facts.AddRange(
        [
            ("個人情報", "氏名・住所・電子メールアドレス・受付番号などの個人情報は含みません。意見は区が要約したもの（要旨）です。"),
            ("出典", Attribution(r, about)),
            ("掲載ページ", about.Url),
            ("ライセンス", OpenDataLicence.Japanese),
            ("License", OpenDataLicence.English),
            ("ライセンスの URL", OpenDataLicence.Url),
            ("公共データ利用規約（第1.0版）", OpenDataLicence.PublicDataLicenceUrl),
            ("ダウンロード日", PlanXlsx.Date(about.Downloaded)),
            ("作成", "Torikumi（自治体の取組計画を公開するオープンソースのシステム）"),
        ]);
        sheet.Cell(1, 1).SetValue(AboutSheet);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        var row = 3;
        foreach (var (label, value) in facts)
        {
            sheet.Cell(row, 1).SetValue(label);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            Set(sheet.Cell(row, 2), value is null or "" ? "（記載なし）" : value);
            row++;
        }

        row++;
        sheet.Cell(row, 1).SetValue($"「{ResultSheet}」の列");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        row++;
        string[] guide = ["列", "英語名（プログラム用）", "内容"];
        for (var c = 0; c < guide.Length; c++)
        {
            sheet.Cell(row, c + 1).SetValue(guide[c]);
            sheet.Cell(row, c + 1).Style.Font.Bold = true;
        }
        foreach (var column in CommentResultColumns.All)
        {
            row++;
            sheet.Cell(row, 1).SetValue(column.Header);
            sheet.Cell(row, 2).SetValue(column.Name);
            Set(sheet.Cell(row, 3), column.Description);
        }
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 70;
        sheet.Column(3).Width = 50;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Column(3).Style.Alignment.WrapText = true;
        sheet.Range(1, 1, row, 3).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>出典：練馬区「…【素案】」に対する意見の概要と区の考え方.</summary>
    public static string Attribution(CommentResult r, CommentResultAbout about)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(about);
        var stage = r.Stage is null || r.PlanTitle.EndsWith($"【{r.Stage}】", StringComparison.Ordinal) ? "" : $"【{r.Stage}】";
        return $"出典：{about.Municipality ?? ""}「{r.PlanTitle}{stage}」に対する{ResultSheet}";
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
                if (text.Length > PlanXlsx.MaxCellLength)
                    text = text[..(PlanXlsx.MaxCellLength - Cut.Length)] + Cut;
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                return;
        }
    }

    /// <summary>XML cannot hold control characters other than tab and line breaks.</summary>
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
}
