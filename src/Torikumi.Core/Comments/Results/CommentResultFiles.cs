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

    public static byte[] Xlsx(CommentResult r, CommentResultAbout about)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(about);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = OpenDataXlsx.Clean($"{r.PlanTitle} {ResultSheet}");
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
                OpenDataXlsx.Set(sheet.Cell(r + 2, c + 1), columns[c].Value(rows[r]));
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(1).Style.Alignment.WrapText = true;
        sheet.Range(1, 1, rows.Count + 1, columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows.Count + 1, columns.Count).SetAutoFilter();
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    /// <summary>The same about sheet as every open-data workbook (<see cref="OpenDataXlsx.About"/>), with the result's facts.</summary>
    static void WriteAbout(IXLWorksheet sheet, CommentResult r, CommentResultAbout about)
    {
        var facts = new List<(string Label, string? Value)>
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
            ("ダウンロード日", OpenDataXlsx.Date(about.Downloaded)),
            ("作成", OpenDataXlsx.Maker),
        ]);
        OpenDataXlsx.About(sheet, facts, new ColumnGuide(ResultSheet, [.. CommentResultColumns.All.Select(c => (c.Header, c.Name, c.Description))]));
    }

    /// <summary>出典：練馬区「…【素案】」に対する意見の概要と区の考え方.</summary>
    public static string Attribution(CommentResult r, CommentResultAbout about)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(about);
        var stage = r.Stage is null || r.PlanTitle.EndsWith($"【{r.Stage}】", StringComparison.Ordinal) ? "" : $"【{r.Stage}】";
        return $"出典：{about.Municipality ?? ""}「{r.PlanTitle}{stage}」に対する{ResultSheet}";
    }
}
