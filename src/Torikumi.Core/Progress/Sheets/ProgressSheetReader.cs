using System.Globalization;
using ClosedXML.Excel;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Progress.Sheets;

/// <summary>
/// Reads a filled progress sheet back and checks it as a whole: the file (an xlsx, our format, this plan, year and
/// unit), then every row (a known key the unit owns, once; locked cells as written; text where text belongs; a status
/// of the scale; numbers in range). Every problem is listed with row and column; the rows without problems come back
/// too, so the caller can check them by its own rules and list all problems at once — but applies nothing unless
/// there is no problem at all. The report rules proper (lengths, URLs, status reasons, workflow
/// state) are the service's, which answers in the same row/column terms.
/// </summary>
public static class ProgressSheetReader
{
    /// <param name="expected">The items the unit owns now, as <see cref="ProgressSheetWriter"/> would write them (structure only is compared).</param>
    public static SheetReadResult Read(Stream file, SheetContext context, PlanIndex index, IReadOnlyList<SheetItem> expected)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(expected);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(file);
        }
#pragma warning disable CA1031 // Whatever the package reader throws, the answer is the same: not a workbook we can read.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Fail(new(0, null, "Excelファイル(.xlsx)として読めません。ダウンロードした進捗管理シートを Excel で保存したファイルをアップロードしてください(.xls や .csv は使えません)。",
                "The file is not a readable Excel workbook (.xlsx); upload the progress sheet you downloaded, saved as .xlsx."));
        }
        using (workbook)
            return Read(workbook, context, index, expected);
    }

    static SheetReadResult Read(XLWorkbook workbook, SheetContext context, PlanIndex index, IReadOnlyList<SheetItem> expected)
    {
        if (CheckFile(workbook, context) is { } wrong)
            return Fail(wrong);
        var ws = workbook.Worksheet(ProgressSheetWriter.ProgressSheet);
        var problems = new List<SheetProblem>();
        foreach (var column in SheetColumns.All)
        {
            var heading = ws.Cell(SheetColumns.HeaderRow, column.Number).GetString().Trim();
            if (heading != column.Heading)
                problems.Add(new(SheetColumns.HeaderRow, column.Label,
                    $"見出しが「{heading}」になっています。列を追加・削除・移動せず、「{column.Heading}」のままにしてください。",
                    $"The heading reads \"{heading}\"; do not insert, delete or move columns (expected \"{column.Heading}\")."));
        }
        if (problems.Count > 0)
            return new([], problems);

        var byKey = expected.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var seen = new Dictionary<(string Key, int Number), int>();
        var rows = new Dictionary<string, SheetRow>(StringComparer.Ordinal);
        var figures = new Dictionary<string, List<(SheetFigures Figures, int Version)>>(StringComparer.Ordinal);
        var lastRow = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = SheetColumns.FirstDataRow; r <= lastRow; r++)
        {
            var row = ws.Row(r);
            if (SheetColumns.All.All(c => row.Cell(c.Number).IsEmpty()))
                continue;
            var read = new RowReader(row, context, problems);
            var (sheetRow, more) = read.Row(index, byKey, seen);
            if (sheetRow is not null)
                rows[sheetRow.Key] = sheetRow;
            if (more is { } f)
                (figures.TryGetValue(f.Key, out var list) ? list : figures[f.Key] = []).Add((f.Figures, f.Version));
        }
        // An item's indicator rows join its row, wherever sorting put them. An item whose own row was deleted keeps its
        // report as downloaded (deleting a row changes nothing), with the figures of the indicator rows that remain.
        foreach (var (key, more) in figures)
        {
            var row = rows.TryGetValue(key, out var own) ? own : Unchanged(byKey[key], more[0].Figures.Row, more[0].Version);
            rows[key] = row with { Indicators = [.. row.Indicators, .. more.Select(m => m.Figures).OrderBy(f => f.Number)] };
        }
        return new([.. rows.Values.OrderBy(r => r.Row)], problems);
    }

    /// <summary>An item's report as the sheet was written (its own row deleted), with the version an indicator row was written at.</summary>
    static SheetRow Unchanged(SheetItem item, int row, int version) =>
        new(row, item.Key, version, item.Plan, item.Result, item.Status, item.Percent, item.Remarks, item.EvidenceUrls ?? [], []);

    static SheetProblem? CheckFile(XLWorkbook workbook, SheetContext context)
    {
        if (!workbook.TryGetWorksheet(ProgressSheetWriter.MetaSheet, out var meta) || !workbook.TryGetWorksheet(ProgressSheetWriter.ProgressSheet, out _)
            || meta.Cell(1, 2).GetString() != ProgressSheetWriter.Format)
            return new(0, null, "Torikumi の進捗管理シートではありません。画面からダウンロードしたシートに記入してアップロードしてください(シートの名前を変えたり、別のブックに写したりしないでください)。",
                "This is not a Torikumi progress sheet; fill in the sheet downloaded from Torikumi (do not rename its sheets or copy them to another workbook).");
        var plan = meta.Cell(2, 2).GetString();
        var year = meta.Cell(3, 2).GetString();
        var department = meta.Cell(4, 2).GetString();
        var section = meta.Cell(5, 2).GetString();
        if (plan != context.PlanId.ToString(CultureInfo.InvariantCulture))
            return new(0, null, $"このシートは別の計画(番号 {plan})のものです。この計画のシートをダウンロードして記入してください。",
                $"This sheet belongs to another plan (id {plan}); download this plan's sheet.");
        if (year != context.FiscalYear.ToString(CultureInfo.InvariantCulture))
        {
            var label = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FiscalYears.MinYear and <= FiscalYears.MaxYear ? FiscalYears.Label(y) : year;
            return new(0, null, $"このシートは{label}のものです。{FiscalYears.Label(context.FiscalYear)}のシートをダウンロードして記入してください。",
                $"This sheet is for FY{year}; download the sheet for {FiscalYears.EnglishLabel(context.FiscalYear)}.");
        }
        if (department != context.Unit.Department || section != (context.Unit.Section ?? ""))
        {
            var theirs = section.Length == 0 ? department : $"{department} {section}";
            return new(0, null, $"このシートは「{theirs}」のものです。「{ProgressSheetWriter.UnitLabel(context.Unit)}」のシートをダウンロードして記入してください。",
                $"This sheet is \"{theirs}\"'s; download the sheet of \"{ProgressSheetWriter.UnitLabel(context.Unit)}\".");
        }
        return null;
    }

    static SheetReadResult Fail(SheetProblem problem) => new([], [problem]);

    /// <summary>Reads one row, adding its problems.</summary>
    sealed class RowReader(IXLRow row, SheetContext context, List<SheetProblem> problems)
    {
        readonly int number = row.RowNumber();
        int before;

        void Add(SheetColumn? column, string ja, string en) => problems.Add(new(number, column?.Label, ja, en));

        /// <summary>
        /// The row as an item's row (its report and first indicator), or as one of its indicator rows (the figures of its
        /// 2nd, 3rd … indicator); nothing when it has problems.
        /// </summary>
        public (SheetRow? Row, (string Key, SheetFigures Figures, int Version)? More) Row(PlanIndex index, Dictionary<string, SheetItem> byKey,
            Dictionary<(string Key, int Number), int> seen)
        {
            before = problems.Count;
            var key = row.Cell(SheetColumns.Key.Number).GetString().Trim();
            if (key.Length == 0)
            {
                Add(SheetColumns.Key, "キーが空です。行を追加せず、ダウンロードした行に記入してください。", "The key is empty; fill in the rows as downloaded instead of adding rows.");
                return default;
            }
            if (!byKey.TryGetValue(key, out var item))
            {
                if (index.Item(key) is null)
                    Add(SheetColumns.Key, $"キー「{key}」の取組はこの計画にありません。キーは変更しないでください。", $"The plan has no item \"{key}\"; do not change keys.");
                else
                    Add(SheetColumns.Key, $"取組 {key} は「{ProgressSheetWriter.UnitLabel(context.Unit)}」の所管ではありません。他の部のシートから行を写さないでください。",
                        $"Item {key} is not one of \"{ProgressSheetWriter.UnitLabel(context.Unit)}\"'s; do not copy rows from another department's sheet.");
                return default;
            }
            var numberText = row.Cell(SheetColumns.IndicatorNumber.Number).GetString().Trim();
            var nth = numberText.Length == 0 ? 0
                : int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100 ? n : -1;
            if (nth < 0)
            {
                Add(null, "非表示の列が変更されています。もう一度ダウンロードして記入してください。", "A hidden column was changed; download the sheet again.");
                return default;
            }
            var indicatorRow = nth >= 2;
            if (seen.TryGetValue((key, Math.Max(nth, 1)), out var first))
            {
                Add(SheetColumns.Key, indicatorRow
                        ? $"取組 {key} の指標{nth}の行は{first}行目にもあります。1行にまとめてください。"
                        : $"取組 {key} は{first}行目にもあります。1行にまとめてください。",
                    indicatorRow
                        ? $"Indicator {nth} of item {key} is also on row {first}; keep one row per indicator."
                        : $"Item {key} is also on row {first}; keep one row per item.");
                return default;
            }
            seen[(key, Math.Max(nth, 1))] = this.number;

            var expected = nth == 0 ? null : item.IndicatorAt(nth);
            CheckLocked(item, expected);
            if (nth > 0 && expected is null)
                Add(SheetColumns.IndicatorName, $"取組 {key} の指標{nth}はもうありません(画面で削除されたか、並べ替えられました)。もう一度ダウンロードして記入してください。",
                    $"Item {key} no longer has indicator {nth}; download the sheet again.");
            var version = int.TryParse(row.Cell(SheetColumns.Version.Number).GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
            var (target, actual) = Figures(expected is not null);
            if (indicatorRow)
            {
                foreach (var column in SheetColumns.Report.Where(c => !row.Cell(c.Number).IsEmpty()))
                    Add(column, $"指標行(取組 {key} の指標{nth}「{expected?.Name}」)には目標値・実績値だけを記入します。{column.Heading}は取組の行に記入し、この行のこのセルは空にしてください。",
                        $"An indicator row takes only the target and actual; enter {column.Heading} on the item's own row and leave this cell empty.");
                return problems.Count > before ? default : (null, (key, new SheetFigures(nth, target, actual, this.number), version));
            }

            var plan = Text(SheetColumns.Plan);
            var result = Text(SheetColumns.Result);
            var statusText = Text(SheetColumns.Status).Trim();
            string? status = null;
            if (statusText.Length > 0)
            {
                status = context.Scale.Resolve(statusText)?.Japanese;
                if (status is null)
                    Add(SheetColumns.Status, $"ステータス「{statusText}」はありません。一覧から選んでください: {string.Join("、", context.Scale.Statuses.Select(s => s.Japanese))}。",
                        $"There is no status \"{statusText}\"; pick one of: {string.Join(", ", context.Scale.Statuses.Select(s => s.English))}.");
            }
            var percent = Number(SheetColumns.Percent);
            if (percent is < 0 or > 100)
                Add(SheetColumns.Percent, $"進捗率は0〜100にしてください(いま{percent})。", $"The percent must be between 0 and 100 (it is {percent}).");
            var remarks = Text(SheetColumns.Remarks);
            var evidence = Text(SheetColumns.Evidence).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return problems.Count > before ? default
                : (new SheetRow(this.number, key, version, plan, result, status, percent, remarks, evidence,
                    nth == 1 ? [new SheetFigures(1, target, actual, this.number)] : []), null);
        }

        /// <summary>The row's target and actual: numbers in range, and only where there is an indicator to give them to.</summary>
        (decimal? Target, decimal? Actual) Figures(bool hasIndicator)
        {
            var target = Number(SheetColumns.Target);
            var actual = Number(SheetColumns.Actual);
            if (!hasIndicator && (target is not null || actual is not null))
                Add(target is not null ? SheetColumns.Target : SheetColumns.Actual, "この取組には指標がありません。指標は画面で登録してから、目標値・実績値を入力してください。",
                    "This item has no indicator; add one on screen before entering a target or actual.");
            if (target is { } t && Math.Abs(t) > Indicator.MaxMagnitude)
                Add(SheetColumns.Target, "目標値が大きすぎます。", "The target is too large.");
            if (actual is { } a && Math.Abs(a) > Indicator.MaxMagnitude)
                Add(SheetColumns.Actual, "実績値が大きすぎます。", "The actual is too large.");
            return (target, actual);
        }

        /// <summary>
        /// Each locked cell must read as written, for the plan as it stands: a cell that differs is named; a row whose
        /// hidden check value does not match its cells (hidden columns edited, a row pasted from another sheet) too.
        /// </summary>
        void CheckLocked(SheetItem item, SheetIndicator? indicator)
        {
            (SheetColumn Column, string Expected)[] structure =
            [
                (SheetColumns.Title, item.Title),
                (SheetColumns.Strategy, item.Strategy),
                (SheetColumns.Owners, item.Owners),
                (SheetColumns.Year, FiscalYears.Label(context.FiscalYear)),
            ];
            var edited = false;
            foreach (var (column, expected) in structure)
            {
                var cell = row.Cell(column.Number);
                if (cell.GetString() != expected)
                {
                    edited = true;
                    Add(column, $"変更できない列が「{Shorten(cell.GetString())}」に変更されています。「{Shorten(expected)}」に戻してください(もう一度ダウンロードしても構いません)。",
                        $"This locked column was changed to \"{Shorten(cell.GetString())}\"; put back \"{Shorten(expected)}\" (or download the sheet again).");
                }
            }
            var check = row.Cell(SheetColumns.Check.Number).GetString();
            if (!edited && check != SheetChecksum.Of(context, ProgressSheetWriter.LockedTexts(row)))
            {
                var column = row.Cell(SheetColumns.IndicatorName.Number).GetString() != (indicator?.Name ?? "") ? SheetColumns.IndicatorName
                    : row.Cell(SheetColumns.IndicatorUnit.Number).GetString() != (indicator?.Unit ?? "") ? SheetColumns.IndicatorUnit
                    : null;
                Add(column, "変更できない列(指標名・単位、または非表示の列)が変更されているか、この行は別のシートから写されています。もう一度ダウンロードして記入してください。",
                    "A locked column (indicator name or unit, or a hidden column) was changed, or the row was copied from another sheet; download the sheet again.");
            }
        }

        static string Shorten(string s) => s.Length <= 30 ? s : s[..30] + "…";

        /// <summary>A text column: text, or empty. A number, date or TRUE/FALSE typed there is refused (it would be stored as something else).</summary>
        string Text(SheetColumn column)
        {
            var cell = row.Cell(column.Number);
            if (cell.IsEmpty())
                return "";
            if (cell.DataType != XLDataType.Text)
            {
                Add(column, $"文字を入力する列に{Kind(cell.DataType)}が入っています。文字として入力してください(先頭に ' を付けると文字になります)。",
                    $"This column takes text, but the cell holds a {cell.DataType.ToString().ToLowerInvariant()}; enter it as text (prefix it with ').");
                return "";
            }
            return cell.GetString().Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        /// <summary>A number column: a number, or empty. Text that reads as a number (全角 too) is accepted; other text is refused.</summary>
        decimal? Number(SheetColumn column)
        {
            var cell = row.Cell(column.Number);
            if (cell.IsEmpty())
                return null;
            if (cell.DataType == XLDataType.Number)
                return Math.Round((decimal)cell.GetDouble(), 6);
            var text = new string([.. cell.GetString().Trim().Select(JapaneseText.FoldWidth)]).TrimEnd('%');
            if (text.Length == 0)
                return null;
            if (cell.DataType == XLDataType.Text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                return value;
            Add(column, $"「{Shorten(cell.GetString())}」は数値ではありません。数値を入力してください(空欄可)。", $"\"{Shorten(cell.GetString())}\" is not a number; enter a number (or leave it empty).");
            return null;
        }

        static string Kind(XLDataType type) => type switch
        {
            XLDataType.Number => "数値",
            XLDataType.DateTime => "日付",
            XLDataType.TimeSpan => "時刻",
            XLDataType.Boolean => "TRUE/FALSE",
            _ => "文字以外の値",
        };
    }
}
