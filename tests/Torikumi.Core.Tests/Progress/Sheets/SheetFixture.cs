using ClosedXML.Excel;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Core.Progress.Sheets;

namespace Torikumi.Core.Tests.Progress.Sheets;

/// <summary>
/// A sheet written for the sample plan's busiest department in 2022, and ways to edit it as a person would in Excel
/// (ClosedXML ignores the sheet protection, like someone who lifted it).
/// </summary>
sealed class SheetFixture
{
    public static readonly PlanIndex SampleIndex = new(Sample.Plan);

    public SheetFixture(OrgUnit? unit = null, int year = 2022, IReadOnlyList<SheetItem>? items = null)
    {
        Unit = unit ?? Busiest;
        Context = new SheetContext(1, Sample.Plan.Title, year, Unit, StatusScales.Default);
        Items = items ?? [.. SheetItems.Of(SampleIndex, Unit).Select(o => new SheetItem(o.Item.Key, o.Item.Title, o.StrategyLabel, o.OwnersLabel))];
        Bytes = ProgressSheetWriter.Write(Context, Items, new DateTimeOffset(2023, 4, 10, 9, 0, 0, TimeSpan.FromHours(9)));
    }

    /// <summary>The department owning the most reportable items of the sample.</summary>
    public static OrgUnit Busiest { get; } = new(ReportableItems.Of(SampleIndex)
        .SelectMany(i => SampleIndex.OwnersOf(i).Select(o => o.Department))
        .GroupBy(d => d).OrderByDescending(g => g.Count()).First().Key);

    public OrgUnit Unit { get; }
    public SheetContext Context { get; }
    public IReadOnlyList<SheetItem> Items { get; }
    public byte[] Bytes { get; private set; }

    /// <summary>Changes the written workbook, as saved from Excel.</summary>
    public SheetFixture Edit(Action<IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Bytes));
        edit(workbook.Worksheet(ProgressSheetWriter.ProgressSheet));
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        Bytes = output.ToArray();
        return this;
    }

    public SheetReadResult Read(SheetContext? context = null) =>
        ProgressSheetReader.Read(new MemoryStream(Bytes), context ?? Context, SampleIndex, Items);

    /// <summary>The Excel row of an item (rows follow the written order).</summary>
    public int RowOf(string key) => SheetColumns.FirstDataRow + Items.Select(i => i.Key).ToList().IndexOf(key);

    public static IXLCell Cell(IXLWorksheet ws, int row, SheetColumn column) => ws.Cell(row, column.Number);
}

static class SheetFixtureReads
{
    /// <summary>Reads the sheet as if uploaded for another year, unit or plan.</summary>
    public static SheetReadResult ReadAs(this SheetFixture fixture, SheetContext context) => fixture.Read(context);
}
