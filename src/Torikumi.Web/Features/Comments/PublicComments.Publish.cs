using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Comments;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

/// <summary>How many submissions and opinions came through one channel.</summary>
public sealed record ChannelCount(string Channel, string Japanese, string English, int Submissions, int Opinions);

/// <summary>One published opinion: its number, summary (要旨), the ward's view (区の考え方) and classification. Nothing personal.</summary>
public sealed record PublishedOpinion(int Number, string Summary, string View, string Classification, string ClassificationJapanese,
    string ClassificationEnglish, int Merged);

/// <summary>The opinions on one item (or on the plan as a whole when <see cref="ItemKey"/> is null), in plan order.</summary>
public sealed record PublishedItem(string? ItemKey, string? ItemTitle, IReadOnlyList<PublishedOpinion> Opinions);

/// <summary>
/// The published result 「意見の概要と区の考え方」: the period, the counts by channel, then per item each summary, view and
/// classification. Built only from public fields: never a name, address, e-mail, receipt number or the full text.
/// </summary>
public sealed record PublishedResult(int PlanId, string PlanTitle, string? Stage, int VersionNumber, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string PeriodJapanese, string PeriodEnglish, string? ShortPeriodReason, DateTimeOffset PublishedAt, int Submitters, int Opinions,
    IReadOnlyList<ChannelCount> Channels, IReadOnlyList<PublishedItem> Items);

/// <summary>What publication did.</summary>
public sealed record PublishOutcome(DateTimeOffset PublishedAt, int Opinions);

/// <summary>What a purge deleted (or would delete, in a dry run), per period.</summary>
public sealed record PurgeLine(int PlanId, int PeriodId, DateTimeOffset Due, int PersonalData);

public sealed partial class PublicComments
{
    /// <summary>
    /// Publishes the result (administrators). Refused while an opinion is not yet approved (merged ones excepted) or
    /// while a summary or view still contains something that looks like personal data, listing each.
    /// </summary>
    public async Task<CommentResult<PublishOutcome>> PublishAsync(int planId, CancellationToken ct = default)
    {
        if (!IsAdministrator)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var period = await CurrentPeriodEntityAsync(planId, true, ct);
        if (period is null)
            return await db.Plans.AnyAsync(p => p.Id == planId, ct) ? NoPeriod(planId) : NoPlan(planId);
        var opinions = await db.Opinions.AsNoTracking().Where(o => o.CommentPeriodId == period.Id && o.State != OpinionState.Merged)
            .OrderBy(o => o.Number).Select(o => new { o.Number, o.State, o.Summary, o.View }).ToListAsync(ct);
        var errors = new List<CommentError>();
        var pending = opinions.Where(o => o.State != OpinionState.Approved).Select(o => o.Number).ToList();
        if (pending.Count > 0)
            errors.Add(new("opinions", $"区の考え方が未承認の意見があります: {string.Join("、", pending.Take(50))}{(pending.Count > 50 ? " ほか" : "")}。すべて承認してから公表してください。",
                $"Some opinions have no approved view yet: {string.Join(", ", pending.Take(50))}{(pending.Count > 50 ? " and more" : "")}. Approve them all before publishing."));
        foreach (var o in opinions)
            foreach (var (field, text) in new[] { ("summary", o.Summary), ("view", o.View) })
                foreach (var flag in CommentRules.Flags(text))
                    errors.Add(new($"opinion-{o.Number}",
                        $"意見 {o.Number} の{(field == "summary" ? "要旨" : "区の考え方")}に個人情報らしきもの({flag.Japanese}「{flag.Found}」)があります。取り除いてから公表してください。",
                        $"The {(field == "summary" ? "summary" : "view")} of opinion {o.Number} contains what looks like personal data ({flag.English} \"{flag.Found}\"). Remove it before publishing."));
        if (errors.Count > 0)
            return new CommentRefusal(RefusalKind.Conflict, "まだ公表できません。", "The result cannot be published yet.", errors);
        var first = period.ResultPublishedAt is null;
        period.ResultPublishedAt = Now;
        period.ResultPublishedById = UserId;
        period.ResultPublishedByName = UserName;
        period.Version++;
        Audit(planId, "comment-publish", after: new { opinions = opinions.Count, republished = !first });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PublishOutcome(period.ResultPublishedAt.Value, opinions.Count);
    }

