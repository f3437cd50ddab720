using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress;

public sealed partial class ProgressReports
{
    /// <summary>
    /// 一時保存: creates or replaces the content of a department's report. <paramref name="expectedVersion"/> is the version
    /// the caller read (0 for a part not started); any other stored version is refused with <see cref="ProgressConflict"/>.
    /// </summary>
    public Task<ProgressResult<ReportView>> SaveDraftAsync(int planId, string key, int fiscalYear, string? department,
        int expectedVersion, ReportDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return StepAsync(planId, key, fiscalYear, department, expectedVersion, ReportAction.SaveDraft, null, "save", (step) =>
        {
            var errors = new List<ProgressError>();
            var checkedDraft = DraftRules.Check(draft, step.Part.Target.Scale, fiscalYear, [.. step.Indicators.Select(i => i.ToIndicator())], errors);
            if (errors.Count > 0)
                return new ProgressInvalid(errors);
            var report = step.Report ??= Create(step.Part);
            report.State = step.Decision.NewState!.Value;
            report.Planned = checkedDraft.Plan;
            report.Result = checkedDraft.Result;
            report.StatusCode = checkedDraft.StatusCode;
            report.StatusReason = checkedDraft.StatusReason;
            report.Percent = checkedDraft.Percent;
            report.Remarks = checkedDraft.Remarks;
            report.Evidence = checkedDraft.Evidence;
            if (checkedDraft.Indicators is { } indicators)
                ReplaceIndicators(step, indicators);
            return null;
        }, ct);
    }

    /// <summary>提出: the department sends the report to the planning division; it needs a status (and a reason where it overrides the suggestion).</summary>
    public Task<ProgressResult<ReportView>> SubmitAsync(int planId, string key, int fiscalYear, string? department,
        int? expectedVersion = null, CancellationToken ct = default) =>
        StepAsync(planId, key, fiscalYear, department, expectedVersion, ReportAction.Submit, null, "submit", step =>
        {
            var report = step.Report!;
            if (report.StatusCode is null || step.Part.Target.Scale.Find(report.StatusCode) is null)
                return new ProgressInvalid([new("status", "提出する前にステータスを選んで保存してください。", "Choose a status and save before submitting.")]);
            var suggestion = StatusSuggestions.Suggest(step.Indicators.Select(i => i.ToIndicator()), fiscalYear, step.Part.Target.Scale);
            if (StatusSuggestions.CheckChoice(suggestion, report.StatusCode, report.StatusReason) is { } error)
                return new ProgressInvalid([error]);
            report.State = step.Decision.NewState!.Value;
            report.ReturnReason = null;
            return null;
        }, ct);

    /// <summary>差戻し: a reviewer sends a submitted (or approved, not yet published) report back with a reason.</summary>
    public Task<ProgressResult<ReportView>> ReturnAsync(int planId, string key, int fiscalYear, string? department, string? reason,
        int? expectedVersion = null, CancellationToken ct = default) =>
        StepAsync(planId, key, fiscalYear, department, expectedVersion, ReportAction.Return, reason, "return", step =>
        {
            step.Report!.State = step.Decision.NewState!.Value;
            step.Report.ReturnReason = step.Decision.Reason;
            return null;
        }, ct);

    /// <summary>承認.</summary>
    public Task<ProgressResult<ReportView>> ApproveAsync(int planId, string key, int fiscalYear, string? department,
        int? expectedVersion = null, CancellationToken ct = default) =>
        StepAsync(planId, key, fiscalYear, department, expectedVersion, ReportAction.Approve, null, "approve", step =>
        {
            step.Report!.State = step.Decision.NewState!.Value;
            return null;
        }, ct);

    /// <summary>公表: the report becomes public.</summary>
    public Task<ProgressResult<ReportView>> PublishAsync(int planId, string key, int fiscalYear, string? department,
        int? expectedVersion = null, CancellationToken ct = default) =>
        StepAsync(planId, key, fiscalYear, department, expectedVersion, ReportAction.Publish, null, "publish", step =>
        {
            step.Report!.State = step.Decision.NewState!.Value;
            return null;
        }, ct);

