using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress;

/// <summary>A plan's status scale; <see cref="UpdatedAt"/> and <see cref="UpdatedBy"/> say who last set it (null for the default).</summary>
public sealed record ScaleView(int PlanId, bool IsDefault, IReadOnlyList<ProgressStatus> Statuses, StatusSuggestionCodes? Suggestions,
    DateTimeOffset? UpdatedAt = null, string? UpdatedBy = null);

public sealed record DeadlineView(int PlanId, int FiscalYear, string FiscalYearLabel, DateOnly? Due);

public sealed partial class ProgressReports
{
    /// <summary>The plan's status scale (the default one until an administrator sets another).</summary>
    public async Task<ProgressResult<ScaleView>> ScaleAsync(int planId, CancellationToken ct = default)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        var stored = await db.PlanStatusScales.AsNoTracking().Where(s => s.PlanId == planId)
            .Select(s => new { s.UpdatedAt, s.UpdatedByName }).FirstOrDefaultAsync(ct);
        return new ScaleView(planId, stored is null, plan.Scale.Statuses, plan.Scale.Suggestions, stored?.UpdatedAt, stored?.UpdatedByName);
    }

    /// <summary>
    /// Sets the plan's status scale (administrators). Refused when it breaks a rule of <see cref="StatusScale"/>, or when
    /// stored reports use a code the new scale lacks (rename labels freely; codes stay).
    /// </summary>
    public async Task<ProgressResult<ScaleView>> SetScaleAsync(int planId, IReadOnlyList<ProgressStatus> statuses,
        StatusSuggestionCodes? suggestions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var found = await PlanAsync(planId, ct);
        if (found.Value is null)
            return found.Refusal!;
        if (!Actor.Is(ProgressRoles.Administrator))
            return Forbidden("ステータスの段階は企画課(管理者)だけが変更できます。", "Only the planning division (administrators) may change the status scale.");
        if (!StatusScale.TryCreate(statuses, suggestions, out var scale, out var errors))
            return new ProgressInvalid(errors);
        var codes = scale.Statuses.Select(s => s.Code).ToList();
        var inUse = await db.ProgressReports.Where(r => r.PlanId == planId && r.StatusCode != null && !codes.Contains(r.StatusCode))
            .GroupBy(r => new { r.StatusCode, r.FiscalYear })
            .Select(g => new { Code = g.Key.StatusCode!, g.Key.FiscalYear, Count = g.Count() })
            .ToListAsync(ct);
        if (inUse.Count > 0)
        {
            var current = found.Value.Scale;
            return new ProgressInvalid([.. inUse.GroupBy(u => u.Code).OrderBy(g => current.PositionOf(g.Key)).Select(g =>
            {
                var label = current.Find(g.Key)?.Japanese ?? g.Key;
                var count = g.Sum(u => u.Count);
                var years = g.Select(u => u.FiscalYear).Order().ToList();
                return new ProgressError("statuses",
                    $"「{label}」(コード {g.Key})は{count}件の報告({string.Join("、", years.Select(FiscalYears.Label))})で使われているため、外せません。残してください(名称・順序・点数は変えられます)。",
                    $"\"{current.Find(g.Key)?.English ?? g.Key}\" (code {g.Key}) is used by {count} report(s) ({string.Join(", ", years.Select(FiscalYears.EnglishLabel))}), so it cannot be removed; keep it (its labels, order and score may change).");
            })]);
        }

        var row = await db.PlanStatusScales.FirstOrDefaultAsync(s => s.PlanId == planId, ct);
        var before = row is null ? null : ReportMapping.Json(new { statuses = row.Statuses, suggestions = new { row.SuggestReached, row.SuggestNearly, row.SuggestBehind } });
        if (row is null)
        {
            row = new PlanStatusScale { PlanId = planId, UpdatedById = UserId, UpdatedByName = UserName };
            db.PlanStatusScales.Add(row);
        }
        row.Statuses = [.. scale.Statuses];
        row.SuggestReached = scale.Suggestions?.Reached;
        row.SuggestNearly = scale.Suggestions?.Nearly;
        row.SuggestBehind = scale.Suggestions?.Behind;
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedById = UserId;
        row.UpdatedByName = UserName;
        var audit = Audit(planId, "scale");
        audit.Before = before;
        if (!await SaveAsync(audit, () => ReportMapping.Json(new { statuses = row.Statuses, suggestions = new { row.SuggestReached, row.SuggestNearly, row.SuggestBehind } }), ct))
            return ChangedMeanwhile();
        return new ScaleView(planId, false, scale.Statuses, scale.Suggestions, row.UpdatedAt, row.UpdatedByName);
    }

    /// <summary>The submission deadline of a fiscal year, if one is set.</summary>
    public async Task<ProgressResult<DeadlineView>> DeadlineAsync(int planId, int fiscalYear, CancellationToken ct = default)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (CheckYear(plan, fiscalYear) is { } bad)
            return bad;
        var due = await db.ProgressDeadlines.Where(d => d.PlanId == planId && d.FiscalYear == fiscalYear).Select(d => (DateOnly?)d.Due).FirstOrDefaultAsync(ct);
        return new DeadlineView(planId, fiscalYear, FiscalYears.Label(fiscalYear), due);
    }

    /// <summary>Sets (or, with null, removes) the submission deadline of a fiscal year (administrators).</summary>
    public async Task<ProgressResult<DeadlineView>> SetDeadlineAsync(int planId, int fiscalYear, DateOnly? due, CancellationToken ct = default)
    {
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (!Actor.Is(ProgressRoles.Administrator))
            return Forbidden("提出期限は企画課(管理者)だけが設定できます。", "Only the planning division (administrators) may set deadlines.");
        if (CheckYear(plan, fiscalYear) is { } bad)
            return bad;
        var row = await db.ProgressDeadlines.FirstOrDefaultAsync(d => d.PlanId == planId && d.FiscalYear == fiscalYear, ct);
        var audit = Audit(planId, "deadline", fiscalYear: fiscalYear);
        audit.Before = row is null ? null : ReportMapping.Json(new { due = row.Due });
        if (due is null)
        {
            if (row is null)
                return new DeadlineView(planId, fiscalYear, FiscalYears.Label(fiscalYear), null);
            db.ProgressDeadlines.Remove(row);
        }
        else
        {
            if (row is null)
            {
                row = new ProgressDeadline { PlanId = planId, FiscalYear = fiscalYear, UpdatedById = UserId, UpdatedByName = UserName };
                db.ProgressDeadlines.Add(row);
            }
            row.Due = due.Value;
            row.UpdatedAt = time.GetUtcNow();
            row.UpdatedById = UserId;
            row.UpdatedByName = UserName;
        }
        if (!await SaveAsync(audit, () => due is null ? null : ReportMapping.Json(new { due }), ct))
            return ChangedMeanwhile();
        return new DeadlineView(planId, fiscalYear, FiscalYears.Label(fiscalYear), due);
    }

    static ProgressStateConflict ChangedMeanwhile() =>
        new("他の人が同時に変更しました。何も保存していません。もう一度実行してください。", "Someone else changed this at the same time; nothing was saved. Try again.", null);
}
