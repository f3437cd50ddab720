using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Revisions;

/// <summary>
/// Carries progress reports (進行管理の報告) and their indicators (指標) over to a confirmed version, by the confirmed map:
/// <list type="bullet">
/// <item>same, changed, moved, renumbered: re-keyed to the new key;</item>
/// <item>split: copied to every new item, so each part keeps its predecessor's history (staff may edit each afterwards);</item>
/// <item>merged: every old item's reports go to the new item, so each department keeps its own report; two reports of one
/// department and year would collide, and the confirmation is refused naming them;</item>
/// <item>removed: re-keyed to <c>KEY@vN</c> (the key in old version N), so they stay in the records without ever
/// attaching to a different item that reuses the key later.</item>
/// </list>
/// Reports are moved by deleting and re-inserting them (their ids change), which lets the database check the unique
/// (item, year, department) key once, after every move, even when two items swapped numbers. One audit entry per carried
/// report; the confirmation signs them with the administrator.
/// </summary>
public sealed class ProgressCarryOver : IVersionCarryOver
{
    public const string AuditAction = "carry-over";

    public string Name => "progress reports";

    public async Task<int> CarryOverAsync(TorikumiDbContext db, ConfirmedMatches matches, CancellationToken ct = default)
    {
        var old = await db.PlanVersions.AsNoTracking().Where(v => v.Id == matches.OldVersionId)
            .Select(v => new { v.Number, Keys = v.Nodes.Where(n => n.Kind == NodeKind.Item || n.Kind == NodeKind.SubItem).Select(n => n.Key).ToList() })
            .SingleAsync(ct);
        var newNumber = await db.PlanVersions.Where(v => v.Id == matches.NewVersionId).Select(v => v.Number).SingleAsync(ct);
        var oldKeys = old.Keys.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<string>? Targets(string key) =>
            !oldKeys.Contains(key) ? null
            : matches.NewKeysByOldKey.TryGetValue(key, out var keys) && keys.Count > 0 ? keys
            : [$"{key}@v{old.Number}"];
        static bool Stays(string key, IReadOnlyList<string>? targets) => targets is null || (targets.Count == 1 && targets[0] == key);

        var reports = await db.ProgressReports.Where(r => r.PlanId == matches.PlanId).OrderBy(r => r.Id).ToListAsync(ct);
        var departmentIds = reports.Select(r => r.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        var placed = new List<(ProgressReport Report, string Key)>();
        foreach (var report in reports)
        {
            var targets = Targets(report.ItemKey);
            foreach (var key in Stays(report.ItemKey, targets) ? [report.ItemKey] : targets!)
                placed.Add((report, key));
        }
        Refuse(placed.GroupBy(p => (p.Key, p.Report.FiscalYear, p.Report.DepartmentId)).FirstOrDefault(g => g.Count() > 1), departments);

        var carried = 0;
        foreach (var report in reports)
        {
            var targets = Targets(report.ItemKey);
            if (Stays(report.ItemKey, targets))
                continue;
            db.ProgressReports.Remove(report);
            foreach (var key in targets!)
            {
                db.ProgressReports.Add(Copy(report, key));
                db.AuditEntries.Add(new AuditEntry
                {
                    UserId = "", UserName = "", PlanId = report.PlanId, ItemKey = key, FiscalYear = report.FiscalYear,
                    Department = departments.GetValueOrDefault(report.DepartmentId), Action = AuditAction,
                    Before = JsonSerializer.Serialize(new { itemKey = report.ItemKey, version = old.Number }),
                    After = JsonSerializer.Serialize(new { itemKey = key, version = newNumber }),
                });
                carried++;
            }
        }
        await CarryIndicatorsAsync(db, matches.PlanId, Targets, ct);
        return carried;
    }

    static void Refuse(IGrouping<(string Key, int FiscalYear, int DepartmentId), (ProgressReport Report, string Key)>? clash,
        Dictionary<int, string> departments)
    {
        if (clash is null)
            return;
        var from = string.Join("、", clash.Select(c => c.Report.ItemKey).Distinct());
        var fromEn = string.Join(", ", clash.Select(c => c.Report.ItemKey).Distinct());
        var department = departments.GetValueOrDefault(clash.Key.DepartmentId, "?");
        var year = clash.Key.FiscalYear;
        throw new CarryOverConflictException(
            $"{department}の{year}年度の報告が {from} に1件ずつあり、どちらも新しい版の {clash.Key.Key} に移ることになります(1つの取組・年度・部に報告は1件)。" +
            "どちらかの対応を直す(別の取組に対応させる、または削除にする)か、片方の報告を整理してから、もう一度確定してください。",
            $"{department} has a report for FY{year} on each of {fromEn}, and both would move to {clash.Key.Key} of the new version " +
            "(one report per item, year and department). Correct one of the matches (match it to another item, or mark it removed), " +
            "or tidy up one of the reports, then confirm again.");
    }

    static ProgressReport Copy(ProgressReport r, string key) => new()
    {
        PlanId = r.PlanId, ItemKey = key, FiscalYear = r.FiscalYear, DepartmentId = r.DepartmentId, Sections = [.. r.Sections],
        State = r.State, Planned = r.Planned, Result = r.Result, StatusCode = r.StatusCode, StatusReason = r.StatusReason,
        Percent = r.Percent, Remarks = r.Remarks, Evidence = [.. r.Evidence], ReturnReason = r.ReturnReason, Version = r.Version,
        CreatedAt = r.CreatedAt, CreatedById = r.CreatedById, CreatedByName = r.CreatedByName,
        UpdatedAt = r.UpdatedAt, UpdatedById = r.UpdatedById, UpdatedByName = r.UpdatedByName,
    };

    /// <summary>Indicators follow their item the same way; merged items' indicators of one department are numbered on after each other.</summary>
    static async Task CarryIndicatorsAsync(TorikumiDbContext db, int planId, Func<string, IReadOnlyList<string>?> targetsOf, CancellationToken ct)
    {
        var indicators = await db.ReportIndicators.Where(i => i.PlanId == planId)
            .OrderBy(i => i.ItemKey).ThenBy(i => i.DepartmentId).ThenBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
        var placed = new List<(ReportIndicator Indicator, string Key)>();
        var arrived = new HashSet<(string, int)>();
        foreach (var indicator in indicators)
        {
            var targets = targetsOf(indicator.ItemKey);
            if (targets is null || (targets.Count == 1 && targets[0] == indicator.ItemKey))
            {
                placed.Add((indicator, indicator.ItemKey));
                continue;
            }
            indicator.ItemKey = targets[0];
            placed.Add((indicator, targets[0]));
            arrived.UnionWith(targets.Select(t => (t, indicator.DepartmentId)));
            foreach (var key in targets.Skip(1))
            {
                var copy = new ReportIndicator
                {
                    PlanId = indicator.PlanId, ItemKey = key, DepartmentId = indicator.DepartmentId, Position = indicator.Position,
                    Name = indicator.Name, Unit = indicator.Unit, Direction = indicator.Direction, BaselineYear = indicator.BaselineYear,
                    BaselineValue = indicator.BaselineValue, Targets = [.. indicator.Targets], Actuals = [.. indicator.Actuals],
                    Version = indicator.Version, UpdatedAt = indicator.UpdatedAt, UpdatedById = indicator.UpdatedById, UpdatedByName = indicator.UpdatedByName,
                };
                db.ReportIndicators.Add(copy);
                placed.Add((copy, key));
            }
        }
        // Merged items: keep each group's order, one group after the other.
        foreach (var group in placed.GroupBy(p => (p.Key, p.Indicator.DepartmentId)).Where(g => arrived.Contains(g.Key)))
        {
            var position = 0;
            foreach (var (indicator, _) in group)
            {
                if (indicator.Position != position)
                    indicator.Position = position;
                position++;
            }
        }
    }
}