    /// <summary>
    /// Publishes every approved report of a fiscal year at once (administrators), optionally of one department only, in
    /// one transaction with an audit entry each. <paramref name="expected"/> is the number the administrator confirmed:
    /// when reports were approved or returned meanwhile, nothing is published and the new number is given.
    /// </summary>
    public async Task<ProgressResult<PublishedCount>> PublishAllApprovedAsync(int planId, int fiscalYear, CancellationToken ct = default,
        string? department = null, int? expected = null)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (!Actor.Is(ProgressRoles.Administrator))
            return Forbidden("公表は企画課(管理者)だけができます。", "Only the planning division (administrators) may publish.");
        if (CheckYear(plan, fiscalYear) is { } bad)
            return bad;

        var query = db.ProgressReports.Include(r => r.Department)
            .Where(r => r.PlanId == planId && r.FiscalYear == fiscalYear && r.State == ReportState.Approved);
        if (!string.IsNullOrWhiteSpace(department))
        {
            var name = department.Normalize(System.Text.NormalizationForm.FormC).Trim();
            if (!await db.Departments.AnyAsync(d => d.MunicipalityId == plan.MunicipalityId && d.Name == name, ct))
                return new ProgressNotFound($"部「{name}」が組織表にありません。", $"The department \"{name}\" is not in the organisation table.");
            query = query.Where(r => r.Department.Name == name);
        }
        var approved = await query.OrderBy(r => r.Id).ToListAsync(ct);
        if (expected is { } confirmed && confirmed != approved.Count)
        {
            db.ChangeTracker.Clear();
            return new ProgressStateConflict(
                $"確認したあとで承認済みの報告の数が変わりました({confirmed}件 → {approved.Count}件)。何も公表していません。件数を確かめて、もう一度実行してください。",
                $"The number of approved reports changed since you confirmed ({confirmed} → {approved.Count}); nothing was published. Check the number and try again.", null);
        }
        var entries = new List<(AuditEntry Audit, ProgressReport Report)>();
        foreach (var report in approved)
        {
            var before = ReportMapping.Snapshot(report, null);
            report.State = ReportState.Published;
            Touch(report);
            var audit = new AuditEntry
            {
                At = time.GetUtcNow(), UserId = UserId, UserName = UserName, PlanId = planId, ItemKey = report.ItemKey,
                FiscalYear = fiscalYear, Department = report.Department.Name, Action = "publish", Before = before,
            };
            entries.Add((audit, report));
        }
        if (entries.Count == 0)
            return new PublishedCount(planId, fiscalYear, 0);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var (audit, report) in entries)
            {
                audit.After = ReportMapping.Snapshot(report, null);
                db.AuditEntries.Add(audit);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return new ProgressStateConflict("公表の途中で他の人が報告を変更しました。何も公表していません。もう一度実行してください。",
                "Someone changed a report while publishing; nothing was published. Try again.", null);
        }
        return new PublishedCount(planId, fiscalYear, entries.Count);
    }

    /// <summary>What a workflow step works on: the part, its stored report (tracked; null when not started), its indicators and the decision.</summary>
    sealed class Step(ReportPart part, ProgressReport? report, List<ReportIndicator> indicators, WorkflowDecision decision)
    {
        public ReportPart Part { get; } = part;
        /// <summary>Null until a first save creates it.</summary>
        public ProgressReport? Report { get; set; } = report;
        public List<ReportIndicator> Indicators { get; } = indicators;
        public WorkflowDecision Decision { get; } = decision;
    }

    /// <summary>
    /// The shape of every change to a report: resolve the part; refuse callers out of scope before telling them anything;
    /// refuse a stale <paramref name="expectedVersion"/> with the current report; refuse a step that does not apply in
    /// the current state; let <paramref name="apply"/> validate and change the rows; then save the rows and the audit
    /// entry (before and after) in one transaction.
    /// </summary>
    async Task<ProgressResult<ReportView>> StepAsync(int planId, string key, int fiscalYear, string? department, int? expectedVersion,
        ReportAction action, string? reason, string auditAction, Func<Step, ProgressRefusal?> apply, CancellationToken ct)
    {
        var resolved = await ResolveAsync(planId, key, fiscalYear, department, ct, action);
        if (resolved.Value is not { } part)
            return resolved.Refusal!;
        var report = await ReportsOf(part).FirstOrDefaultAsync(ct);
        var indicators = await IndicatorsOf(part).ToListAsync(ct);
        var decision = ReportWorkflow.Decide(report?.State, action, Actor, part.Owner, reason);
        if (decision.Refusal is { Kind: WorkflowRefusalKind.NotPermitted or WorkflowRefusalKind.OutOfScope } denied)
            return Forbidden(denied.Japanese, denied.English);
        if (expectedVersion is { } expected && expected != (report?.Version ?? 0))
            return new ProgressConflict(ReportMapping.View(part, report, indicators, Actor, IsStaff));
        if (decision.Refusal is { } refusal)
            return refusal.Kind == WorkflowRefusalKind.InvalidReason
                ? new ProgressInvalid([new("reason", refusal.Japanese, refusal.English)])
                : new ProgressStateConflict(refusal.Japanese, refusal.English, ReportMapping.View(part, report, indicators, Actor, IsStaff));

        var before = ReportMapping.Snapshot(report, indicators);
        var indicatorsBefore = indicators.Select(i => i.ToIndicator()).ToList();
        var step = new Step(part, report, indicators, decision);
        var refused = apply(step) ?? await KeepPublishedYearsAsync(part, indicatorsBefore, ct);
        if (refused is not null)
        {
            db.ChangeTracker.Clear();
            return refused;
        }
        var saved = step.Report!;
        Touch(saved);
        var audit = Audit(planId, auditAction, part);
        audit.Before = before;
        var current = step.Indicators;
        if (!await SaveAsync(audit, () => ReportMapping.Snapshot(saved, current), ct,
                report is null ? () => ReportsOf(part).AnyAsync(ct) : null))
            return new ProgressConflict(await CurrentAsync(part, ct));
        return ReportMapping.View(part, saved, current, Actor, IsStaff);
    }

    ProgressReport Create(ReportPart part)
    {
        var now = time.GetUtcNow();
        var report = new ProgressReport
        {
            PlanId = part.Target.PlanId,
            ItemKey = part.Target.Key,
            FiscalYear = part.Target.FiscalYear,
            DepartmentId = part.DepartmentId,
            Sections = [.. part.Owner.Sections],
            CreatedAt = now,
            CreatedById = UserId,
            CreatedByName = UserName,
            UpdatedById = UserId,
            UpdatedByName = UserName,
        };
        db.ProgressReports.Add(report);
        return report;
    }

    /// <summary>Replaces the department's indicators of the item: rows are reused in order, extra ones removed, new ones added.</summary>
    void ReplaceIndicators(Step step, IReadOnlyList<Indicator> indicators)
    {
        var rows = step.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            ReportIndicator row;
            if (i < rows.Count)
            {
                row = rows[i];
                var was = ReportMapping.Json(ReportMapping.IndicatorSnapshot(row));
                row.Set(indicators[i]);
                if (ReportMapping.Json(ReportMapping.IndicatorSnapshot(row)) == was)
                    continue;
            }
            else
            {
                row = NewIndicator(step.Part, i);
                row.Set(indicators[i]);
                rows.Add(row);
            }
            TouchIndicator(row);
        }
        foreach (var extra in rows.Skip(indicators.Count).ToList())
        {
            db.ReportIndicators.Remove(extra);
            rows.Remove(extra);
        }
    }

    ReportIndicator NewIndicator(ReportPart part, int position)
    {
        var row = new ReportIndicator
        {
            PlanId = part.Target.PlanId,
            ItemKey = part.Target.Key,
            DepartmentId = part.DepartmentId,
            Position = position,
            Name = "",
            UpdatedById = UserId,
            UpdatedByName = UserName,
        };
        db.ReportIndicators.Add(row);
        return row;
    }

    void TouchIndicator(ReportIndicator row)
    {
        row.Version++;
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedById = UserId;
        row.UpdatedByName = UserName;
    }
}
