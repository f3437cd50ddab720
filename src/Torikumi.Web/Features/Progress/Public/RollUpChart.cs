using System.Globalization;
using Torikumi.Core.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>One band of the stacked bar: a status (or 未報告) with its count, where it sits, and how it is drawn.</summary>
public sealed record ChartSegment(string Code, string Label, int Count, double X, double Width, string Fill, string? Pattern);

/// <summary>
/// A roll-up as an accessible chart (進捗の集計グラフ): a stacked bar of the items per status, drawn on the server as
/// inline SVG with presentation attributes only (the CSP forbids style attributes, and no script is needed). Colour is
/// never the only carrier: every band has its own hatching, and a legend under the bar names each status with its
/// count; the same numbers follow in a table.
/// </summary>
public sealed record RollUpChart(string Id, string Title, string Description, IReadOnlyList<ChartSegment> Segments, int Total)
{
    public const double Width = 600;
    public const double BarHeight = 32;
    public const double LegendRow = 24;
    public const string NotReportedCode = "not-reported";

    public double Height => BarHeight + 16 + LegendRow * Segments.Count(s => s.Count > 0 || s.Code == NotReportedCode);

    /// <summary>Colours that keep 3:1 against white and each other's neighbours; the pattern tells them apart without colour.</summary>
    static readonly string[] Fills = ["#1b6e3a", "#2f7fbf", "#6a9a1f", "#c8670c", "#b3261e", "#5f4b8b", "#555555", "#8a5a00"];
    static readonly string?[] Patterns = [null, "diagonal", "dots", "horizontal", "cross", "vertical", "grid", "diagonal-back"];

    public static RollUpChart Of(string id, string title, GroupRollUp group, IReadOnlyList<ProgressStatus> scale, UiText ui)
    {
        var summary = group.Summary;
        var bands = scale.Select((s, i) => (s.Code, Label: ui.T(s.Japanese, s.English), Count: summary.CountOf(s.Code), Index: i))
            .Append((Code: NotReportedCode, Label: ui.T("未報告", "Not reported"), Count: summary.NotReported, Index: -1))
            .ToList();
        var total = Math.Max(summary.Items, 1);
        var x = 0.0;
        var segments = new List<ChartSegment>();
        foreach (var band in bands)
        {
            var width = Math.Round(Width * band.Count / total, 2);
            segments.Add(new(band.Code, band.Label, band.Count, x, width,
                band.Index < 0 ? "#ffffff" : Fills[band.Index % Fills.Length],
                band.Index < 0 ? null : Patterns[band.Index % Patterns.Length]));
            x += width;
        }
        var parts = segments.Where(s => s.Count > 0 || s.Code == NotReportedCode).Select(s => ui.T($"{s.Label} {s.Count}件", $"{s.Label}: {s.Count}"));
        var description = ui.T($"取組 {summary.Items}件のうち、", $"Of {summary.Items} items: ") + string.Join(ui.T("、", "; "), parts)
            + (summary.AveragePercent is { } p ? ui.T($"。平均進捗率 {Number(p)}%", $". Average progress {Number(p)}%") : "")
            + ui.T("。", ".");
        return new RollUpChart(id, title, description, segments, summary.Items);
    }

    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public string PatternId(ChartSegment segment) => $"{Id}-{segment.Pattern}-{segment.Code}";

    /// <summary>The fill attribute: the band's hatching (which paints over its colour) or the plain colour.</summary>
    public string FillOf(ChartSegment segment) => segment.Pattern is null ? segment.Fill : $"url(#{PatternId(segment)})";

    /// <summary>The lines of a hatching in a 8×8 tile.</summary>
    public static string PathOf(string pattern) => pattern switch
    {
        "diagonal" => "M0,8 L8,0",
        "diagonal-back" => "M0,0 L8,8",
        "horizontal" => "M0,4 L8,4",
        "vertical" => "M4,0 L4,8",
        "cross" => "M0,8 L8,0 M0,0 L8,8",
        "grid" => "M0,4 L8,4 M4,0 L4,8",
        _ => "",
    };
}
