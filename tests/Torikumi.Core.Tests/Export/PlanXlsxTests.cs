using System.Globalization;
using ClosedXML.Excel;
using Torikumi.Core.Export;

namespace Torikumi.Core.Tests.Export;

/// <summary>The XLSX download, opened again with ClosedXML as a spreadsheet program would.</summary>
public sealed class PlanXlsxTests
{
    static readonly DateTimeOffset Downloaded = new(2026, 11, 28, 20, 30, 0, TimeSpan.Zero);

    static XLWorkbook Open(byte[] xlsx) => new(new MemoryStream(xlsx));

    static string Text(IXLCell cell) => cell.IsEmpty() ? "" : cell.GetString();

    static List<string[]> Cells(IXLWorksheet sheet, int rows) =>
        [.. Enumerable.Range(2, rows).Select(r => Enumerable.Range(1, PlanColumns.All.Count).Select(c => Text(sheet.Cell(r, c))).ToArray())];

    static List<string[]> Expected(IEnumerable<PlanRow> rows) =>
        [.. rows.Select(r => PlanColumns.All.Select(c => c.Value(r) switch
        {
            null => "",
            int n => n.ToString(CultureInfo.InvariantCulture),
            var s => (string)s,
        }).ToArray())];

    [Fact]
    public void the_workbook_has_the_item_list_and_the_about_sheet()
    {
        using var book = Open(PlanXlsx.Write(Sample.Plan, new PlanExportSource(1, 1), Downloaded));

        Assert.Equal([PlanXlsx.ItemsSheet, PlanXlsx.AboutSheet], book.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void the_header_is_bold_frozen_and_filterable_and_long_text_wraps()
    {
        using var book = Open(PlanXlsx.Write(Sample.Plan, new PlanExportSource(1, 1), Downloaded));
        var sheet = book.Worksheet(PlanXlsx.ItemsSheet);
        var body = PlanColumns.All.ToList().FindIndex(c => c.Name == "body") + 1;

        Assert.Equal(PlanColumns.All.Select(c => c.Header), Enumerable.Range(1, PlanColumns.All.Count).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal($"A1:{sheet.Cell(175, PlanColumns.All.Count).Address}", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.True(sheet.Cell(2, body).Style.Alignment.WrapText);
        Assert.Equal(60, sheet.Column(body).Width);
    }

    [Fact]
    public void the_sample_rows_have_the_same_values_as_the_csv()
    {
        var rows = PlanRows.Of(Sample.Plan, new PlanExportSource(1, 1));

        using var book = Open(PlanXlsx.Write(Sample.Plan, rows, new PlanExportSource(1, 1), Downloaded));
        var sheet = book.Worksheet(PlanXlsx.ItemsSheet);

        Assert.Equal(175, sheet.LastRowUsed().RowNumber());
        Assert.Equal(Expected(rows), Cells(sheet, rows.Count));
    }

    [Fact]
    public void text_stays_text_numbers_stay_numbers_and_nothing_becomes_a_formula()
    {
        var plan = TrickyPlan.Build();
        var rows = PlanRows.Of(plan, new PlanExportSource(3, 1));

        using var book = Open(PlanXlsx.Write(plan, rows, new PlanExportSource(3, 1), Downloaded));
        var sheet = book.Worksheet(PlanXlsx.ItemsSheet);
        int Column(string name) => PlanColumns.All.ToList().FindIndex(c => c.Name == name) + 1;

        Assert.Equal(Expected(rows), Cells(sheet, rows.Count));
        Assert.False(sheet.Cell(2, Column("title")).HasFormula);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, Column("title")).DataType);
        Assert.Equal(XLDataType.Text, sheet.Cell(3, Column("title")).DataType);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, Column("strategy_title")).DataType);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, Column("number")).DataType);
        Assert.Equal("一行目, カンマ\n二行目 \"引用\"\n段落の中の改行", sheet.Cell(2, Column("body")).GetString());
    }

    [Fact]
    public void the_about_sheet_names_the_plan_its_source_the_licence_and_the_download_date()
    {
        using var book = Open(PlanXlsx.Write(Sample.Plan, new PlanExportSource(1, 2) { SourceName = "plan.txt" }, Downloaded));
        var sheet = book.Worksheet(PlanXlsx.AboutSheet);
        var facts = sheet.RangeUsed().Rows().Where(r => !r.Cell(1).IsEmpty())
            .GroupBy(r => r.Cell(1).GetString()).ToDictionary(g => g.Key, g => g.First().Cell(2).GetString());

        Assert.Equal(Sample.Plan.Title, facts["計画名"]);
        Assert.Equal("練馬区", facts["自治体"]);
        Assert.Equal("素案", facts["段階"]);
        Assert.Equal("第2版", facts["版"]);
        Assert.Equal("令和4年度(2022年度)・令和5年度(2023年度)", facts["計画期間"]);
        Assert.Equal(OpenDataLicence.Attribution(Sample.Plan), facts["出典"]);
        Assert.Equal("plan.txt", facts["取り込み元ファイル"]);
        Assert.Equal(OpenDataLicence.Japanese, facts["ライセンス"]);
        Assert.Equal(OpenDataLicence.English, facts["License"]);
        Assert.Equal("令和8年(2026年)11月29日", facts["ダウンロード日"]);
        Assert.Equal("starred", facts["★"]);
    }
}
