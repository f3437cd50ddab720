namespace Torikumi.Core.Export;

/// <summary>
/// A column of a flat open-data table (the item list, the progress list): its Japanese header (what a spreadsheet
/// shows), a stable English name (for programs; never changes once published), a short Japanese description, and how
/// wide and whether to wrap it in XLSX. Values are a string, an int or null.
/// </summary>
public record ExportColumn<TRow>(string Header, string Name, string Description, Func<TRow, object?> Value)
{
    /// <summary>Width in characters in the XLSX sheet.</summary>
    public double Width { get; init; } = 12;
    /// <summary>Long text: wrapped in XLSX rather than cut off.</summary>
    public bool Long { get; init; }
}
