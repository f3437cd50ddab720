using ClosedXML.Excel;
using Torikumi.Core.Progress;
using Torikumi.Core.Progress.Sheets;
using static Torikumi.Core.Tests.Progress.Sheets.SheetFixture;

namespace Torikumi.Core.Tests.Progress.Sheets;

/// <summary>Each kind of problem, from a written sheet edited by hand; a sheet with any problem gives no rows at all.</summary>
public sealed class ProgressSheetErrorTests
{
    static SheetProblem Single(SheetFixture fixture)
    {
        var read = fixture.Read();
        Assert.False(read.IsValid);
        return Assert.Single(read.Problems);
    }

    [Fact]
    public void an_edited_locked_cell_is_named_with_row_and_column()
    {
        var fixture = new SheetFixture();
        var row = fixture.RowOf(fixture.Items[1].Key);
        fixture.Edit(ws =>
        {
            Cell(ws, row, SheetColumns.Title).Value = "勝手に変えた取組名";
            Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Plan).Value = "有効な記入"; // valid rows are not applied either
        });

        var problem = Single(fixture);

        Assert.Equal((row, "B列(取組名)"), (problem.Row, problem.Column));
        Assert.Contains("変更できない列", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void an_edited_hidden_check_value_or_indicator_name_is_caught_by_the_checksum()
    {
        var fixture = new SheetFixture();
        var row = fixture.RowOf(fixture.Items[0].Key);
        fixture.Edit(ws => Cell(ws, row, SheetColumns.IndicatorName).Value = "新しい指標");

        var problem = Single(fixture);

        Assert.Equal((row, "L列(指標名)"), (problem.Row, problem.Column));
    }

    [Fact]
    public void an_edited_version_is_caught_by_the_checksum()
    {
        var fixture = new SheetFixture();
        var row = fixture.RowOf(fixture.Items[0].Key);
        fixture.Edit(ws => Cell(ws, row, SheetColumns.Version).SetValue("7"));

        Assert.Equal(row, Single(fixture).Row);
    }

    [Fact]
    public void an_unknown_key_is_refused()
    {
        var fixture = new SheetFixture();
        var row = fixture.RowOf(fixture.Items[0].Key);
        fixture.Edit(ws => Cell(ws, row, SheetColumns.Key).SetValue("99-9"));

        var problem = Single(fixture);

        Assert.Equal((row, "A列(キー)"), (problem.Row, problem.Column));
        Assert.Contains("99-9", problem.Japanese, StringComparison.Ordinal);
        Assert.Contains("この計画にありません", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void a_row_of_an_item_the_department_does_not_own_is_refused()
    {
        var fixture = new SheetFixture();
        var mine = fixture.Items.Select(i => i.Key).ToHashSet();
        var foreign = ReportableItems.Of(SampleIndex).First(i => !mine.Contains(i.Key)).Key;
        var row = fixture.RowOf(fixture.Items[0].Key);
        fixture.Edit(ws => Cell(ws, row, SheetColumns.Key).SetValue(foreign));

        var problem = Single(fixture);

        Assert.Equal((row, "A列(キー)"), (problem.Row, problem.Column));
        Assert.Contains("所管ではありません", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void a_duplicated_row_is_refused()
    {
        var fixture = new SheetFixture();
        var last = SheetColumns.FirstDataRow + fixture.Items.Count;
        fixture.Edit(ws => ws.Row(SheetColumns.FirstDataRow).CopyTo(ws.Row(last)));

        var problem = Single(fixture);

        Assert.Equal(last, problem.Row);
        Assert.Contains($"{SheetColumns.FirstDataRow}行目にもあります", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void a_status_not_in_the_scale_is_refused_with_the_choices()
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws => Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Status).Value = "だいたいOK");

        var problem = Single(fixture);

        Assert.Equal((SheetColumns.FirstDataRow, "H列(ステータス)"), (problem.Row, problem.Column));
        Assert.Contains("計画どおり", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void a_number_where_text_is_expected_is_refused()
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws => Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Result).SetValue(120.0));

        var problem = Single(fixture);

        Assert.Equal((SheetColumns.FirstDataRow, "G列(実績)"), (problem.Row, problem.Column));
        Assert.Contains("数値", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void text_in_the_percent_column_is_refused()
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws => Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Percent).SetValue("八割"));

        var problem = Single(fixture);

        Assert.Equal((SheetColumns.FirstDataRow, "I列(進捗率(%))"), (problem.Row, problem.Column));
        Assert.Contains("数値ではありません", problem.Japanese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(-1)]
    public void a_percent_out_of_range_is_refused(double percent)
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws => Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Percent).Value = percent);

        Assert.Contains("0〜100", Single(fixture).Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void a_target_on_an_item_without_indicator_is_refused()
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws => Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Target).Value = 10);

        Assert.Equal("N列(目標値)", Single(fixture).Column);
    }

    [Fact]
    public void every_problem_is_listed_not_only_the_first()
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws =>
        {
            Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Status).Value = "不明";
            Cell(ws, SheetColumns.FirstDataRow, SheetColumns.Percent).Value = 101;
            Cell(ws, SheetColumns.FirstDataRow + 1, SheetColumns.Owners).Value = "総務部";
            Cell(ws, SheetColumns.FirstDataRow + 2, SheetColumns.Remarks).SetValue(3.0);
        });

        var read = fixture.Read();

        Assert.Equal(fixture.Items.Count - 3, read.Rows.Count);
        Assert.Equal(
            [(2, "H列(ステータス)"), (2, "I列(進捗率(%))"), (3, "D列(所管)"), (4, "J列(備考)")],
            read.Problems.Select(p => (p.Row, p.Column!)));
    }

    [Fact]
    public void a_file_that_is_not_an_xlsx_is_refused()
    {
        var read = ProgressSheetReader.Read(new MemoryStream("キー,計画\n1-1,x\n"u8.ToArray()), new SheetFixture().Context, SampleIndex, []);

        var problem = Assert.Single(read.Problems);
        Assert.Equal((0, null), (problem.Row, problem.Column));
        Assert.Contains(".xlsx", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void a_workbook_that_is_not_our_sheet_is_refused()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("進捗").Cell(1, 1).Value = "キー";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var problem = Assert.Single(ProgressSheetReader.Read(stream, new SheetFixture().Context, SampleIndex, []).Problems);

        Assert.Contains("進捗管理シートではありません", problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void a_sheet_of_another_year_is_refused()
    {
        var fixture = new SheetFixture(year: 2023);

        var problem = Single(fixture.ReadAs(fixture.Context with { FiscalYear = 2022 }));

        Assert.Contains("令和5年度", problem.Japanese, StringComparison.Ordinal);
        Assert.Equal(0, problem.Row);
    }

    [Fact]
    public void a_sheet_of_another_department_is_refused()
    {
        var fixture = new SheetFixture();

        var problem = Single(fixture.ReadAs(fixture.Context with { Unit = new OrgUnit("どこか部") }));

        Assert.Contains(fixture.Unit.Department, problem.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void moved_columns_are_refused()
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws => ws.Column(SheetColumns.Plan.Number).InsertColumnsBefore(1));

        Assert.All(fixture.Read().Problems, p => Assert.Equal(SheetColumns.HeaderRow, p.Row));
        Assert.NotEmpty(fixture.Read().Problems);
    }

    static SheetProblem Single(SheetReadResult read)
    {
        Assert.False(read.IsValid);
        return Assert.Single(read.Problems);
    }
}
