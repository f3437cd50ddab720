using ClosedXML.Excel;
using Torikumi.Core.Progress.Sheets;
using static Torikumi.Core.Tests.Progress.Sheets.SheetFixture;

namespace Torikumi.Core.Tests.Progress.Sheets;

/// <summary>
/// Items with several indicators: the first on the item's row, each further one on an indicator row (指標行) just below,
/// read back wherever sorting puts them, with row and column in every message.
/// </summary>
public sealed class ProgressSheetIndicatorTests
{
    static readonly SheetIndicator[] Three =
    [
        new("設置数", "か所", 10, 7),
        new("利用者数", "人", 500, null),
        new("満足度", "%", 80, 75.5m),
    ];

    /// <summary>The busiest unit's sheet with three indicators on its second item and one on its fourth.</summary>
    static SheetFixture Fixture()
    {
        var items = SheetItems.Of(SampleIndex, Busiest).Select((o, i) => new SheetItem(o.Item.Key, o.Item.Title, o.StrategyLabel, o.OwnersLabel,
            Version: 3, Plan: $"計画{i}", Status: "on-track",
            Indicators: i == 1 ? Three : i == 3 ? [new SheetIndicator("回数", "回", 4, 4)] : null)).ToList();
        return new SheetFixture(Busiest, items: items);
    }

    static string Key(SheetFixture f) => f.Items[1].Key;

    /// <summary>The item's row is the second data row; its indicator rows the two after it.</summary>
    const int ItemRow = SheetColumns.FirstDataRow + 1;

    [Fact]
    public void further_indicators_get_rows_of_their_own_below_the_item()
    {
        var fixture = Fixture();
        using var workbook = new XLWorkbook(new MemoryStream(fixture.Bytes));
        var ws = workbook.Worksheet(ProgressSheetWriter.ProgressSheet);

        Assert.Equal(fixture.Items.Count + 2 + 1, ws.LastRowUsed()!.RowNumber());
        Assert.Equal([Key(fixture), Key(fixture), Key(fixture)], Enumerable.Range(ItemRow, 3).Select(r => Cell(ws, r, SheetColumns.Key).GetString()));
        Assert.Equal(["設置数", "利用者数", "満足度"], Enumerable.Range(ItemRow, 3).Select(r => Cell(ws, r, SheetColumns.IndicatorName).GetString()));
        Assert.Equal(["1", "2", "3"], Enumerable.Range(ItemRow, 3).Select(r => Cell(ws, r, SheetColumns.IndicatorNumber).GetString()));
        Assert.Equal(fixture.Items[2].Key, Cell(ws, ItemRow + 3, SheetColumns.Key).GetString());
        // On an indicator row only the target and actual are open; the report is written on the item's row.
        var indicatorRow = ItemRow + 2;
        Assert.Equal("", Cell(ws, indicatorRow, SheetColumns.Plan).GetString());
        Assert.True(Cell(ws, indicatorRow, SheetColumns.Plan).Style.Protection.Locked);
        Assert.False(Cell(ws, indicatorRow, SheetColumns.Target).Style.Protection.Locked);
        Assert.False(Cell(ws, indicatorRow, SheetColumns.Actual).Style.Protection.Locked);
        Assert.Equal(75.5, Cell(ws, indicatorRow, SheetColumns.Actual).GetDouble());
        Assert.True(ws.Column(SheetColumns.IndicatorNumber.Number).IsHidden);
        var instructions = string.Join("\n", workbook.Worksheet(ProgressSheetWriter.InstructionsSheet).CellsUsed().Select(c => c.GetString()));
        Assert.Contains("指標行", instructions);
    }

    [Fact]
    public void an_untouched_sheet_reads_back_every_indicators_figures()
    {
        var fixture = Fixture();

        var read = fixture.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(fixture.Items.Count, read.Rows.Count);
        var row = read.Rows.Single(r => r.Key == Key(fixture));
        Assert.Equal([(1, 10m, 7m, ItemRow), (2, 500m, null, ItemRow + 1), (3, 80m, 75.5m, ItemRow + 2)],
            row.Indicators.Select(f => (f.Number, f.Target, f.Actual, f.Row)));
        Assert.Equal(("計画1", 3), (row.Plan, row.Version));
        Assert.Equal((4m, 4m), (read.Rows.Single(r => r.Key == fixture.Items[3].Key).IndicatorTarget, read.Rows.Single(r => r.Key == fixture.Items[3].Key).IndicatorActual));
    }

