using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

public sealed partial class PublicComments
{
    public const int MaxSummary = 4000;
    public const int MaxAnswer = 8000;

    /// <summary>The opinions the caller may handle: all for reviewers and administrators, those assigned to their departments for editors.</summary>
    public async Task<CommentResult<IReadOnlyList<OpinionRow>>> OpinionsAsync(int planId, OpinionFilter filter, CancellationToken ct = default)
    {
        if (!IsStaff)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        var period = await CurrentPeriodEntityAsync(planId, false, ct);
        if (period is null)
            return await db.Plans.AnyAsync(p => p.Id == planId, ct) ? NoPeriod(planId) : NoPlan(planId);
        var index = await plans.OfVersionAsync(period.PlanVersionId, ct);
        var query = Visible(db.Opinions.AsNoTracking().Where(o => o.CommentPeriodId == period.Id));
        if (filter.ItemKey is { Length: > 0 } key)
            query = key == "plan" ? query.Where(o => o.ItemKey == null) : query.Where(o => o.ItemKey == key);
        if (filter.Department is { Length: > 0 } department)
            query = query.Where(o => o.Department != null && o.Department.Name == department);
        if (filter.Channel is { Length: > 0 } channel)
            query = query.Where(o => o.Submission.Channel == channel);
        if (filter.State is { } state)
            query = query.Where(o => o.State == state);
        var rows = await query.OrderBy(o => o.Number).Select(o => new
        {
            o.Number, o.ItemKey, o.Submission.Channel, o.Submission.ReceivedAt, o.State, Department = o.Department == null ? null : o.Department.Name,
            o.Text, o.Summary, o.View, o.Classification, o.MergedIntoId, o.Version,
        }).ToListAsync(ct);
        var numbers = await NumbersByIdAsync(period.Id, ct);
        var result = rows.Select(r => new OpinionRow(r.Number, r.ItemKey, ItemTitle(index, r.ItemKey), CommentPlans.StrategyOf(index, r.ItemKey),
                r.Channel, r.ReceivedAt, r.State, r.Department, r.Text, r.Summary, r.View, r.Classification,
                r.MergedIntoId is { } m ? numbers.GetValueOrDefault(m) : null, CommentRules.Flags(r.Text),
                [.. CommentRules.Flags(r.Summary), .. CommentRules.Flags(r.View)], r.Version))
            .Where(r => filter.Strategy is not { Length: > 0 } s || r.Strategy == s)
            .ToList();
        return result;
    }

    /// <summary>One opinion in full; the submitter's personal data only for administrators.</summary>
    public async Task<CommentResult<OpinionDetail>> OpinionAsync(int planId, int number, CancellationToken ct = default)
    {
        if (!IsStaff)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        var opinion = await Visible(db.Opinions.AsNoTracking()).Include(o => o.Submission).ThenInclude(s => s.PersonalData)
            .Include(o => o.Department).FirstOrDefaultAsync(o => o.PlanId == planId && o.Number == number, ct);
        if (opinion is null)
            return NoOpinion(planId, number);
        var period = await db.CommentPeriods.AsNoTracking().FirstAsync(p => p.Id == opinion.CommentPeriodId, ct);
        var index = await plans.OfVersionAsync(period.PlanVersionId, ct);
        return await DetailAsync(opinion, index, ct);
    }

    async Task<OpinionDetail> DetailAsync(Opinion o, PlanIndex? index, CancellationToken ct)
    {
        var mergedInto = o.MergedIntoId is { } m ? await db.Opinions.Where(x => x.Id == m).Select(x => (int?)x.Number).FirstOrDefaultAsync(ct) : null;
        var reflected = o.ReflectedVersionId is { } v ? await db.PlanVersions.Where(x => x.Id == v).Select(x => (int?)x.Number).FirstOrDefaultAsync(ct) : null;
        var personal = IsAdministrator && o.Submission.PersonalData is { } pd ? new PersonalDataView(pd.Name, pd.Address, pd.Email) : null;
        return new OpinionDetail(o.Number, o.Submission.ReceiptNumber, o.Part, o.ItemKey, ItemTitle(index, o.ItemKey), o.Submission.Channel,
            o.Submission.ReceivedAt, o.Submission.AddressArea, o.Submission.AgeGroup, o.Text, o.Submission.Text, o.Summary,
            o.Department?.Name, o.DraftAnswer, o.View, o.Classification, o.State, mergedInto, o.ApprovedByName, o.ApprovedAt, reflected,
            o.ReflectedItemKey, o.Version, CommentRules.Flags(o.Text), [.. CommentRules.Flags(o.Summary), .. CommentRules.Flags(o.View)],
            personal, o.Submission.EnteredByName);
    }

