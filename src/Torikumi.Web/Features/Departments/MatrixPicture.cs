using Torikumi.Core.Plans;

namespace Torikumi.Web.Features.Departments;

/// <summary>
/// Where every mark of the matrix picture goes: one row per department, one column per strategic plan, a circle
/// sized by the count (with the number written in it), and a line joining the departments that share a column.
/// Computed here so that the view only writes SVG elements with presentation attributes (the CSP forbids inline
/// style) and nothing needs script.
/// </summary>
public sealed class MatrixPicture
{
    public const int Cell = 34;
    /// <summary>Pillar band, then strategy numbers, above the first row.</summary>
    public const int Top = 48;
    const int CharWidth = 14;
    const double MinRadius = 5, MaxExtraRadius = 10;

    public sealed record Dot(double X, double Y, double R, int Count);
    public sealed record Column(double X, int Number, int Departments, double? LineFrom, double? LineTo);
    public sealed record Row(double Y, string Name);
    public sealed record Band(double X, double Width, int Number);

    public MatrixPicture(IReadOnlyList<Pillar> pillars, IReadOnlyList<MatrixRow> rows, IReadOnlyList<int> departments)
    {
        LabelWidth = Math.Max(120, rows.Select(r => r.Department.Name.Length).DefaultIfEmpty(0).Max() * CharWidth + 16);
        var strategies = pillars.SelectMany(p => p.Strategies).ToList();
        Width = LabelWidth + strategies.Count * Cell + 8;
        BottomY = Top + rows.Count * Cell + Cell / 2.0 + 4;
        Height = (int)BottomY + Cell / 2 + 4;
        Rows = [.. rows.Select((r, i) => new Row(RowY(i), r.Department.Name))];

        var max = rows.SelectMany(r => r.Counts).DefaultIfEmpty(0).Max();
        Dots = [.. rows.SelectMany((r, i) => r.Counts.Select((n, c) => (n, c))
            .Where(p => p.n > 0)
            .Select(p => new Dot(ColumnX(p.c), RowY(i), MinRadius + MaxExtraRadius * Math.Sqrt((double)p.n / max), p.n)))];

        Columns = [.. strategies.Select((s, c) =>
        {
            var used = rows.Select((r, i) => (r, i)).Where(p => p.r.Counts[c] > 0).Select(p => RowY(p.i)).ToList();
            return used.Count > 1
                ? new Column(ColumnX(c), s.Number, departments[c], used.Min(), used.Max())
                : new Column(ColumnX(c), s.Number, departments[c], null, null);
        })];

        var bands = new List<Band>();
        var first = 0;
        foreach (var pillar in pillars)
        {
            bands.Add(new Band(LabelWidth + first * Cell, pillar.Strategies.Count * Cell, pillar.Number));
            first += pillar.Strategies.Count;
        }
        Bands = bands;
    }

    double ColumnX(int column) => LabelWidth + (column + 0.5) * Cell;
    static double RowY(int row) => Top + (row + 0.5) * Cell;

    public int Width { get; }
    public int Height { get; }
    /// <summary>Right edge of the department names.</summary>
    public int LabelWidth { get; }
    /// <summary>Centre line of the bottom row (how many departments share each column).</summary>
    public double BottomY { get; }
    public double PlotBottom => Top + Rows.Count * Cell;
    public IReadOnlyList<Row> Rows { get; }
    public IReadOnlyList<Dot> Dots { get; }
    public IReadOnlyList<Column> Columns { get; }
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>Coordinates as SVG wants them: invariant culture, at most one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
