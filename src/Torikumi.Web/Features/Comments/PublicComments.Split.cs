using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Comments;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

public sealed partial class PublicComments
{
    /// <summary>
    /// Splits one opinion into several (one submission may raise several points): the first part stays under its
    /// number, the others get new numbers. Each part is a piece of the text as staff cut it; reviewers and administrators.
    /// </summary>
    public async Task<CommentResult<IReadOnlyList<int>>> SplitAsync(int planId, int number, IReadOnlyList<string> parts, CancellationToken ct = default)
    {
        if (!IsReviewer)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        var texts = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => OpinionText.Normalise(p.Trim())).ToList();
        if (texts.Count < 2)
            return CommentRefusal.Invalid("parts", "分けるには、2つ以上の部分に本文を入れてください。", "Give at least two parts to split into.");
        if (texts.Any(t => t.Length > OpinionText.MaxUtf16Length))
            return CommentRefusal.Invalid("parts", "部分が長すぎます。", "A part is too long.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var opinion = await db.Opinions.FirstOrDefaultAsync(o => o.PlanId == planId && o.Number == number, ct);
        if (opinion is null)
            return NoOpinion(planId, number);
        if (opinion.State is OpinionState.Approved or OpinionState.Merged)
            return new CommentRefusal(RefusalKind.Conflict, "承認済み・統合済みの意見は分けられません。", "An approved or merged opinion cannot be split.", CurrentVersion: opinion.Version);
        // New numbers from the plan's counter, as the intake takes them (inside this transaction: undone with it).
        var next = await IntakeNumbers.TakeOpinionNumbersAsync(db, planId, texts.Count - 1, ct) - 1;
        var partBase = await db.Opinions.Where(o => o.SubmissionId == opinion.SubmissionId).MaxAsync(o => o.Part, ct);
        var before = new { opinion.Number, opinion.Text };
        opinion.Text = texts[0];
        if (opinion.Part == 0)
            opinion.Part = ++partBase;
        opinion.Version++;
        opinion.UpdatedAt = Now;
        opinion.UpdatedById = UserId;
        opinion.UpdatedByName = UserName;
        var numbers = new List<int> { opinion.Number };
        foreach (var text in texts.Skip(1))
        {
            var part = new Opinion
            {
                PlanId = planId, CommentPeriodId = opinion.CommentPeriodId, Number = ++next, SubmissionId = opinion.SubmissionId,
                Part = ++partBase, ItemKey = opinion.ItemKey, Text = text, State = OpinionState.Received, Version = 1, UpdatedAt = Now,
                UpdatedById = UserId, UpdatedByName = UserName, DepartmentId = opinion.DepartmentId,
            };
            if (part.DepartmentId is not null)
                part.State = OpinionState.Assigned;
            db.Opinions.Add(part);
            numbers.Add(part.Number);
        }
        Audit(planId, "opinion-split", opinion.ItemKey, before, new { numbers });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return numbers;
    }

    /// <summary>
    /// Merges near-duplicate opinions into one (<paramref name="into"/>): the merged ones are answered by its summary and
    /// view, and not published on their own. Reviewers and administrators.
    /// </summary>
    public async Task<CommentResult<int>> MergeAsync(int planId, int number, int into, CancellationToken ct = default)
    {
        if (!IsReviewer)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        if (number == into)
            return CommentRefusal.Invalid("into", "統合先に同じ意見は選べません。", "An opinion cannot be merged into itself.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var opinion = await db.Opinions.FirstOrDefaultAsync(o => o.PlanId == planId && o.Number == number, ct);
        var target = await db.Opinions.FirstOrDefaultAsync(o => o.PlanId == planId && o.Number == into, ct);
        if (opinion is null)
            return NoOpinion(planId, number);
        if (target is null)
            return CommentRefusal.Invalid("into", $"統合先の意見 {into} はありません。", $"There is no opinion {into} to merge into.");
        if (target.State == OpinionState.Merged)
            return CommentRefusal.Invalid("into", $"意見 {into} 自体が統合済みです。統合先の意見を選んでください。", $"Opinion {into} is itself merged; choose the one it was merged into.");
        if (opinion.State == OpinionState.Approved)
            return new CommentRefusal(RefusalKind.Conflict, "承認済みの意見は統合できません。", "An approved opinion cannot be merged.", CurrentVersion: opinion.Version);
        var before = new { opinion.Number, state = opinion.State.ToString() };
        opinion.MergedIntoId = target.Id;
        opinion.State = OpinionState.Merged;
        opinion.Version++;
        opinion.UpdatedAt = Now;
        opinion.UpdatedById = UserId;
        opinion.UpdatedByName = UserName;
        // Opinions merged into this one follow it.
        await db.Opinions.Where(o => o.MergedIntoId == opinion.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.MergedIntoId, target.Id), ct);
        Audit(planId, "opinion-merge", opinion.ItemKey, before, new { opinion.Number, into });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return target.Number;
    }

    /// <summary>Pairs of opinions whose texts look alike (not merged, same period), for the staff list's merge suggestions.</summary>
    public async Task<CommentResult<IReadOnlyList<DuplicateGroup>>> SuggestionsAsync(int planId, CancellationToken ct = default)
    {
        if (!IsReviewer)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        var period = await CurrentPeriodEntityAsync(planId, false, ct);
        if (period is null)
            return NoPeriod(planId);
        var opinions = await db.Opinions.AsNoTracking().Where(o => o.CommentPeriodId == period.Id && o.State != OpinionState.Merged)
            .OrderBy(o => o.Number).Select(o => new { o.Number, o.Text }).ToListAsync(ct);
        return CommentRules.Suggest([.. opinions.Select(o => (o.Number, o.Text))]).ToList();
    }
}
