using Torikumi.Core.Plans;

namespace Torikumi.Core.Progress.Sheets;

/// <summary>
/// Whose sheet it is: one plan, one fiscal year and one unit (a 部, or one 課 of it). Written into the workbook and
/// checked on upload, so a sheet of another year or department is refused as a whole.
/// </summary>
public sealed record SheetContext(int PlanId, string PlanTitle, int FiscalYear, OrgUnit Unit, StatusScale Scale);

/// <summary>An indicator (指標) of an item's department part, as the sheet shows it for the year.</summary>
public sealed record SheetIndicator(string Name, string Unit, decimal? Target, decimal? Actual);

/// <summary>
/// The target and actual read back for the <see cref="Number"/>-th indicator (1 = the first, on the item's own row) of
/// an item, from Excel row <see cref="Row"/>.
/// </summary>
public sealed record SheetFigures(int Number, decimal? Target, decimal? Actual, int Row);

/// <summary>
/// One row of a written sheet: the locked structure of the item (key, title, strategic plan, owners) and the current
/// values of the department's report (prefilled so the editor changes only what is new). <see cref="Version"/> is the
/// report's version at download (0: not started), kept hidden to refuse an upload over a newer change.
/// <see cref="Indicators"/> are the part's indicators in order: the first on the item's row, each further one on a row
/// of its own just below (指標行).
/// </summary>
public sealed record SheetItem(
    string Key,
    string Title,
    string Strategy,
    string Owners,
    int Version = 0,
    string Plan = "",
    string Result = "",
    string? Status = null,
    decimal? Percent = null,
    string Remarks = "",
    IReadOnlyList<string>? EvidenceUrls = null,
    IReadOnlyList<SheetIndicator>? Indicators = null)
{
    /// <summary>The <paramref name="number"/>-th indicator (1-based), or null.</summary>
    public SheetIndicator? IndicatorAt(int number) => Indicators is { } list && number >= 1 && number <= list.Count ? list[number - 1] : null;
}

/// <summary>
/// A row read back from an uploaded sheet: what the editor entered, with the Excel row number for messages.
/// Texts are as typed (the service trims and checks them); <see cref="Status"/> is the label as typed.
/// <see cref="Indicators"/> holds the figures read for each indicator of the item (from its row and its indicator rows).
/// </summary>
public sealed record SheetRow(
    int Row,
    string Key,
    int Version,
    string Plan,
    string Result,
    string? Status,
    decimal? Percent,
    string Remarks,
    IReadOnlyList<string> EvidenceUrls,
    IReadOnlyList<SheetFigures> Indicators)
{
    /// <summary>The first indicator's target as read (null when empty or when the item has none).</summary>
    public decimal? IndicatorTarget => Indicators.FirstOrDefault(f => f.Number == 1)?.Target;
    public decimal? IndicatorActual => Indicators.FirstOrDefault(f => f.Number == 1)?.Actual;
}

/// <summary>
/// A problem with an uploaded sheet: Excel row (0 for the file as a whole) and column letter with its heading (null
/// when the whole row or file is meant), and what to do, in Japanese then English.
/// </summary>
public sealed record SheetProblem(int Row, string? Column, string Japanese, string English)
{
    public override string ToString() => $"{(Row == 0 ? "file" : $"row {Row}")}{(Column is null ? "" : $" {Column}")}: {Japanese} / {English}";
}

/// <summary>The rows read without problems, and every problem found; a sheet with any problem must not be applied.</summary>
public sealed record SheetReadResult(IReadOnlyList<SheetRow> Rows, IReadOnlyList<SheetProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
