using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Comments;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

public sealed partial class PublicComments
{
    public const int MaxHowToSubmit = 2000;
    public const int MaxContact = 1000;
    public const int MaxRetentionDays = 3650;

    /// <summary>The period the plan's pages speak of (public), or null when the plan has none.</summary>
    public async Task<PeriodView?> PeriodAsync(int planId, CancellationToken ct = default)
    {
        // Read on every page of the plan and every send: only the period and its version's number (the version row
        // itself, with its JSON columns, is not materialised).
        var found = await db.CommentPeriods.AsNoTracking().Where(p => p.PlanId == planId).OrderByDescending(p => p.PlanVersion.Number)
            .Select(p => new { Period = p, VersionNumber = p.PlanVersion.Number }).FirstOrDefaultAsync(ct);
        return found is null ? null : ToView(found.Period, found.VersionNumber);
    }

    /// <summary>
    /// Opens a period on a version (the latest when none is given), or changes the one already there. Administrators
    /// only. A period under 30 days needs a reason, which is recorded; the warning comes back with the saved period.
    /// </summary>
    public async Task<CommentResult<PeriodSaved>> OpenPeriodAsync(int planId, PeriodInput input, CancellationToken ct = default)
    {
        if (!IsAdministrator)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        var versions = db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId);
        var version = input.VersionNumber is { } n
            ? await versions.Where(v => v.Number == n).Select(v => new { v.Id, v.Number }).FirstOrDefaultAsync(ct)
            : await versions.OrderByDescending(v => v.Number).Select(v => new { v.Id, v.Number }).FirstOrDefaultAsync(ct);
        if (version is null)
            return input.VersionNumber is { } missing && await versions.AnyAsync(ct)
                ? CommentRefusal.Invalid("version", $"計画 {planId} に第{missing}版はありません。", $"Plan {planId} has no version {missing}.")
                : NoPlan(planId);

        var errors = new List<CommentError>();
        if (input.From is null)
            errors.Add(new("from", "開始日を入力してください(例: 2026-12-01)。", "Enter the first day (e.g. 2026-12-01)."));
        if (input.To is null)
            errors.Add(new("to", "終了日を入力してください(例: 2026-12-31)。", "Enter the last day (e.g. 2026-12-31)."));
        PeriodCheck? check = null;
        if (input.From is { } from && input.To is { } to)
        {
            check = CommentPeriodRules.Check(CommentPeriodRules.StartOfDayJst(from), CommentPeriodRules.EndOfDayJst(to), input.ShortPeriodReason, Now);
            errors.AddRange(check.Errors.Select(e => new CommentError(e.Code.Contains("reason", StringComparison.Ordinal) ? "reason" : "to", e.Japanese, e.English)));
        }
        var how = input.HowToSubmit?.Trim() ?? "";
        var contact = input.Contact?.Trim() ?? "";
        if (how.Length > MaxHowToSubmit)
            errors.Add(new("howToSubmit", $"提出方法は{MaxHowToSubmit:N0}文字以内にしてください。", $"Keep how to submit to {MaxHowToSubmit:N0} characters."));
        if (contact.Length > MaxContact)
            errors.Add(new("contact", $"問い合わせ先は{MaxContact:N0}文字以内にしてください。", $"Keep the contact to {MaxContact:N0} characters."));
        var retention = input.RetentionDays ?? Options.DefaultRetentionDays;
        if (retention is < 0 or > MaxRetentionDays)
            errors.Add(new("retentionDays", $"個人情報の保存期間は0〜{MaxRetentionDays}日にしてください。", $"Keep personal data for 0 to {MaxRetentionDays} days."));
        if (errors.Count > 0)
            return CommentRefusal.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var period = await db.CommentPeriods.Include(p => p.PlanVersion).FirstOrDefaultAsync(p => p.PlanVersionId == version.Id, ct);
        var created = period is null;
        object? before = null;
        if (period is null)
        {
            period = new CommentPeriod
            {
                PlanId = planId, PlanVersionId = version.Id, CreatedAt = Now, CreatedById = UserId, CreatedByName = UserName,
                UpdatedById = UserId, UpdatedByName = UserName,
            };
            db.CommentPeriods.Add(period);
        }
        else
        {
            if (input.ExpectedVersion is { } expected && expected != period.Version)
                return new CommentRefusal(RefusalKind.Stale, $"この期間は他の人が先に変更しました(版 {period.Version})。最新の内容を確認してから、もう一度保存してください。",
                    $"Someone changed this period since you read it (now version {period.Version}). Check it, then save again.", CurrentVersion: period.Version);
            before = AuditOf(period);
        }
        period.StartsAt = CommentPeriodRules.StartOfDayJst(input.From!.Value).ToUniversalTime();
        period.EndsAt = CommentPeriodRules.EndOfDayJst(input.To!.Value).ToUniversalTime();
        period.HowToSubmit = how;
        period.Contact = contact;
        period.ShortPeriodReason = check!.IsShort ? check.Reason : null;
        period.RetentionDays = retention;
        period.Version++;
        period.UpdatedAt = Now;
        period.UpdatedById = UserId;
        period.UpdatedByName = UserName;
        await db.SaveChangesAsync(ct);
        Audit(planId, created ? "comment-period-open" : "comment-period-change", before: before, after: AuditOf(period));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (period.PlanVersion is null)
            await db.Entry(period).Reference(p => p.PlanVersion).LoadAsync(ct);
        return new PeriodSaved(ToView(period, period.PlanVersion!.Number), check.Warnings, created);
    }

    static object AuditOf(CommentPeriod p) => new
    {
        start = p.StartsAt, end = p.EndsAt, p.HowToSubmit, p.Contact, reason = p.ShortPeriodReason, p.RetentionDays, p.Version,
    };
}
