using System.Text;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Entities;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Progress;

/// <summary>A plan as progress management needs it: its latest version's look-ups, its municipality and its status scale.</summary>
sealed record ProgressPlan(PortalPlan Plan, int MunicipalityId, StatusScale Scale)
{
    public int Id => Plan.Id;
    public PlanIndex Index => Plan.Index;
}

/// <summary>The reportable item a request names (a 【再掲】 resolved to its original) in a fiscal year, with its departments.</summary>
sealed record ReportTarget(ProgressPlan Plan, PlanItem Item, int FiscalYear, IReadOnlyList<Owner> Owners)
{
    public int PlanId => Plan.Id;
    public string Key => Item.Key;
    public StatusScale Scale => Plan.Scale;
}

/// <summary>One department's part of a target: the owner line (部 with its 課 for this item) and the department's row id.</summary>
sealed record ReportPart(ReportTarget Target, Owner Owner, int DepartmentId);

/// <summary>
/// Progress reports (進行管理の報告): reading them as the caller may, and changing them only through the workflow
/// (<see cref="ReportWorkflow.Decide"/> with the caller's <see cref="ProgressActor"/> and the item's owners from the
/// plan's latest version). Every change is one transaction writing the rows and their <see cref="AuditEntry"/>
/// together; a stale expected version is refused with <see cref="ProgressConflict"/> and writes nothing. The API, the
/// staff pages and the Excel import all go through this class, so the rules hold whichever way a change arrives.
/// </summary>
public sealed partial class ProgressReports(TorikumiDbContext db, PortalPlans plans, ICurrentUser user, TimeProvider? clock = null)
{
    readonly TimeProvider time = clock ?? TimeProvider.System;

    ProgressActor Actor => user.Actor ?? ProgressActor.Public;
    bool IsStaff => Actor.Roles != ProgressRoles.None;
    string UserId => user.UserId ?? "anonymous";
    string UserName => user.DisplayName ?? user.Email ?? UserId;

    /// <summary>May the caller read this part in this state? Published: everyone; else reviewers, administrators and the part's editors.</summary>
    bool MayRead(Owner owner, ReportState? state) =>
        state == ReportState.Published || Actor.Is(ProgressRoles.Administrator) || Actor.Is(ProgressRoles.Reviewer) || Actor.Covers(owner);

    ProgressForbidden Forbidden(string japanese, string english) => user.IsAuthenticated
        ? new(japanese, english, true)
        : new("ログインしてください。", "Sign in first.", false);

    async Task<ProgressResult<ProgressPlan>> PlanAsync(int planId, CancellationToken ct)
    {
        var portal = await plans.FindAsync(planId, ct);
        if (portal is null)
            return new ProgressNotFound($"計画 {planId} はありません。", $"There is no plan with id {planId}.");
        var municipality = await db.Plans.Where(p => p.Id == planId).Select(p => p.MunicipalityId).FirstAsync(ct);
        return new ProgressPlan(portal, municipality, await ScaleOfAsync(planId, ct));
    }

    async Task<StatusScale> ScaleOfAsync(int planId, CancellationToken ct)
    {
        var stored = await db.PlanStatusScales.AsNoTracking().FirstOrDefaultAsync(s => s.PlanId == planId, ct);
        return stored?.ToScale() ?? StatusScales.Default;
    }

    static ProgressRefusal? CheckYear(ProgressPlan plan, int year)
    {
        var years = plan.Index.Plan.FiscalYears;
        if (year is < FiscalYears.MinYear or > FiscalYears.MaxYear || (years.Count > 0 && !years.Contains(year)))
            return new ProgressInvalid([new("fiscalYear",
                $"{(year is >= FiscalYears.MinYear and <= FiscalYears.MaxYear ? FiscalYears.Label(year) : year.ToString(System.Globalization.CultureInfo.InvariantCulture))}はこの計画の期間外です。{string.Join("、", years.Select(FiscalYears.Label))}のどれかにしてください。",
                $"FY{year} is outside this plan; use one of {string.Join(", ", years.Select(FiscalYears.EnglishLabel))}.")]);
        return null;
    }

