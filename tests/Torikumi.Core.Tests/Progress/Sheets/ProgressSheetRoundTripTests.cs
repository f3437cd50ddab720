using ClosedXML.Excel;
using Torikumi.Core.Progress;
using Torikumi.Core.Progress.Sheets;
using static Torikumi.Core.Tests.Progress.Sheets.SheetFixture;

namespace Torikumi.Core.Tests.Progress.Sheets;

public sealed class ProgressSheetRoundTripTests
{
    [Fact]
    public void the_sheet_lists_every_item_the_department_owns_and_nothing_else()
    {
        var fixture = new SheetFixture();
        Assert.True(fixture.Items.Count > 5);
        var editor = ProgressActor.Editor(fixture.Unit);
        foreach (var item in ReportableItems.Of(SampleIndex))
            Assert.Equal(SampleIndex.OwnersOf(item).Any(editor.Covers), fixture.Items.Any(i => i.Key == item.Key));
    }

    [Fact]
    public void written_sheet_is_protected_with_input_cells_open_a_status_list_and_hidden_context()
    {
        var fixture = new SheetFixture();
        using var workbook = new XLWorkbook(new MemoryStream(fixture.Bytes));
        Assert.Equal(["記入方法", "進捗", "_torikumi"], workbook.Worksheets.Select(w => w.Name));
        Assert.Equal(XLWorksheetVisibility.VeryHidden, workbook.Worksheet("_torikumi").Visibility);
        var ws = workbook.Worksheet("進捗");
        Assert.True(ws.IsProtected);
        var row = SheetColumns.FirstDataRow;
        Assert.Equal(fixture.Items[0].Key, Cell(ws, row, SheetColumns.Key).GetString());
        Assert.Equal(XLDataType.Text, Cell(ws, row, SheetColumns.Key).DataType);
        Assert.Equal("令和4年度(2022年度)", Cell(ws, row, SheetColumns.Year).GetString());
        foreach (var column in new[] { SheetColumns.Key, SheetColumns.Title, SheetColumns.Strategy, SheetColumns.Owners, SheetColumns.Year })
            Assert.True(Cell(ws, row, column).Style.Protection.Locked, column.Heading);
        foreach (var column in new[] { SheetColumns.Plan, SheetColumns.Result, SheetColumns.Status, SheetColumns.Percent, SheetColumns.Remarks, SheetColumns.Evidence })
            Assert.False(Cell(ws, row, column).Style.Protection.Locked, column.Heading);
        Assert.True(ws.Column(SheetColumns.Check.Number).IsHidden);
        Assert.Contains(ws.DataValidations, v => v.AllowedValues == XLAllowedValues.List && v.Ranges.Any(r => r.FirstColumn().ColumnNumber() == SheetColumns.Status.Number));
        Assert.Contains(ws.DataValidations, v => v.AllowedValues == XLAllowedValues.Decimal && v.MinValue == "0" && v.MaxValue == "100");
        var instructions = workbook.Worksheet("記入方法");
        Assert.Contains(instructions.CellsUsed(), c => c.GetString().Contains("変更しないでください", StringComparison.Ordinal));
        Assert.Contains(instructions.CellsUsed(), c => c.GetString() == "概ね計画どおり");
    }

    [Fact]
    public void filled_in_as_a_user_would_it_reads_back_the_same_values()
    {
        var fixture = new SheetFixture();
        var first = fixture.Items[0].Key;
        var second = fixture.Items[1].Key;
        fixture.Edit(ws =>
        {
            var r = fixture.RowOf(first);
            Cell(ws, r, SheetColumns.Plan).Value = "説明会を年4回開く。";
            Cell(ws, r, SheetColumns.Result).Value = "説明会を3回開いた。\n参加者は延べ120人。";
            Cell(ws, r, SheetColumns.Status).Value = "概ね計画どおり";
            Cell(ws, r, SheetColumns.Percent).Value = 75;
            Cell(ws, r, SheetColumns.Remarks).Value = "第4回は次年度へ延期";
            Cell(ws, r, SheetColumns.Evidence).Value = "https://example.jp/a.html\nhttps://example.jp/b.pdf";
            // Half a status typed by hand in full width, and a percent typed as text: both are what people do.
            Cell(ws, fixture.RowOf(second), SheetColumns.Status).Value = "遅れ";
            Cell(ws, fixture.RowOf(second), SheetColumns.Percent).SetValue("３０");
        });

        var read = fixture.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(fixture.Items.Count, read.Rows.Count);
        var row = read.Rows.Single(r => r.Key == first);
        Assert.Equal(fixture.RowOf(first), row.Row);
        Assert.Equal("説明会を年4回開く。", row.Plan);
        Assert.Equal("説明会を3回開いた。\n参加者は延べ120人。", row.Result);
        Assert.Equal("概ね計画どおり", row.Status);
        Assert.Equal(75m, row.Percent);
        Assert.Equal("第4回は次年度へ延期", row.Remarks);
        Assert.Equal(["https://example.jp/a.html", "https://example.jp/b.pdf"], row.EvidenceUrls);
        Assert.Equal(0, row.Version);
        var other = read.Rows.Single(r => r.Key == second);
        Assert.Equal("遅れ", other.Status);
        Assert.Equal(30m, other.Percent);
        Assert.All(read.Rows.Where(r => r.Key != first && r.Key != second), r => Assert.Equal(("", null, null), (r.Plan, r.Status, r.Percent)));
    }

    [Fact]
    public void prefilled_values_come_back_unchanged()
    {
        var unit = SheetFixture.Busiest;
        var items = SheetItems.Of(SampleIndex, unit).Select((o, i) => new SheetItem(o.Item.Key, o.Item.Title, o.StrategyLabel, o.OwnersLabel,
            Version: i + 1, Plan: $"計画{i}", Result: "実績", Status: "on-track", Percent: 12.5m, Remarks: "", EvidenceUrls: ["https://example.jp/"],
            Indicators: i == 0 ? [new SheetIndicator("設置数", "か所", 10, 7)] : null)).ToList();
        var fixture = new SheetFixture(unit, items: items);

        var read = fixture.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        for (var i = 0; i < items.Count; i++)
        {
            var row = read.Rows[i];
            Assert.Equal((items[i].Key, i + 1, $"計画{i}", "計画どおり", 12.5m), (row.Key, row.Version, row.Plan, row.Status, row.Percent));
            Assert.Equal(i == 0 ? (10m, 7m) : ((decimal?)null, (decimal?)null), (row.IndicatorTarget, row.IndicatorActual));
        }
    }

    [Fact]
    public void a_deleted_row_leaves_that_item_out()
    {
        var fixture = new SheetFixture();
        var gone = fixture.Items[2].Key;
        fixture.Edit(ws => ws.Row(fixture.RowOf(gone)).Delete());

        var read = fixture.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(fixture.Items.Count - 1, read.Rows.Count);
        Assert.DoesNotContain(read.Rows, r => r.Key == gone);
    }

    [Fact]
    public void rows_sorted_differently_still_read()
    {
        var fixture = new SheetFixture();
        fixture.Edit(ws => ws.Range(SheetColumns.FirstDataRow, 1, SheetColumns.FirstDataRow + fixture.Items.Count - 1, SheetColumns.All.Count)
            .Sort(SheetColumns.Title.Number, XLSortOrder.Descending));

        var read = fixture.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(fixture.Items.Select(i => i.Key).Order(), read.Rows.Select(r => r.Key).Order());
    }
}
