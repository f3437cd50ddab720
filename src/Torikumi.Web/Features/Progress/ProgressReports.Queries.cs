using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Progress;

public sealed partial class ProgressReports
{
    /// <summary>Japan keeps no daylight saving time: a deadline day ends at midnight JST wherever the server runs.</summary>
    static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>
    /// The department parts of an item in a fiscal year that the caller may read: the public only published ones, editors
    /// those of their units and published ones, reviewers and administrators all (a part not started has version 0).
    /// With <paramref name="department"/>, only that part: refused when the caller may not read it.
    /// </summary>
    public async Task<ProgressResult<ItemReports>> GetAsync(int planId, string key, int fiscalYear, string? department = null,
        CancellationToken ct = default)
    {
        var found = await TargetAsync(planId, key, fiscalYear, ct);
        if (found.Value is not { } target)
            return found.Refusal!;
        var owners = target.Owners;
        if (!string.IsNullOrWhiteSpace(department))
        {
            var part = await PartAsync(target, department, ct);
            if (part.Value is null)
                return part.Refusal!;
            owners = [part.Value.Owner];
        }
        var names = owners.Select(o => o.Department).ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.MunicipalityId == target.Plan.MunicipalityId && names.Contains(d.Name))
            .ToDictionaryAsync(d => d.Name, d => d.Id, StringComparer.Ordinal, ct);
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == planId && r.ItemKey == target.Key && r.FiscalYear == fiscalYear)
            .ToDictionaryAsync(r => r.DepartmentId, ct);
        var indicators = (await db.ReportIndicators.AsNoTracking()
            .Where(i => i.PlanId == planId && i.ItemKey == target.Key)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct))
            .ToLookup(i => i.DepartmentId);

        var parts = new List<ReportView>();
        foreach (var owner in owners)
        {
            if (!departments.TryGetValue(owner.Department, out var id))
                continue;
            var report = reports.GetValueOrDefault(id);
            if (!MayRead(owner, report?.State))
            {
                if (string.IsNullOrWhiteSpace(department))
                    continue;
                return IsStaff
                    ? Forbidden($"{owner.Department}のこの報告は、担当する部署の範囲外です。", $"This report of {owner.Department} is outside the units you work for.")
                    : new ProgressNotFound($"{owner.Department}の{FiscalYears.Label(fiscalYear)}の報告はまだ公表されていません。",
                        $"{owner.Department}'s report for FY{fiscalYear} has not been published yet.");
            }
            parts.Add(ReportMapping.View(new ReportPart(target, owner, id), report, [.. indicators[id]], Actor, IsStaff));
        }
        return new ItemReports(planId, target.Key, target.Item.Title, fiscalYear, FiscalYears.Label(fiscalYear),
            [.. target.Owners.Select(o => o.Department)], parts);
    }

    /// <summary>One row per reportable item and department part the caller may read, optionally of one department or stage.</summary>
    public async Task<ProgressResult<ReportList>> ListAsync(int planId, int fiscalYear, string? department = null,
        ProgressStage? stage = null, CancellationToken ct = default)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (CheckYear(plan, fiscalYear) is { } bad)
            return bad;
        var entries = new List<ReportListEntry>();
        foreach (var (item, owner, row) in await PartsOfYearAsync(plan, fiscalYear, ct))
        {
            if (!MayRead(owner, row?.State)
                || (!string.IsNullOrWhiteSpace(department) && owner.Department != department.Normalize(System.Text.NormalizationForm.FormC).Trim())
                || (stage is not null && ReportMapping.StageOf(row?.State) != stage))
                continue;
            entries.Add(new(item.Key, item.Title, owner.Department, ReportMapping.StageOf(row?.State), row?.StatusCode, row?.Percent,
                row?.Version ?? 0, IsStaff ? row?.UpdatedAt : null));
        }
        return new ReportList(planId, fiscalYear, entries);
    }

    /// <summary>
    /// The planning division's dashboard (reviewers and administrators): per department, how many of its parts are at
    /// each stage; overdue when the year's deadline has passed (in Japan) and some part is not yet submitted.
    /// </summary>
    public async Task<ProgressResult<ProgressDashboard>> DashboardAsync(int planId, int fiscalYear, CancellationToken ct = default)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (CheckYear(plan, fiscalYear) is { } bad)
            return bad;
        if (!Actor.Is(ProgressRoles.Reviewer) && !Actor.Is(ProgressRoles.Administrator))
            return Forbidden("進行管理の状況は、確認担当者と企画課が見られます。", "Only reviewers and the planning division see the dashboard.");
        var due = await db.ProgressDeadlines.AsNoTracking().Where(d => d.PlanId == planId && d.FiscalYear == fiscalYear)
            .Select(d => (DateOnly?)d.Due).FirstOrDefaultAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(JapanOffset).DateTime);
        var departments = (await PartsOfYearAsync(plan, fiscalYear, ct))
            .GroupBy(p => p.Owner.Department, StringComparer.Ordinal)
            .Select(g =>
            {
                int Count(ProgressStage s) => g.Count(p => ReportMapping.StageOf(p.Report?.State) == s);
                var open = Count(ProgressStage.NotStarted) + Count(ProgressStage.Draft) + Count(ProgressStage.Returned);
                return new DepartmentProgress(g.Key, Count(ProgressStage.NotStarted), Count(ProgressStage.Draft), Count(ProgressStage.Submitted),
                    Count(ProgressStage.Returned), Count(ProgressStage.Approved), Count(ProgressStage.Published), g.Count(),
                    due is { } d && today > d && open > 0);
            })
            .OrderBy(d => d.Department, StringComparer.Ordinal)
            .ToList();
        return new ProgressDashboard(planId, fiscalYear, FiscalYears.Label(fiscalYear), due, departments);
    }

    sealed record StoredRow(string ItemKey, string Department, ReportState State, string? StatusCode, decimal? Percent, int Version,
        DateTimeOffset UpdatedAt);

    /// <summary>Every reportable item × owning department of the plan's latest version, with its report of the year if any.</summary>
    async Task<List<(PlanItem Item, Owner Owner, StoredRow? Report)>> PartsOfYearAsync(ProgressPlan plan, int fiscalYear, CancellationToken ct)
    {
        var rows = (await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.FiscalYear == fiscalYear)
            .Select(r => new StoredRow(r.ItemKey, r.Department.Name, r.State, r.StatusCode, r.Percent, r.Version, r.UpdatedAt))
            .ToListAsync(ct))
            .ToDictionary(r => (r.ItemKey, r.Department));
        return [.. PartsOf(plan.Index).Select(p => (p.Item, p.Owner, rows.GetValueOrDefault((p.Item.Key, p.Owner.Department))))];
    }

    /// <summary>
    /// Every reportable item × owning department of a plan version, computed once per <see cref="PlanIndex"/> (immutable,
    /// and shared by the requests on one version through <see cref="PortalPlans"/>): the dashboard and the lists read it
    /// on every request, and working it out (reportable items, owners with inheritance) was most of the dashboard's CPU
    /// time. Derived data only, so several nodes each holding their own copy stay correct.
    /// </summary>
    static IReadOnlyList<(PlanItem Item, Owner Owner)> PartsOf(PlanIndex index) =>
        Parts.GetValue(index, i => [.. ReportableItems.Of(i).SelectMany(item => i.OwnersOf(item).Select(owner => (item, owner)))]);

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlanIndex, IReadOnlyList<(PlanItem Item, Owner Owner)>> Parts = [];

    /// <summary>
    /// What residents see for a fiscal year: the published reports (without staff details) and the roll-ups computed from
    /// them only (<see cref="RollUps.Compute"/>).
    /// </summary>
    public async Task<ProgressResult<PublishedProgress>> PublishedAsync(int planId, int fiscalYear, CancellationToken ct = default)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (CheckYear(plan, fiscalYear) is { } bad)
            return bad;
        var reports = await db.ProgressReports.AsNoTracking().Include(r => r.Department)
            .Where(r => r.PlanId == planId && r.FiscalYear == fiscalYear && r.State == ReportState.Published)
            .ToListAsync(ct);
        var keys = reports.Select(r => r.ItemKey).Distinct().ToList();
        var indicators = (await db.ReportIndicators.AsNoTracking()
            .Where(i => i.PlanId == planId && keys.Contains(i.ItemKey))
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct))
            .ToLookup(i => (i.ItemKey, i.DepartmentId));
        var order = ReportableItems.Of(plan.Index).Select((item, i) => (item.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);

        var views = new List<ReportView>();
        foreach (var report in reports.OrderBy(r => order.GetValueOrDefault(r.ItemKey, int.MaxValue)).ThenBy(r => r.Department.Name, StringComparer.Ordinal))
        {
            if (Target(plan, report.ItemKey, fiscalYear).Value is not { } target
                || target.Owners.FirstOrDefault(o => o.Department == report.Department.Name) is not { } owner)
                continue; // the item or its department is gone from the latest version
            views.Add(OnlyItsYear(ReportMapping.View(new ReportPart(target, owner, report.DepartmentId), report,
                [.. indicators[(report.ItemKey, report.DepartmentId)]], ProgressActor.Public, forStaff: false)));
        }
        var rollUp = RollUps.Compute(plan.Index, plan.Scale, fiscalYear,
            reports.Where(r => r.StatusCode is not null).Select(r => new RollUpReport(r.ItemKey, r.Department.Name, r.StatusCode!, r.Percent)));
        return new PublishedProgress(planId, fiscalYear, FiscalYears.Label(fiscalYear), plan.Scale.Statuses, views, rollUp);
    }

    /// <summary>
    /// The audit trail of an item (staff): every change, oldest first, with before and after. Editors see the entries of
    /// their own units' parts; reviewers and administrators see all.
    /// </summary>
    public async Task<ProgressResult<AuditTrail>> AuditAsync(int planId, string key, CancellationToken ct = default)
    {
        if (!IsStaff)
            return Forbidden("監査証跡は職員だけが見られます。", "Only staff may read the audit trail.");
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (Target(plan, key, 0).Value is not { } target)
            return Target(plan, key, 0).Refusal!;
        var seeAll = Actor.Is(ProgressRoles.Reviewer) || Actor.Is(ProgressRoles.Administrator);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.PlanId == planId && a.ItemKey == target.Key)
            .OrderBy(a => a.Id).ToListAsync(ct);
        return new AuditTrail(planId, target.Key, [.. entries
            .Where(a => seeAll || target.Owners.Any(o => o.Department == a.Department && Actor.Covers(o)))
            .Select(a => new AuditView(a.Id, a.At, a.UserId, a.UserName, a.ItemKey, a.FiscalYear, a.Department, a.Action,
                Parse(a.Before), Parse(a.After)))]);
    }

    static JsonElement? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}