    /// <summary>
    /// Changes an opinion: reviewers and administrators write the summary, the item and the department; the assigned
    /// department's editors (and reviewers) the draft answer; administrators approve the view with a classification
    /// and link 反映 / 一部反映 to an item of a later version. <paramref name="expectedVersion"/> guards against
    /// overwriting someone else's change unseen (409 when stale).
    /// </summary>
    public async Task<CommentResult<OpinionDetail>> UpdateAsync(int planId, int number, int? expectedVersion, OpinionChange change,
        CancellationToken ct = default)
    {
        if (!IsStaff)
            return CommentRefusal.Forbidden(user.IsAuthenticated);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var opinion = await Visible(db.Opinions).Include(o => o.Submission).ThenInclude(s => s.PersonalData).Include(o => o.Department)
            .FirstOrDefaultAsync(o => o.PlanId == planId && o.Number == number, ct);
        if (opinion is null)
            return NoOpinion(planId, number);
        if (expectedVersion is { } expected && expected != opinion.Version)
            return Stale(opinion);
        var period = await db.CommentPeriods.AsNoTracking().FirstAsync(p => p.Id == opinion.CommentPeriodId, ct);
        var index = await plans.OfVersionAsync(period.PlanVersionId, ct);
        var wantsReviewer = change.Summary is not null || change.Department is not null || change.ItemKey is not null;
        var wantsAdministrator = change.View is not null || change.Classification is not null || change.ReflectedItemKey is not null || change.ReflectedVersion is not null;
        var assignedToMe = opinion.Department is { } d && user.Actor.Is(ProgressRoles.DepartmentEditor)
            && user.Actor.Scope.Any(u => u.Department == d.Name);
        if ((wantsReviewer && !IsReviewer) || (wantsAdministrator && !IsAdministrator) || (change.DraftAnswer is not null && !IsReviewer && !assignedToMe))
            return CommentRefusal.Forbidden(true);
        if (opinion.State == OpinionState.Merged)
            return new CommentRefusal(RefusalKind.Conflict, $"意見 {number} は意見 {await NumberOfAsync(opinion.MergedIntoId, ct)} に統合されています。統合先の意見を編集してください。",
                $"Opinion {number} was merged into another; edit that one.", CurrentVersion: opinion.Version);

        var before = AuditOf(opinion);
        var errors = new List<CommentError>();
        if (change.Summary is { } summary)
        {
            if (summary.Trim().Length > MaxSummary)
                errors.Add(new("summary", $"要旨は{MaxSummary:N0}文字以内にしてください。", $"Keep the summary to {MaxSummary:N0} characters."));
            opinion.Summary = summary.Trim();
            if (opinion.State == OpinionState.Received && opinion.Summary.Length > 0)
                opinion.State = OpinionState.Summarised;
        }
        if (change.ItemKey is { } itemKey)
        {
            var key = itemKey.Trim();
            if (key.Length == 0 || key == "plan")
                opinion.ItemKey = null;
            else if (index?.Item(key) is null)
                errors.Add(new("itemKey", $"取組「{key}」はこの素案にありません。", $"There is no item \"{key}\" in this draft."));
            else
                opinion.ItemKey = key;
        }
        if (change.Department is { } departmentName)
        {
            if (departmentName.Trim().Length == 0)
                opinion.DepartmentId = null;
            else
            {
                var municipality = await db.Plans.Where(p => p.Id == planId).Select(p => p.MunicipalityId).FirstAsync(ct);
                var department = await db.Departments.FirstOrDefaultAsync(x => x.MunicipalityId == municipality && x.Name == departmentName.Trim(), ct);
                if (department is null)
                    errors.Add(new("department", $"部「{departmentName.Trim()}」は見つかりません。計画に載っている部の名前を選んでください。",
                        $"There is no department \"{departmentName.Trim()}\"; choose one named in the plan."));
                else
                {
                    opinion.DepartmentId = department.Id;
                    opinion.Department = department;
                    if (opinion.State is OpinionState.Received or OpinionState.Summarised)
                        opinion.State = OpinionState.Assigned;
                }
            }
        }
        if (change.DraftAnswer is { } draft)
        {
            if (draft.Trim().Length > MaxAnswer)
                errors.Add(new("draftAnswer", $"回答案は{MaxAnswer:N0}文字以内にしてください。", $"Keep the draft answer to {MaxAnswer:N0} characters."));
            opinion.DraftAnswer = draft.Trim();
            if (opinion.State is OpinionState.Received or OpinionState.Summarised or OpinionState.Assigned && opinion.DraftAnswer.Length > 0)
                opinion.State = OpinionState.Drafted;
        }
        if (change.View is not null || change.Classification is not null)
        {
            var view = (change.View ?? opinion.View).Trim();
            var classification = change.Classification is null ? opinion.Classification : CommentRules.Find(CommentRules.Classifications, change.Classification)?.Code;
            if (change.Classification is not null && classification is null)
                errors.Add(new("classification", $"分類は{string.Join("・", CommentRules.Classifications.Select(c => c.Japanese))}のどれかにしてください。",
                    $"The classification must be one of {string.Join(", ", CommentRules.Classifications.Select(c => c.Code))}."));
            else if (classification is null)
                errors.Add(new("classification", "区の考え方を承認するには、分類も選んでください。", "Choose a classification to approve the ward's view."));
            if (view.Length == 0)
                errors.Add(new("view", "区の考え方を入力してください。", "Enter the ward's view."));
            else if (view.Length > MaxAnswer)
                errors.Add(new("view", $"区の考え方は{MaxAnswer:N0}文字以内にしてください。", $"Keep the ward's view to {MaxAnswer:N0} characters."));
            if (opinion.Summary.Length == 0 && (change.Summary ?? "").Trim().Length == 0)
                errors.Add(new("summary", "承認の前に要旨を書いてください(公表されるのは本文ではなく要旨です)。",
                    "Write the summary before approving (the summary is published, not the text)."));
            opinion.View = view;
            opinion.Classification = classification;
            opinion.State = OpinionState.Approved;
            opinion.ApprovedAt = Now;
            opinion.ApprovedById = UserId;
            opinion.ApprovedByName = UserName;
        }
        if (change.ReflectedItemKey is not null || change.ReflectedVersion is not null)
            await LinkAsync(opinion, planId, period.PlanVersionId, change, errors, ct);
        if (errors.Count > 0)
            return CommentRefusal.Invalid(errors);

        opinion.Version++;
        opinion.UpdatedAt = Now;
        opinion.UpdatedById = UserId;
        opinion.UpdatedByName = UserName;
        Audit(planId, change.Classification is not null || change.View is not null ? "opinion-approve" : "opinion-update", opinion.ItemKey,
            before, AuditOf(opinion), opinion.Department?.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await DetailAsync(opinion, index, ct);
    }

    async Task LinkAsync(Opinion opinion, int planId, int periodVersionId, OpinionChange change, List<CommentError> errors, CancellationToken ct)
    {
        var key = change.ReflectedItemKey?.Trim() ?? "";
        if (key.Length == 0)
        {
            opinion.ReflectedVersionId = null;
            opinion.ReflectedItemKey = null;
            return;
        }
        if (!CommentRules.Reflects(opinion.Classification))
        {
            errors.Add(new("reflectedItemKey", "後の版の取組に結び付けられるのは、分類が反映・一部反映の意見だけです。",
                "Only opinions classified as reflected or partly reflected can be linked to an item of a later version."));
            return;
        }
        var periodNumber = await db.PlanVersions.Where(v => v.Id == periodVersionId).Select(v => v.Number).FirstAsync(ct);
        var versions = db.PlanVersions.Where(v => v.PlanId == planId && v.Number > periodNumber);
        var version = change.ReflectedVersion is { } n
            ? await versions.Where(v => v.Number == n).Select(v => new { v.Id }).FirstOrDefaultAsync(ct)
            : await versions.OrderByDescending(v => v.Number).Select(v => new { v.Id }).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            errors.Add(new("reflectedVersion", $"第{periodNumber}版より後の版がありません。反映した版を取り込んでから結び付けてください。",
                $"There is no version after version {periodNumber}; import the revised version first."));
            return;
        }
        var index = await plans.OfVersionAsync(version.Id, ct);
        if (index?.Item(key) is null)
        {
            errors.Add(new("reflectedItemKey", $"その版に取組「{key}」はありません。", $"That version has no item \"{key}\"."));
            return;
        }
        opinion.ReflectedVersionId = version.Id;
        opinion.ReflectedItemKey = key;
    }

