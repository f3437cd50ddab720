namespace Torikumi.Core.Progress.Sheets;

/// <summary>A column of 「進捗」: its number, heading, and whether the editor may write in it.</summary>
public sealed record SheetColumn(int Number, string Heading, bool Input, double Width)
{
    public string Letter => ClosedXML.Excel.XLHelper.GetColumnLetterFromNumber(Number);

    /// <summary>How messages name it: 「F列(計画)」.</summary>
    public string Label => $"{Letter}列({Heading})";
}

/// <summary>The layout of sheet 「進捗」. Locked columns are the item's structure; input columns are the report.</summary>
public static class SheetColumns
{
    public static readonly SheetColumn Key = new(1, "キー", false, 10);
    public static readonly SheetColumn Title = new(2, "取組名", false, 36);
    public static readonly SheetColumn Strategy = new(3, "戦略計画", false, 24);
    public static readonly SheetColumn Owners = new(4, "所管", false, 24);
    public static readonly SheetColumn Year = new(5, "年度", false, 16);
    public static readonly SheetColumn Plan = new(6, "計画", true, 40);
    public static readonly SheetColumn Result = new(7, "実績", true, 40);
    public static readonly SheetColumn Status = new(8, "ステータス", true, 16);
    public static readonly SheetColumn Percent = new(9, "進捗率(%)", true, 10);
    public static readonly SheetColumn Remarks = new(10, "備考", true, 30);
    public static readonly SheetColumn Evidence = new(11, "根拠資料URL", true, 30);
    public static readonly SheetColumn IndicatorName = new(12, "指標名", false, 20);
    public static readonly SheetColumn IndicatorUnit = new(13, "単位", false, 8);
    public static readonly SheetColumn Target = new(14, "目標値", true, 10);
    public static readonly SheetColumn Actual = new(15, "実績値", true, 10);
    /// <summary>Hidden: the report's version at download.</summary>
    public static readonly SheetColumn Version = new(16, "版", false, 6);
    /// <summary>Hidden: the checksum of the row's locked cells (and version, plan, year, unit).</summary>
    public static readonly SheetColumn Check = new(17, "検査値", false, 20);
    /// <summary>Hidden: which indicator of the item the row's L–O hold (1 on the item's row, 2, 3 … on its indicator rows; empty without one).</summary>
    public static readonly SheetColumn IndicatorNumber = new(18, "指標番号", false, 6);

    public static readonly IReadOnlyList<SheetColumn> All =
        [Key, Title, Strategy, Owners, Year, Plan, Result, Status, Percent, Remarks, Evidence, IndicatorName, IndicatorUnit, Target, Actual, Version, Check, IndicatorNumber];

    /// <summary>The report's columns: only on an item's own row; empty and locked on its indicator rows.</summary>
    public static readonly IReadOnlyList<SheetColumn> Report = [Plan, Result, Status, Percent, Remarks, Evidence];

    /// <summary>The columns whose text the checksum covers, in order.</summary>
    public static readonly IReadOnlyList<SheetColumn> Locked = [Key, Title, Strategy, Owners, Year, IndicatorName, IndicatorUnit, Version, IndicatorNumber];

    public const int HeaderRow = 1;
    public const int FirstDataRow = 2;
}
