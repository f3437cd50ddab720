using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torikumi.Core.Comments;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Entities;
using Torikumi.Web.Accounts;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// The public comment procedure (パブリックコメント, docs/comments.md): the period, the intake, the staff work on the
/// opinions and the published result. Pages, the API and the CLI all go through here, so the rules, the permissions
/// and the audit trail are the same everywhere. Every write is one transaction.
/// </summary>
public sealed partial class PublicComments(TorikumiDbContext db, ICurrentUser user, TimeProvider clock, IOptions<CommentOptions> options,
    CommentPlans plans, IntakeWriter writer)
{
    CommentOptions Options => options.Value;

    /// <summary>Always UTC: PostgreSQL stores only UTC, and SQLite compares instants as text, which holds only with one offset.</summary>
    DateTimeOffset Now => clock.GetUtcNow().ToUniversalTime();

    bool IsAdministrator => user.IsAuthenticated && user.Actor.Is(ProgressRoles.Administrator);

    bool IsReviewer => user.IsAuthenticated && (user.Actor.Is(ProgressRoles.Reviewer) || IsAdministrator);

    bool IsStaff => user.IsAuthenticated && user.Actor.Roles != ProgressRoles.None;

    string UserId => user.UserId ?? "system";

    string UserName => user.DisplayName ?? user.UserId ?? "system";

    /// <summary>The period residents see for the plan: the one on its latest version, else the plan's latest period.</summary>
    async Task<CommentPeriod?> CurrentPeriodEntityAsync(int planId, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.CommentPeriods : db.CommentPeriods.AsNoTracking();
        return await query.Include(p => p.PlanVersion).Where(p => p.PlanId == planId)
            .OrderByDescending(p => p.PlanVersion.Number).FirstOrDefaultAsync(ct);
    }

    PeriodView ToView(CommentPeriod p, int versionNumber) => new(p.Id, p.PlanId, p.PlanVersionId, versionNumber, p.StartsAt, p.EndsAt, p.HowToSubmit,
        p.Contact, p.ShortPeriodReason, p.RetentionDays, CommentPeriodRules.PhaseAt(p.StartsAt, p.EndsAt, Now), p.ResultPublishedAt, p.Version);

    void Audit(int planId, string action, string? itemKey = null, object? before = null, object? after = null, string? department = null) =>
        db.AuditEntries.Add(AuditEntryOf(planId, action, itemKey, before, after, department));

    AuditEntry AuditEntryOf(int planId, string action, string? itemKey = null, object? before = null, object? after = null, string? department = null) =>
        new()
        {
            At = Now,
            UserId = UserId,
            UserName = UserName,
            PlanId = planId,
            ItemKey = itemKey,
            Department = department,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        };

    static CommentRefusal NoPlan(int planId) =>
        CommentRefusal.NotFound($"計画 {planId} は見つかりません。", $"There is no plan {planId}.");

    static CommentRefusal NoPeriod(int planId) =>
        CommentRefusal.NotFound($"計画 {planId} には意見募集期間がありません。管理者が期間を設定すると受け付けを始めます。",
            $"Plan {planId} has no comment period. Submissions start once an administrator opens one.");
}
