using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress;

/// <summary>The published reports of one item in one fiscal year (公表された進捗), one view per department part.</summary>
public sealed record PublishedYear(int FiscalYear, string FiscalYearLabel, IReadOnlyList<ReportView> Parts);

public sealed partial class ProgressReports
{
    /// <summary>
    /// For public pages: the latest fiscal year of the plan with at least one published report, or null. Whoever is
    /// signed in, only published reports count, so a page shows residents and staff the same thing.
    /// </summary>
    public async Task<int?> LatestPublishedYearAsync(int planId, CancellationToken ct = default) =>
        await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == planId && r.State == ReportState.Published)
            .MaxAsync(r => (int?)r.FiscalYear, ct);

    /// <summary>
    /// For the public item page: the published parts of an item (a 【再掲】 shows its original's), per fiscal year, oldest
    /// first. Never anything unpublished, whoever asks; empty for an unknown item or one reported through its sub-items.
    /// </summary>
    public async Task<IReadOnlyList<PublishedYear>> PublishedOfItemAsync(int planId, string key, CancellationToken ct = default)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan || Target(plan, key, 0).Value is not { } target)
            return [];
        var reports = await db.ProgressReports.AsNoTracking().Include(r => r.Department)
            .Where(r => r.PlanId == planId && r.ItemKey == target.Key && r.State == ReportState.Published)
            .ToListAsync(ct);
        if (reports.Count == 0)
            return [];
        var indicators = (await db.ReportIndicators.AsNoTracking()
            .Where(i => i.PlanId == planId && i.ItemKey == target.Key)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct))
            .ToLookup(i => i.DepartmentId);
        var order = target.Owners.Select((o, i) => (o.Department, i)).ToDictionary(p => p.Department, p => p.i, StringComparer.Ordinal);
        return [.. reports.GroupBy(r => r.FiscalYear).OrderBy(g => g.Key).Select(year =>
        {
            var yearTarget = target with { FiscalYear = year.Key };
            var parts = year
                .Where(r => order.ContainsKey(r.Department.Name)) // a department no longer responsible in the latest version
                .OrderBy(r => order[r.Department.Name])
                .Select(r => OnlyItsYear(ReportMapping.View(new ReportPart(yearTarget, target.Owners[order[r.Department.Name]], r.DepartmentId), r,
                    [.. indicators[r.DepartmentId]], ProgressActor.Public, forStaff: false)))
                .ToList();
            return new PublishedYear(year.Key, FiscalYears.Label(year.Key), parts);
        }).Where(y => y.Parts.Count > 0)];
    }

    /// <summary>
    /// A published report's indicators with the figures of its own year only: indicators belong to the item, not the
    /// year, so a later year's actual — entered in a report not yet published — would otherwise show through.
    /// </summary>
    static ReportView OnlyItsYear(ReportView view) => view with
    {
        Indicators = [.. view.Indicators.Select(i => i with
        {
            Targets = [.. i.Targets.Where(t => t.FiscalYear == view.FiscalYear)],
            Actuals = [.. i.Actuals.Where(a => a.FiscalYear == view.FiscalYear)],
        })],
    };
}
