using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Export;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>
/// A plan's published progress over all fiscal years as open-data rows (公表された進捗): what the plan's own downloads
/// (<c>/plans/{id}/data.json</c>, <c>data.xlsx</c>, <c>progress.csv</c>), the plan JSON of the API and
/// <c>torikumi export</c> carry. The query asks for published reports only — whoever downloads, and whatever the state
/// of other reports — and each indicator shows only its figures for the report's year, so an actual entered for a
/// year not yet published cannot slip out through an older published report.
/// </summary>
public static class PlanProgressExport
{
    /// <summary>
    /// The published reports whose item is reportable in <paramref name="index"/> (the version being exported) and whose
    /// department still owns it, in reading order, then by fiscal year and the owners' order.
    /// </summary>
    public static async Task<IReadOnlyList<ProgressRow>> LoadAsync(TorikumiDbContext db, int planId, PlanIndex index, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == planId && r.State == ReportState.Published)
            .Select(r => new { Report = r, Department = r.Department.Name })
            .ToListAsync(ct);
        if (reports.Count == 0)
            return [];
        var keys = reports.Select(r => r.Report.ItemKey).Distinct().ToList();
        var indicators = (await db.ReportIndicators.AsNoTracking()
            .Where(i => i.PlanId == planId && keys.Contains(i.ItemKey))
            .ToListAsync(ct))
            .OrderBy(i => i.Position).ThenBy(i => i.Id)
            .ToLookup(i => (i.ItemKey, i.DepartmentId));
        var scale = (await db.PlanStatusScales.AsNoTracking().FirstOrDefaultAsync(s => s.PlanId == planId, ct))?.ToScale() ?? StatusScales.Default;
        var order = index.Items.Select((item, i) => (item.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);

        var rows = new List<(int Order, int Owner, ProgressRow Row)>();
        foreach (var (report, department) in reports.Select(r => (r.Report, r.Department)))
        {
            if (ReportableItems.Resolve(index, report.ItemKey) is not { } item || item.Key != report.ItemKey)
                continue; // the item is not in this version, or is reported through its sub-items there
            var owner = index.OwnersOf(item).ToList().FindIndex(o => o.Department == department);
            if (owner < 0)
                continue; // the department no longer owns the item
            rows.Add((order[item.Key], owner, Row(item, report, department, [.. indicators[(report.ItemKey, report.DepartmentId)]], scale)));
        }
        return [.. rows.OrderBy(r => r.Order).ThenBy(r => r.Row.FiscalYear).ThenBy(r => r.Owner).Select(r => r.Row)];
    }

    static ProgressRow Row(PlanItem item, ProgressReport report, string department, IReadOnlyList<ReportIndicator> indicators, StatusScale scale) => new()
    {
        ItemKey = item.Key,
        ItemTitle = item.Title,
        FiscalYear = report.FiscalYear,
        FiscalYearLabel = FiscalYears.Label(report.FiscalYear),
        Department = department,
        Sections = [.. report.Sections],
        Status = report.StatusCode,
        StatusLabel = scale.Find(report.StatusCode)?.Japanese,
        StatusReason = report.StatusReason,
        Percent = ProgressColumns.Plain(report.Percent),
        Plan = report.Planned,
        Result = report.Result,
        Remarks = report.Remarks,
        Evidence = [.. report.Evidence.Select(e => new ProgressEvidence(e.Title, e.Url))],
        Indicators = [.. indicators.Select(i => ProgressIndicator.Of(i.ToIndicator(), report.FiscalYear))],
    };

    /// <summary>A published report as the public sees it (<see cref="ProgressReports.PublishedAsync"/>), as an open-data row.</summary>
    public static ProgressRow Row(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            ItemKey = view.ItemKey,
            ItemTitle = view.ItemTitle,
            FiscalYear = view.FiscalYear,
            FiscalYearLabel = view.FiscalYearLabel,
            Department = view.Department,
            Sections = view.Sections,
            Status = view.Status,
            StatusLabel = view.StatusLabel,
            StatusReason = view.StatusReason,
            Percent = ProgressColumns.Plain(view.Percent),
            Plan = view.Plan,
            Result = view.Result,
            Remarks = view.Remarks,
            Evidence = [.. view.Evidence.Select(e => new ProgressEvidence(e.Title, e.Url))],
            Indicators = [.. view.Indicators.Select(i => new ProgressIndicator(i.Name, i.Unit, i.Direction,
                i.Baseline is { } b ? new IndicatorValue(b.FiscalYear, ProgressColumns.Plain(b.Value)) : null,
                ProgressColumns.Plain(i.Targets.FirstOrDefault(t => t.FiscalYear == view.FiscalYear)?.Value),
                ProgressColumns.Plain(i.Actuals.FirstOrDefault(t => t.FiscalYear == view.FiscalYear)?.Value),
                ProgressColumns.Plain(i.Achievement?.Percent)))],
        };
    }
}