    [Fact]
    public void figures_entered_on_indicator_rows_come_back_after_sorting()
    {
        var fixture = Fixture();
        fixture.Edit(ws =>
        {
            Cell(ws, ItemRow + 1, SheetColumns.Actual).Value = 420;
            Cell(ws, ItemRow + 2, SheetColumns.Target).Value = "８５"; // full width, as typed with the IME on
            Cell(ws, ItemRow, SheetColumns.Result).Value = "2か所を新設した";
            ws.Range(SheetColumns.FirstDataRow, 1, ws.LastRowUsed()!.RowNumber(), SheetColumns.All.Count)
                .Sort(SheetColumns.IndicatorName.Number, XLSortOrder.Descending);
        });

        var read = fixture.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var row = read.Rows.Single(r => r.Key == Key(fixture));
        Assert.Equal("2か所を新設した", row.Result);
        Assert.Equal([(1, 10m, 7m), (2, 500m, 420m), (3, 85m, 75.5m)], row.Indicators.Select(f => (f.Number, f.Target, f.Actual)));
        Assert.All(row.Indicators, f => Assert.Equal(Key(fixture), read.Rows.Single(r => r.Indicators.Contains(f)).Key));
    }

    [Fact]
    public void an_item_row_deleted_keeps_its_report_and_takes_the_indicator_rows_figures()
    {
        var fixture = Fixture();
        fixture.Edit(ws =>
        {
            Cell(ws, ItemRow + 2, SheetColumns.Actual).Value = 90;
            ws.Row(ItemRow).Delete();
        });

        var read = fixture.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var row = read.Rows.Single(r => r.Key == Key(fixture));
        Assert.Equal(("計画1", "計画どおり", 3), (row.Plan, fixture.Context.Scale.Find(row.Status)?.Japanese ?? row.Status, row.Version));
        Assert.Equal([(2, 500m, null), (3, 80m, 90m)], row.Indicators.Select(f => (f.Number, f.Target, f.Actual)));
    }

    [Fact]
    public void report_columns_on_an_indicator_row_are_refused_with_row_and_column()
    {
        var fixture = Fixture();
        fixture.Edit(ws =>
        {
            Cell(ws, ItemRow + 1, SheetColumns.Plan).Value = "ここに書いてしまった";
            Cell(ws, ItemRow + 2, SheetColumns.Actual).Value = "多い";
        });

        var read = fixture.Read();

        Assert.False(read.IsValid);
        Assert.Equal([(ItemRow + 1, "F列(計画)"), (ItemRow + 2, "O列(実績値)")], read.Problems.Select(p => (p.Row, p.Column)));
        Assert.Contains("指標行", read.Problems[0].Japanese);
        Assert.Contains("取組の行に記入", read.Problems[0].Japanese);
    }

    [Fact]
    public void an_indicator_row_copied_or_of_an_indicator_gone_is_refused()
    {
        var copied = Fixture();
        copied.Edit(ws => ws.Row(ItemRow + 2).CopyTo(ws.Row(ws.LastRowUsed()!.RowNumber() + 1)));
        var copiedRead = copied.Read();

        // Since the download, the item lost its third indicator on screen.
        var fewer = Fixture();
        var now = fewer.Items.Select((item, i) => i == 1 ? item with { Indicators = Three[..2] } : item).ToList();
        var fewerRead = ProgressSheetReader.Read(new MemoryStream(fewer.Bytes), fewer.Context, SampleIndex, now);

        var problem = Assert.Single(copiedRead.Problems);
        Assert.Contains($"指標3の行は{ItemRow + 2}行目にもあります", problem.Japanese);
        var gone = Assert.Single(fewerRead.Problems, p => p.Row == ItemRow + 2 && p.Column == "L列(指標名)");
        Assert.Contains("もうありません", gone.Japanese);
    }

    [Fact]
    public void an_edited_indicator_name_on_an_indicator_row_is_named()
    {
        var fixture = Fixture();
        fixture.Edit(ws => Cell(ws, ItemRow + 1, SheetColumns.IndicatorName).Value = "来館者数");

        var problem = Assert.Single(fixture.Read().Problems);

        Assert.Equal((ItemRow + 1, "L列(指標名)"), (problem.Row, problem.Column));
    }
}