    /// <summary>The published result, for everyone; a 404 refusal until it is published.</summary>
    public async Task<CommentResult<PublishedResult>> ResultAsync(int planId, CancellationToken ct = default)
    {
        var period = await db.CommentPeriods.AsNoTracking().Include(p => p.PlanVersion).Include(p => p.Plan)
            .Where(p => p.PlanId == planId && p.ResultPublishedAt != null).OrderByDescending(p => p.PlanVersion.Number).FirstOrDefaultAsync(ct);
        if (period is null)
            return await db.Plans.AnyAsync(p => p.Id == planId, ct)
                ? CommentRefusal.NotFound($"計画 {planId} の意見募集の結果はまだ公表されていません。", $"The result of the comment period on plan {planId} has not been published yet.")
                : NoPlan(planId);
        var index = await plans.OfVersionAsync(period.PlanVersionId, ct);
        // Only what was approved by the time of publication is public; later edits wait for the next publication.
        var publishedAt = period.ResultPublishedAt!.Value;
        var opinions = await db.Opinions.AsNoTracking().Where(o => o.CommentPeriodId == period.Id)
            .Select(o => new { o.Id, o.Number, o.ItemKey, o.State, o.Summary, o.View, o.Classification, o.MergedIntoId, o.ApprovedAt, o.Submission.Channel })
            .ToListAsync(ct);
        var submissions = await db.CommentSubmissions.AsNoTracking().Where(s => s.CommentPeriodId == period.Id)
            .GroupBy(s => s.Channel).Select(g => new { Channel = g.Key, Count = g.Count() }).ToListAsync(ct);
        var live = opinions.Where(o => o.State == OpinionState.Approved && o.ApprovedAt <= publishedAt).ToList();
        var merged = opinions.Where(o => o.MergedIntoId is not null).GroupBy(o => o.MergedIntoId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var channels = CommentRules.Channels
            .Select(c => new ChannelCount(c.Code, c.Japanese, c.English, submissions.FirstOrDefault(s => s.Channel == c.Code)?.Count ?? 0,
                opinions.Count(o => o.Channel == c.Code && o.State != OpinionState.Merged)))
            .Where(c => c.Submissions > 0 || c.Opinions > 0).ToList();
        var order = index?.Items.Select((item, i) => (item.Key, i)).ToDictionary(x => x.Key, x => x.i) ?? [];
        var items = live.GroupBy(o => o.ItemKey)
            .OrderBy(g => g.Key is null ? -1 : order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PublishedItem(g.Key, ItemTitle(index, g.Key), [.. g.OrderBy(o => o.Number).Select(o =>
            {
                var c = CommentRules.Find(CommentRules.Classifications, o.Classification);
                return new PublishedOpinion(o.Number, o.Summary, o.View, o.Classification ?? "", c?.Japanese ?? "", c?.English ?? "", merged.GetValueOrDefault(o.Id));
            })]))
            .ToList();
        return new PublishedResult(planId, period.PlanVersion.Title, period.PlanVersion.Stage, period.PlanVersion.Number, period.StartsAt, period.EndsAt,
            CommentPeriodRules.Japanese(period.StartsAt, period.EndsAt), CommentPeriodRules.English(period.StartsAt, period.EndsAt),
            period.ShortPeriodReason, publishedAt, submissions.Sum(s => s.Count), opinions.Count(o => o.State != OpinionState.Merged), channels, items);
    }

    /// <summary>
    /// Deletes the submitters' names, addresses and e-mails (and the rate-limit keys) of every period whose retention
    /// has passed (end + retention days); the submissions and opinions stay. <paramref name="dryRun"/> only counts.
    /// Called by <c>torikumi comments purge</c>, which runs as the system, not as an account.
    /// </summary>
    public async Task<IReadOnlyList<PurgeLine>> PurgeAsync(int? planId, bool dryRun, CancellationToken ct = default)
    {
        var periods = await db.CommentPeriods.AsNoTracking().Where(p => planId == null || p.PlanId == planId)
            .Select(p => new { p.Id, p.PlanId, p.EndsAt, p.RetentionDays }).ToListAsync(ct);
        var lines = new List<PurgeLine>();
        foreach (var p in periods.OrderBy(p => p.Id))
        {
            var due = p.EndsAt.AddDays(p.RetentionDays);
            if (due > Now)
                continue;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var personal = db.CommentPersonalData.Where(d => d.Submission.CommentPeriodId == p.Id);
            var count = await personal.CountAsync(ct);
            if (!dryRun)
            {
                await personal.ExecuteDeleteAsync(ct);
                await db.CommentSubmissions.Where(s => s.CommentPeriodId == p.Id && s.ClientKey != null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClientKey, (string?)null), ct);
                await db.CommentPeriods.Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonalDataPurgedAt, Now), ct);
                Audit(p.PlanId, "comment-purge", after: new { period = p.Id, deleted = count });
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            lines.Add(new PurgeLine(p.PlanId, p.Id, due, count));
        }
        return lines;
    }
}