    async Task<ProgressResult<ReportTarget>> TargetAsync(int planId, string key, int year, CancellationToken ct)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (CheckYear(plan, year) is { } bad)
            return bad;
        return Target(plan, key, year);
    }

    static ProgressResult<ReportTarget> Target(ProgressPlan plan, string key, int year)
    {
        var item = plan.Index.Item(key);
        if (item is null)
            return new ProgressNotFound($"計画 {plan.Id} に項目 {key} はありません。", $"Plan {plan.Id} has no item {key}.");
        var reportable = ReportableItems.Resolve(plan.Index, key);
        if (reportable is null)
        {
            var keys = string.Join(", ", ReportableItems.KeysOf(plan.Index, item));
            return new ProgressInvalid([new("key", $"項目 {key} は小項目ごとに報告します({keys})。",
                $"Item {key} is reported through its sub-items ({keys}).")]);
        }
        var owners = plan.Index.OwnersOf(reportable);
        if (owners.Count == 0)
            return new ProgressNotFound($"項目 {reportable.Key} には所管の部がないため、報告できません。",
                $"Item {reportable.Key} has no responsible department, so nothing is reported on it.");
        return new ReportTarget(plan, reportable, year, owners);
    }

    /// <summary>
    /// The department part a request names; without a name, the only one (an item with several needs the name). For a
    /// write (<paramref name="writing"/>), a named department that does not own the item is 404 only to someone who
    /// could write that department's part if it existed; anyone else is refused (403) as for a part that exists, so a
    /// wrong-department caller always learns the same thing.
    /// </summary>
    async Task<ProgressResult<ReportPart>> PartAsync(ReportTarget target, string? department, CancellationToken ct, ReportAction? writing = null)
    {
        Owner? owner;
        var names = string.Join("、", target.Owners.Select(o => o.Department));
        if (string.IsNullOrWhiteSpace(department))
        {
            if (target.Owners.Count > 1)
                return new ProgressInvalid([new("department", $"項目 {target.Key} は複数の部({names})が所管しています。どの部の報告か department で指定してください。",
                    $"Item {target.Key} has several departments ({names}); say which one with department.")]);
            owner = target.Owners[0];
        }
        else
        {
            var name = department.Normalize(NormalizationForm.FormC).Trim();
            owner = target.Owners.FirstOrDefault(o => o.Department == name);
            if (owner is null && writing is { } action
                && ReportWorkflow.Decide(null, action, Actor, new Owner(name, [])).Refusal is { Kind: WorkflowRefusalKind.NotPermitted or WorkflowRefusalKind.OutOfScope } denied)
                return Forbidden(denied.Japanese, denied.English);
            if (owner is null)
                return new ProgressNotFound($"項目 {target.Key} を「{name}」は所管していません(所管: {names})。",
                    $"Item {target.Key} is not one of \"{name}\"'s (its departments: {names}).");
        }
        var id = await db.Departments.Where(d => d.MunicipalityId == target.Plan.MunicipalityId && d.Name == owner.Department)
            .Select(d => d.Id).FirstOrDefaultAsync(ct);
        if (id == 0)
            return new ProgressNotFound($"部「{owner.Department}」が組織表にありません。", $"The department \"{owner.Department}\" is not in the organisation table.");
        return new ReportPart(target, owner, id);
    }

    async Task<ProgressResult<ReportPart>> ResolveAsync(int planId, string key, int year, string? department, CancellationToken ct,
        ReportAction? writing = null)
    {
        var target = await TargetAsync(planId, key, year, ct);
        return target.Value is null ? target.Refusal! : await PartAsync(target.Value, department, ct, writing);
    }

    IQueryable<ProgressReport> ReportsOf(ReportPart part) => db.ProgressReports.Where(r =>
        r.PlanId == part.Target.PlanId && r.ItemKey == part.Target.Key && r.FiscalYear == part.Target.FiscalYear && r.DepartmentId == part.DepartmentId);

    IQueryable<ReportIndicator> IndicatorsOf(ReportPart part) => db.ReportIndicators
        .Where(i => i.PlanId == part.Target.PlanId && i.ItemKey == part.Target.Key && i.DepartmentId == part.DepartmentId)
        .OrderBy(i => i.Position).ThenBy(i => i.Id);

    /// <summary>The part as now stored, read fresh (after a refused write, to show the caller what is there).</summary>
    async Task<ReportView> CurrentAsync(ReportPart part, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var report = await ReportsOf(part).AsNoTracking().FirstOrDefaultAsync(ct);
        var indicators = await IndicatorsOf(part).AsNoTracking().ToListAsync(ct);
        return ReportMapping.View(part, report, indicators, Actor, IsStaff);
    }

    AuditEntry Audit(int planId, string action, ReportPart? part = null, int? fiscalYear = null) => new()
    {
        At = time.GetUtcNow(),
        UserId = UserId,
        UserName = UserName,
        PlanId = planId,
        ItemKey = part?.Target.Key,
        FiscalYear = part?.Target.FiscalYear ?? fiscalYear,
        Department = part?.Owner.Department,
        Action = action,
    };

    void Touch(ProgressReport report)
    {
        report.Version++;
        report.UpdatedAt = time.GetUtcNow();
        report.UpdatedById = UserId;
        report.UpdatedByName = UserName;
    }

    /// <summary>
    /// Saves the tracked changes and the audit entry in one transaction; the entry's "after" is taken once the rows have
    /// their ids. False when a concurrent change got there first (a stale version token, or — when
    /// <paramref name="createdMeanwhile"/> says so after a failed insert — the same report created meanwhile); then
    /// nothing is written. Any other failure is thrown.
    /// </summary>
    async Task<bool> SaveAsync(AuditEntry audit, Func<string?> after, CancellationToken ct, Func<Task<bool>>? createdMeanwhile = null)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            audit.After = after();
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException) when (createdMeanwhile is not null)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await createdMeanwhile())
                return false;
            throw;
        }
    }
}
