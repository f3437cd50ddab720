using CsvHelper;

namespace Torikumi.Core.Export;

/// <summary>Which header row a CSV gets: the Japanese headers (for people) or the stable English names (for programs).</summary>
public enum CsvHeader
{
    Japanese,
    English,
}

/// <summary>
/// The item list as CSV (RFC 4180): UTF-8 with a BOM, because Excel in Japan reads a CSV without one as Shift_JIS and
/// shows mojibake; CRLF between records; a field is quoted when it holds a comma, a quote or a line break, and line
/// breaks inside a field (paragraphs) are kept as LF. A text field that starts with = + - @ gets a leading '
/// so that a spreadsheet shows it instead of running it as a formula.
/// </summary>
public static class PlanCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write(IEnumerable<PlanRow> rows, CsvHeader header = CsvHeader.Japanese)
    {
        using var stream = new MemoryStream();
        Write(stream, rows, header);
        return stream.ToArray();
    }

    public static void Write(Stream stream, IEnumerable<PlanRow> rows, CsvHeader header = CsvHeader.Japanese) =>
        OpenDataCsv.Write(stream, PlanColumns.All, rows, header);
}
