using System.Globalization;
using CsvHelper;

namespace Torikumi.Core.Export;

/// <summary>
/// Writes a flat open-data table as CSV with the conventions of <see cref="PlanCsv"/> (UTF-8 with BOM, CRLF, quoting
/// when needed, formula-like text escaped): one header row, Japanese or English, then one record per row.
/// </summary>
public static class OpenDataCsv
{
    public static byte[] Write<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows, CsvHeader header = CsvHeader.Japanese)
    {
        using var stream = new MemoryStream();
        Write(stream, columns, rows, header);
        return stream.ToArray();
    }

    public static void Write<TRow>(Stream stream, IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows, CsvHeader header = CsvHeader.Japanese)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = CsvWriter.Create(stream, PlanCsv.Options, leaveOpen: true);
        csv.WriteHeader([.. columns.Select(c => header == CsvHeader.English ? c.Name : c.Header)]);
        var fields = new string[columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                fields[i] = Cell(columns[i].Value(row));
            csv.WriteRecord(fields);
        }
    }

    static string Cell(object? value) => value switch
    {
        null => "",
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => (string)value,
    };
}
