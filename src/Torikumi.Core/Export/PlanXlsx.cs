using System.Globalization;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// The item list as an Excel workbook: sheet 「取組一覧」 with one row per item (the same columns as the CSV, header bold,
/// frozen and filterable, long text wrapped), when progress is given sheet 「進捗一覧」 with the published progress
/// reports (the columns of <see cref="ProgressColumns"/>, linked to the items by 項目キー), and sheet 「この資料について」
/// saying what the data is, where it comes from, under which licence, and when it was downloaded. Lives in Core beside
/// the CSV writer because it needs no web framework: the CLI's export and the portal's download write the same file.
/// </summary>
public static class PlanXlsx
{
    public const string ContentType = OpenDataXlsx.ContentType;
    public const string ItemsSheet = "取組一覧";
    public const string ProgressSheet = "進捗一覧";
    public const string AboutSheet = OpenDataXlsx.AboutSheet;

    /// <summary>Excel refuses a cell with more characters than this.</summary>
    public const int MaxCellLength = OpenDataXlsx.MaxCellLength;

    public static byte[] Write(PlanDocument plan, PlanExportSource source, DateTimeOffset downloaded, IReadOnlyList<ProgressRow>? progress = null) =>
        Write(plan, PlanRows.Of(plan, source), source, downloaded, progress);

    /// <param name="progress">The plan's published progress; null leaves the progress sheet out (a plan read from a file has none).</param>
    public static byte[] Write(PlanDocument plan, IReadOnlyList<PlanRow> rows, PlanExportSource source, DateTimeOffset downloaded,
        IReadOnlyList<ProgressRow>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        using var workbook = OpenDataXlsx.Workbook(plan.Title, downloaded);
        OpenDataXlsx.Table(workbook.Worksheets.Add(ItemsSheet), PlanColumns.All, rows);
        List<ColumnGuide> guides = [ColumnGuide.Of(ItemsSheet, PlanColumns.All)];
        if (progress is not null)
        {
            OpenDataXlsx.Table(workbook.Worksheets.Add(ProgressSheet), ProgressColumns.All, progress);
            guides.Add(ColumnGuide.Of(ProgressSheet, ProgressColumns.All));
        }
        OpenDataXlsx.About(workbook.Worksheets.Add(AboutSheet), Facts(plan, source, downloaded, progress is not null), guides);
        return OpenDataXlsx.Save(workbook);
    }

    static List<(string Label, string? Value)> Facts(PlanDocument plan, PlanExportSource source, DateTimeOffset downloaded, bool progress)
    {
        List<(string, string?)> facts =
        [
            ("計画名", plan.Title),
            ("自治体", plan.Municipality),
            ("段階", plan.Stage),
            ("計画期間", plan.FiscalYearsText ?? string.Join("・", plan.FiscalYears.Select(Era.FiscalYearLabel))),
            ("発行", Published(plan)),
            ("版", source.Version is int v ? $"第{v}版" + (source.ImportedAt is { } at ? $"（{Date(at)} 取り込み）" : "") : null),
        ];
        if (progress)
            facts.Add(("進捗", $"「{ProgressSheet}」は公表された進捗報告だけを、取組・年度・部ごとに1行で載せています(「項目キー」が「{ItemsSheet}」の「キー」に対応)。公表前の報告は含みません。"));
        facts.Add(("出典", OpenDataLicence.Attribution(plan)));
        facts.Add(("取り込み元ファイル", source.SourceName));
        facts.AddRange(OpenDataXlsx.LicenceFacts(OpenDataLicence.Attribution(plan), downloaded).Skip(1));
        return facts;
    }

    static string? Published(PlanDocument plan)
    {
        var publisher = plan.Colophon?.Publisher;
        string? month = null;
        if (plan.Published is { Length: 7 } p && int.TryParse(p[..4], CultureInfo.InvariantCulture, out var y)
            && int.TryParse(p[5..], CultureInfo.InvariantCulture, out var m))
            month = $"{Era.ToEraYear(y)}年({y}年){m}月";
        return publisher is null && month is null ? null : string.Join(" ", new[] { publisher, month }.Where(s => s is not null));
    }

    /// <summary>The date in Japan (UTC+9, no summer time), era first: 令和8年(2026年)11月28日.</summary>
    public static string Date(DateTimeOffset instant) => OpenDataXlsx.Date(instant);
}