    /// <summary>Editors see only the opinions assigned to their departments; reviewers and administrators all.</summary>
    IQueryable<Opinion> Visible(IQueryable<Opinion> opinions)
    {
        if (IsReviewer)
            return opinions;
        var departments = user.Actor.Scope.Select(u => u.Department).Distinct().ToList();
        return opinions.Where(o => o.Department != null && departments.Contains(o.Department.Name));
    }

    async Task<Dictionary<int, int>> NumbersByIdAsync(int periodId, CancellationToken ct) =>
        await db.Opinions.AsNoTracking().Where(o => o.CommentPeriodId == periodId).ToDictionaryAsync(o => o.Id, o => o.Number, ct);

    async Task<int?> NumberOfAsync(int? id, CancellationToken ct) =>
        id is { } i ? await db.Opinions.Where(o => o.Id == i).Select(o => (int?)o.Number).FirstOrDefaultAsync(ct) : null;

    static string? ItemTitle(PlanIndex? index, string? key) => key is null ? null : index?.Item(key)?.Title;

    static CommentRefusal NoOpinion(int planId, int number) =>
        CommentRefusal.NotFound($"計画 {planId} に意見 {number} はありません(または担当外です)。", $"Plan {planId} has no opinion {number} (or it is not assigned to you).");

    static CommentRefusal Stale(Opinion o) => new(RefusalKind.Stale,
        $"この意見は{o.UpdatedByName ?? "他の人"}が先に更新しました(版 {o.Version})。最新の内容を確認してから、もう一度保存してください。",
        $"This opinion was changed by {o.UpdatedByName ?? "someone else"} since you read it (now version {o.Version}). Check it, then save again.",
        CurrentVersion: o.Version);

    static object AuditOf(Opinion o) => new
    {
        o.Number, o.ItemKey, o.Summary, department = o.Department?.Name, o.DraftAnswer, o.View, o.Classification, state = o.State.ToString(),
        merged = o.MergedIntoId, reflectedVersion = o.ReflectedVersionId, reflectedItem = o.ReflectedItemKey, o.Version,
    };
}
