using System.Globalization;
using ClosedXML.Excel;
using Torikumi.Core.Japanese;

namespace Torikumi.Core.Progress.Sheets;

/// <summary>
/// Writes a department's progress sheet (進捗管理シート) for one fiscal year: 「記入方法」 (how to fill it), 「進捗」 (one
/// row per item, structure locked, report columns open, a status drop-down and a 0–100 check on the percent, the
/// current values prefilled) and a very hidden 「_torikumi」 naming the plan, year and unit. The sheet is protected
/// without a password: the lock prevents slips, the hidden check values detect deliberate edits on upload.
/// </summary>
public static class ProgressSheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string InstructionsSheet = "記入方法";
    public const string ProgressSheet = "進捗";
    public const string MetaSheet = "_torikumi";
    public const string Format = "torikumi-progress-sheet/1";
    /// <summary>Where 「記入方法」 lists the statuses; the drop-down takes its choices from there.</summary>
    internal const int StatusListRow = 22;

    public static byte[] Write(SheetContext context, IReadOnlyList<SheetItem> items, DateTimeOffset written)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(items);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"進捗管理シート {UnitLabel(context.Unit)} {FiscalYears.Label(context.FiscalYear)}";
        workbook.Properties.Author = "Torikumi";
        workbook.Properties.Created = written.UtcDateTime;
        var instructions = workbook.Worksheets.Add(InstructionsSheet);
        var progress = workbook.Worksheets.Add(ProgressSheet);
        var meta = workbook.Worksheets.Add(MetaSheet);
        WriteInstructions(instructions, context, written);
        WriteProgress(progress, instructions, context, items);
        WriteMeta(meta, context);
        meta.Visibility = XLWorksheetVisibility.VeryHidden;
        progress.SetTabActive();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static string UnitLabel(Torikumi.Core.Progress.OrgUnit unit) => unit.Section is null ? unit.Department : $"{unit.Department} {unit.Section}";

    /// <summary>A file name people recognise: 進捗管理シート_区民部_令和4年度.xlsx.</summary>
    public static string FileName(SheetContext context) =>
        $"進捗管理シート_{UnitLabel(context.Unit).Replace(' ', '_')}_{FiscalYears.EraLabel(context.FiscalYear)}.xlsx";

    static void WriteInstructions(IXLWorksheet ws, SheetContext context, DateTimeOffset written)
    {
        string[] lines =
        [
            $"進捗管理シート({FiscalYears.Label(context.FiscalYear)})",
            $"計画: {context.PlanTitle}",
            $"所管: {UnitLabel(context.Unit)}",
            $"作成: {written.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}(日本時間)",
            "",
            "記入のしかた",
            "1. 「進捗」シートの白い列(計画・実績・ステータス・進捗率・備考・根拠資料URL・目標値・実績値)に記入してください。",
            "2. 灰色の列(キー・取組名・戦略計画・所管・年度・指標名・単位)は変更しないでください。シートは保護されています(パスワードなし)。保護を外して変更すると、アップロード時にエラーになります。",
            "3. ステータスは一覧から選んでください(下の表)。進捗率は0〜100の数値です(空欄可)。",
            "4. 根拠資料URLは http:// か https:// で始まるアドレスを1行に1つ、セル内で改行して複数書けます。",
            "5. 行を並べ替えたり削除したりしても構いません(削除した行の取組は変更されません)。行の追加はできません。",
            "   指標が2つ以上ある取組は、1つ目の指標を取組の行に、2つ目からの指標をそのすぐ下の「指標行」に1行ずつ表示します。",
            "   指標行はキー・取組名が取組の行と同じで、記入できるのは目標値・実績値だけです(計画・実績などは取組の行に記入します)。",
            "6. 記入したら、Torikumi の「進捗管理シートのアップロード」画面からこのファイルをアップロードしてください。",
            "   シート全体を確認し、誤りが一つでもあれば何も反映せず、誤りを行・列ごとに一覧で示します。",
            "   誤りがなければ、変更のあった取組が「一時保存(下書き)」になります。内容を画面で確認してから提出してください。",
            "7. ダウンロードした後に画面やAPIで同じ報告が更新された場合、その行はエラーになります。もう一度ダウンロードしてください。",
            "8. 提出済み・承認済み・公表済みの報告は、このシートでは変更できません(そのまま残せば問題ありません)。",
            "",
            "ステータスの一覧",
        ];
        for (var i = 0; i < lines.Length; i++)
            Text(ws.Cell(i + 1, 1), lines[i]);
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        ws.Cell(6, 1).Style.Font.Bold = true;
        ws.Cell(StatusListRow - 2, 1).Style.Font.Bold = true;
        Text(ws.Cell(StatusListRow - 1, 1), "ステータス");
        Text(ws.Cell(StatusListRow - 1, 2), "English");
        ws.Range(StatusListRow - 1, 1, StatusListRow - 1, 2).Style.Font.Bold = true;
        for (var i = 0; i < context.Scale.Statuses.Count; i++)
        {
            Text(ws.Cell(StatusListRow + i, 1), context.Scale.Statuses[i].Japanese);
            Text(ws.Cell(StatusListRow + i, 2), context.Scale.Statuses[i].English);
        }
        ws.Column(1).Width = 24;
        ws.Column(2).Width = 24;
        ws.Protect();
    }

    static void WriteProgress(IXLWorksheet ws, IXLWorksheet instructions, SheetContext context, IReadOnlyList<SheetItem> items)
    {
        foreach (var column in SheetColumns.All)
        {
            var header = ws.Cell(SheetColumns.HeaderRow, column.Number);
            Text(header, column.Heading);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = column.Input ? XLColor.FromHtml("#FFF2CC") : XLColor.FromHtml("#D9D9D9");
            ws.Column(column.Number).Width = column.Width;
        }
        var yearLabel = FiscalYears.Label(context.FiscalYear);
        var row = SheetColumns.FirstDataRow;
        foreach (var item in items)
        {
            var indicators = item.Indicators ?? [];
            Structure(ws.Row(row), item, yearLabel);
            Text(ws.Cell(row, SheetColumns.Plan.Number), item.Plan);
            Text(ws.Cell(row, SheetColumns.Result.Number), item.Result);
            Text(ws.Cell(row, SheetColumns.Status.Number), item.Status is null ? "" : context.Scale.Find(item.Status)?.Japanese ?? item.Status);
            Number(ws.Cell(row, SheetColumns.Percent.Number), item.Percent);
            Text(ws.Cell(row, SheetColumns.Remarks.Number), item.Remarks);
            Text(ws.Cell(row, SheetColumns.Evidence.Number), string.Join("\n", item.EvidenceUrls ?? []));
            Figures(ws.Row(row), indicators.Count > 0 ? indicators[0] : null, indicators.Count > 0 ? 1 : null);
            Text(ws.Cell(row, SheetColumns.Check.Number), SheetChecksum.Of(context, LockedTexts(ws.Row(row))));
            // Without an indicator there is nothing to enter a target or actual for.
            var inputs = indicators.Count == 0
                ? SheetColumns.All.Where(c => c.Input && c != SheetColumns.Target && c != SheetColumns.Actual)
                : SheetColumns.All.Where(c => c.Input);
            foreach (var column in inputs)
                ws.Cell(row, column.Number).Style.Protection.SetLocked(false);
            row++;
            // Each further indicator gets a row of its own just below: the item's structure again (so a filtered or
            // sorted sheet still says whose it is), the report columns closed, the indicator's target and actual open.
            for (var i = 1; i < indicators.Count; i++, row++)
            {
                Structure(ws.Row(row), item, yearLabel);
                Figures(ws.Row(row), indicators[i], i + 1);
                Text(ws.Cell(row, SheetColumns.Check.Number), SheetChecksum.Of(context, LockedTexts(ws.Row(row))));
                ws.Cell(row, SheetColumns.Target.Number).Style.Protection.SetLocked(false);
                ws.Cell(row, SheetColumns.Actual.Number).Style.Protection.SetLocked(false);
                foreach (var column in SheetColumns.Report)
                    ws.Cell(row, column.Number).Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
                ws.Cell(row, SheetColumns.Title.Number).Style.Font.FontColor = XLColor.FromHtml("#595959");
            }
        }
        var last = Math.Max(row - 1, SheetColumns.FirstDataRow);
        var all = ws.Range(SheetColumns.FirstDataRow, 1, last, SheetColumns.All.Count);
        all.Style.Alignment.WrapText = true;
        all.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        foreach (var column in SheetColumns.All.Where(c => !c.Input))
            ws.Range(SheetColumns.FirstDataRow, column.Number, last, column.Number).Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        foreach (var column in new[] { SheetColumns.Plan, SheetColumns.Result, SheetColumns.Remarks, SheetColumns.Evidence, SheetColumns.Status })
            ws.Range(SheetColumns.FirstDataRow, column.Number, last, column.Number).Style.NumberFormat.Format = "@";

        var statuses = ws.Range(SheetColumns.FirstDataRow, SheetColumns.Status.Number, last, SheetColumns.Status.Number).SetDataValidation();
        statuses.List(instructions.Range(StatusListRow, 1, StatusListRow + context.Scale.Statuses.Count - 1, 1));
        statuses.IgnoreBlanks = true;
        statuses.ErrorStyle = XLErrorStyle.Stop;
        statuses.ErrorTitle = "ステータス";
        statuses.ErrorMessage = "一覧から選んでください(「記入方法」シートの表)。";

        foreach (var column in new[] { SheetColumns.Percent })
        {
            var percent = ws.Range(SheetColumns.FirstDataRow, column.Number, last, column.Number).SetDataValidation();
            percent.Decimal.Between(0, 100);
            percent.IgnoreBlanks = true;
            percent.ErrorStyle = XLErrorStyle.Stop;
            percent.ErrorTitle = "進捗率";
            percent.ErrorMessage = "0〜100の数値を入力してください(空欄可)。";
        }
        foreach (var column in new[] { SheetColumns.Target, SheetColumns.Actual })
        {
            var figure = ws.Range(SheetColumns.FirstDataRow, column.Number, last, column.Number).SetDataValidation();
            figure.Decimal.Between(-(double)Indicator.MaxMagnitude, (double)Indicator.MaxMagnitude);
            figure.IgnoreBlanks = true;
            figure.ErrorStyle = XLErrorStyle.Stop;
            figure.ErrorTitle = column.Heading;
            figure.ErrorMessage = "数値を入力してください(空欄可)。";
        }

        ws.Column(SheetColumns.Version.Number).Hide();
        ws.Column(SheetColumns.Check.Number).Hide();
        ws.Column(SheetColumns.IndicatorNumber.Number).Hide();
        ws.SheetView.FreezeRows(SheetColumns.HeaderRow);
        ws.SheetView.FreezeColumns(SheetColumns.Title.Number);
        ws.Protect().AllowElement(XLSheetProtectionElements.FormatColumns | XLSheetProtectionElements.FormatRows | XLSheetProtectionElements.Sort
            | XLSheetProtectionElements.AutoFilter | XLSheetProtectionElements.DeleteRows | XLSheetProtectionElements.SelectEverything);
    }

    /// <summary>The locked structure of an item's row (also on its indicator rows).</summary>
    static void Structure(IXLRow row, SheetItem item, string yearLabel)
    {
        Text(row.Cell(SheetColumns.Key.Number), item.Key);
        Text(row.Cell(SheetColumns.Title.Number), item.Title);
        Text(row.Cell(SheetColumns.Strategy.Number), item.Strategy);
        Text(row.Cell(SheetColumns.Owners.Number), item.Owners);
        Text(row.Cell(SheetColumns.Year.Number), yearLabel);
        Text(row.Cell(SheetColumns.Version.Number), item.Version.ToString(CultureInfo.InvariantCulture));
    }

    static void Figures(IXLRow row, SheetIndicator? indicator, int? number)
    {
        Text(row.Cell(SheetColumns.IndicatorName.Number), indicator?.Name ?? "");
        Text(row.Cell(SheetColumns.IndicatorUnit.Number), indicator?.Unit ?? "");
        Number(row.Cell(SheetColumns.Target.Number), indicator?.Target);
        Number(row.Cell(SheetColumns.Actual.Number), indicator?.Actual);
        Text(row.Cell(SheetColumns.IndicatorNumber.Number), number?.ToString(CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>The text of a row's locked cells, as the checksum covers them.</summary>
    internal static IEnumerable<string> LockedTexts(IXLRow row) => SheetColumns.Locked.Select(c => row.Cell(c.Number).GetString());

    static void WriteMeta(IXLWorksheet ws, SheetContext context)
    {
        (string Name, string Value)[] entries =
        [
            ("format", Format),
            ("plan", context.PlanId.ToString(CultureInfo.InvariantCulture)),
            ("fiscalYear", context.FiscalYear.ToString(CultureInfo.InvariantCulture)),
            ("department", context.Unit.Department),
            ("section", context.Unit.Section ?? ""),
        ];
        for (var i = 0; i < entries.Length; i++)
        {
            Text(ws.Cell(i + 1, 1), entries[i].Name);
            Text(ws.Cell(i + 1, 2), entries[i].Value);
        }
        ws.Protect();
    }

    /// <summary>Always a text cell (a key like 2-1 must not become a date).</summary>
    static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    static void Number(IXLCell cell, decimal? value)
    {
        if (value is { } v)
            cell.SetValue((double)v);
    }
}
