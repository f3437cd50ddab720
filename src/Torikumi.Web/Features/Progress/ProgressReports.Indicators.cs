using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress;

/// <summary>When and by whom a candidate was discarded.</summary>
public sealed record DiscardView(DateTimeOffset At, string By);

/// <summary>A candidate indicator with its number (its position among the item's candidates) and key; <see cref="Discarded"/> when put aside.</summary>
public sealed record CandidateChoice(int Number, string Key, IndicatorCandidate Candidate, DiscardView? Discarded);

/// <summary>A department part's candidates: those proposed, and those its editors discarded (which can be restored).</summary>
public sealed record CandidateChoices(int PlanId, string ItemKey, string Department, IReadOnlyList<CandidateChoice> Offered,
    IReadOnlyList<CandidateChoice> Discarded);

public sealed partial class ProgressReports
{
    /// <summary>A department's indicators of an item (as the caller may read them: like the report of <paramref name="fiscalYear"/>).</summary>
    public async Task<ProgressResult<IndicatorList>> IndicatorsAsync(int planId, string key, int fiscalYear, string? department,
        CancellationToken ct = default)
    {
        var resolved = await ResolveAsync(planId, key, fiscalYear, department, ct);
        if (resolved.Value is not { } part)
            return resolved.Refusal!;
        var state = await ReportsOf(part).Select(r => (ReportState?)r.State).FirstOrDefaultAsync(ct);
        if (!MayRead(part.Owner, state))
            return IsStaff ? Forbidden("担当する部署の範囲外です。", "Outside the units you work for.")
                : new ProgressNotFound("公表された報告がありません。", "Nothing has been published here yet.");
        var rows = await IndicatorsOf(part).AsNoTracking().ToListAsync(ct);
        return new IndicatorList(planId, part.Target.Key, part.Owner.Department, [.. rows.Select(r => ReportMapping.View(r, fiscalYear))]);
    }

    /// <summary>
    /// Adds an indicator to a department's part. Allowed where saving the report of <paramref name="fiscalYear"/> is
    /// (its editors and administrators, while the report is not started, a draft or returned).
    /// </summary>
    /// <param name="inputErrors">Problems a form found reading the input (an unreadable year …); reported with the indicator's own, after permission.</param>
    public Task<ProgressResult<IndicatorView>> AddIndicatorAsync(int planId, string key, int fiscalYear, string? department,
        Indicator indicator, CancellationToken ct = default, IReadOnlyList<ProgressError>? inputErrors = null) =>
        IndicatorStepAsync(planId, key, fiscalYear, department, null, null, "indicator-add", (part, rows, _) =>
        {
            if (rows.Count >= DraftRules.MaxIndicators)
                return (null, new ProgressInvalid([new("indicators", $"指標は{DraftRules.MaxIndicators}個までです。", $"At most {DraftRules.MaxIndicators} indicators.")]));
            if (Invalid(indicator, inputErrors) is { } invalid)
                return (null, invalid);
            var row = NewIndicator(part, rows.Count == 0 ? 0 : rows.Max(r => r.Position) + 1);
            row.Set(indicator);
            TouchIndicator(row);
            return (row, null);
        }, ct);

    /// <summary>Changes an indicator; <paramref name="expectedVersion"/> is the indicator's version the caller read.</summary>
    public Task<ProgressResult<IndicatorView>> UpdateIndicatorAsync(int planId, string key, int fiscalYear, string? department,
        int indicatorId, int expectedVersion, Indicator indicator, CancellationToken ct = default, IReadOnlyList<ProgressError>? inputErrors = null) =>
        IndicatorStepAsync(planId, key, fiscalYear, department, indicatorId, expectedVersion, "indicator-update", (_, _, row) =>
        {
            if (Invalid(indicator, inputErrors) is { } invalid)
                return (null, invalid);
            row!.Set(indicator);
            TouchIndicator(row);
            return (row, null);
        }, ct);

    /// <summary>Removes an indicator; <paramref name="expectedVersion"/> is the indicator's version the caller read.</summary>
    public Task<ProgressResult<IndicatorView>> DeleteIndicatorAsync(int planId, string key, int fiscalYear, string? department,
        int indicatorId, int expectedVersion, CancellationToken ct = default) =>
        IndicatorStepAsync(planId, key, fiscalYear, department, indicatorId, expectedVersion, "indicator-delete", (_, _, row) =>
        {
            db.ReportIndicators.Remove(row!);
            return (row, null);
        }, ct);

    /// <summary>The indicators Torikumi proposes from the item's text (<see cref="IndicatorCandidates"/>), numbered by position.</summary>
    public async Task<ProgressResult<CandidateList>> CandidatesAsync(int planId, string key, CancellationToken ct = default)
    {
        if (!IsStaff)
            return Forbidden("指標の候補は職員だけが見られます。", "Only staff see candidate indicators.");
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        var target = Target(plan, key, 0);
        if (target.Value is null)
            return target.Refusal!;
        return new CandidateList(planId, target.Value.Key, IndicatorCandidates.Find(target.Value.Item, plan.Index.Plan.FiscalYears));
    }

    /// <summary>
    /// Accepts candidate number <paramref name="candidate"/> (its position in <see cref="CandidatesAsync"/>) as an
    /// indicator; edit it afterwards. Permission comes first: someone who may not write this part is refused (403)
    /// whatever number they send; only then is a missing number 404. <paramref name="candidateKey"/>, when given, must
    /// be the key the page showed (the plan text may have changed in between). A discarded candidate is restored first.
    /// </summary>
    public async Task<ProgressResult<IndicatorView>> AcceptCandidateAsync(int planId, string key, int fiscalYear, string? department,
        int candidate, CancellationToken ct = default, string? candidateKey = null)
    {
        var found = await CandidateOfAsync(planId, key, fiscalYear, department, candidate, candidateKey, ct);
        if (found.Value is not { } chosen)
            return found.Refusal!;
        if (await DiscardOfAsync(chosen.Part, chosen.Key, ct) is not null)
            return new ProgressStateConflict($"候補「{chosen.Candidate.Name}」は破棄されています。採用するには先に「戻す」を選んでください。",
                $"The candidate \"{chosen.Candidate.Name}\" was discarded; restore it before accepting it.", null);
        return await AddIndicatorAsync(planId, key, fiscalYear, department, chosen.Candidate.ToIndicator(fiscalYear), ct);
    }

    /// <summary>
    /// The candidates of a department's part, split into those still proposed and those its editors discarded (破棄した候補),
    /// each with its number in <see cref="CandidatesAsync"/>. For those who may read the part; staff only.
    /// </summary>
    public async Task<ProgressResult<CandidateChoices>> CandidateChoicesAsync(int planId, string key, int fiscalYear, string? department,
        CancellationToken ct = default)
    {
        if (!IsStaff)
            return Forbidden("指標の候補は職員だけが見られます。", "Only staff see candidate indicators.");
        var resolved = await ResolveAsync(planId, key, fiscalYear, department, ct);
        if (resolved.Value is not { } part)
            return resolved.Refusal!;
        var state = await ReportsOf(part).Select(r => (ReportState?)r.State).FirstOrDefaultAsync(ct);
        if (!MayRead(part.Owner, state))
            return Forbidden("担当する部署の範囲外です。", "Outside the units you work for.");
        var discarded = await DiscardsOf(part).AsNoTracking().ToListAsync(ct);
        var byKey = discarded.ToDictionary(d => d.CandidateKey, StringComparer.Ordinal);
        var all = IndicatorCandidates.Find(part.Target.Item, part.Target.Plan.Index.Plan.FiscalYears);
        var offered = new List<CandidateChoice>();
        var put = new List<CandidateChoice>();
        for (var i = 0; i < all.Count; i++)
        {
            var candidateKey = KeyOf(all[i]);
            if (byKey.TryGetValue(candidateKey, out var row))
                put.Add(new(i, candidateKey, all[i], new DiscardView(row.DiscardedAt, row.DiscardedByName)));
            else
                offered.Add(new(i, candidateKey, all[i], null));
        }
        return new CandidateChoices(planId, part.Target.Key, part.Owner.Department, offered, put);
    }

    /// <summary>破棄: the candidate is no longer proposed to this department for this item; audited, and undone by <see cref="RestoreCandidateAsync"/>.</summary>
    public async Task<ProgressResult<CandidateChoice>> DiscardCandidateAsync(int planId, string key, int fiscalYear, string? department,
        int candidate, string? candidateKey = null, CancellationToken ct = default)
    {
        var found = await CandidateOfAsync(planId, key, fiscalYear, department, candidate, candidateKey, ct);
        if (found.Value is not { } chosen)
            return found.Refusal!;
        if (await DiscardOfAsync(chosen.Part, chosen.Key, ct) is { } already)
            return new CandidateChoice(candidate, chosen.Key, chosen.Candidate, new DiscardView(already.DiscardedAt, already.DiscardedByName));
        var row = new DiscardedCandidate
        {
            PlanId = chosen.Part.Target.PlanId,
            ItemKey = chosen.Part.Target.Key,
            DepartmentId = chosen.Part.DepartmentId,
            CandidateKey = chosen.Key,
            Name = Shorten(chosen.Candidate.Name, 200),
            Unit = Shorten(chosen.Candidate.Unit, 40),
            Target = chosen.Candidate.Target,
            FiscalYear = chosen.Candidate.FiscalYear,
            DiscardedAt = time.GetUtcNow(),
            DiscardedById = UserId,
            DiscardedByName = UserName,
        };
        db.DiscardedCandidates.Add(row);
        var audit = Audit(planId, "candidate-discard", chosen.Part);
        if (!await SaveAsync(audit, () => ReportMapping.Json(CandidateSnapshot(row)), ct,
                () => DiscardsOf(chosen.Part).AnyAsync(d => d.CandidateKey == chosen.Key, ct)))
            return ChangedMeanwhile();
        return new CandidateChoice(candidate, chosen.Key, chosen.Candidate, new DiscardView(row.DiscardedAt, row.DiscardedByName));
    }

    /// <summary>戻す: a discarded candidate is proposed again; audited.</summary>
    public async Task<ProgressResult<CandidateChoice>> RestoreCandidateAsync(int planId, string key, int fiscalYear, string? department,
        int candidate, string? candidateKey = null, CancellationToken ct = default)
    {
        var found = await CandidateOfAsync(planId, key, fiscalYear, department, candidate, candidateKey, ct);
        if (found.Value is not { } chosen)
            return found.Refusal!;
        if (await DiscardOfAsync(chosen.Part, chosen.Key, ct, tracked: true) is not { } row)
            return new CandidateChoice(candidate, chosen.Key, chosen.Candidate, null);
        db.DiscardedCandidates.Remove(row);
        var audit = Audit(planId, "candidate-restore", chosen.Part);
        audit.Before = ReportMapping.Json(CandidateSnapshot(row));
        if (!await SaveAsync(audit, () => null, ct))
            return ChangedMeanwhile();
        return new CandidateChoice(candidate, chosen.Key, chosen.Candidate, null);
    }

    sealed record ChosenCandidate(ReportPart Part, IndicatorCandidate Candidate, string Key);

    /// <summary>
    /// The candidate a change names, in the order permission → state → existence: out of scope is 403 whatever number is
    /// sent; a part no longer editable is 409; an unknown number (or one whose key no longer matches) is 404.
    /// </summary>
    async Task<ProgressResult<ChosenCandidate>> CandidateOfAsync(int planId, string key, int fiscalYear, string? department,
        int candidate, string? candidateKey, CancellationToken ct)
    {
        var resolved = await ResolveAsync(planId, key, fiscalYear, department, ct, ReportAction.SaveDraft);
        if (resolved.Value is not { } part)
            return resolved.Refusal!;
        var report = await ReportsOf(part).AsNoTracking().FirstOrDefaultAsync(ct);
        var decision = ReportWorkflow.Decide(report?.State, ReportAction.SaveDraft, Actor, part.Owner);
        if (decision.Refusal is { Kind: WorkflowRefusalKind.NotPermitted or WorkflowRefusalKind.OutOfScope } denied)
            return Forbidden(denied.Japanese, denied.English);
        if (decision.Refusal is { } refusal)
            return new ProgressStateConflict(refusal.Japanese, refusal.English, null);
        var all = IndicatorCandidates.Find(part.Target.Item, part.Target.Plan.Index.Plan.FiscalYears);
        if (candidate < 0 || candidate >= all.Count)
            return new ProgressNotFound($"候補 {candidate} はありません(候補は{all.Count}件)。",
                $"There is no candidate {candidate} (there are {all.Count}).");
        var found = KeyOf(all[candidate]);
        if (candidateKey is not null && candidateKey != found)
            return new ProgressNotFound("この候補は見つかりません(計画の本文が変わった可能性があります)。ページを読み込み直してください。",
                "This candidate is no longer found (the plan text may have changed); reload the page.");
        return new ChosenCandidate(part, all[candidate], found);
    }

    IQueryable<DiscardedCandidate> DiscardsOf(ReportPart part) => db.DiscardedCandidates
        .Where(d => d.PlanId == part.Target.PlanId && d.ItemKey == part.Target.Key && d.DepartmentId == part.DepartmentId);

    async Task<DiscardedCandidate?> DiscardOfAsync(ReportPart part, string candidateKey, CancellationToken ct, bool tracked = false)
    {
        var query = DiscardsOf(part).Where(d => d.CandidateKey == candidateKey);
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    /// <summary>What identifies a candidate across page loads: the words it was read from and the year it names.</summary>
    public static string KeyOf(IndicatorCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var key = candidate.Source.Excerpt + (candidate.FiscalYear is { } y ? "@" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        return Shorten(key, MaxCandidateKeyLength);
    }

    /// <summary>The column's length (DiscardedCandidateConfiguration); an excerpt is far shorter.</summary>
    const int MaxCandidateKeyLength = 300;

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];

    static object CandidateSnapshot(DiscardedCandidate row) => new
    {
        candidate = row.CandidateKey,
        name = row.Name,
        target = row.Target,
        unit = row.Unit,
        fiscalYear = row.FiscalYear,
    };

    /// <summary>
    /// The status indicators suggest for the year (指標による判定の提案), for a page to show while an editor types: from
    /// <paramref name="indicators"/> when given (not yet saved), else from the department's stored ones. Null inside when
    /// no indicator has both a target and an actual for the year.
    /// </summary>
    public async Task<ProgressResult<SuggestionAnswer>> SuggestAsync(int planId, string key, int fiscalYear, string? department,
        IReadOnlyList<Indicator>? indicators = null, CancellationToken ct = default)
    {
        var resolved = await ResolveAsync(planId, key, fiscalYear, department, ct);
        if (resolved.Value is not { } part)
            return resolved.Refusal!;
        if (!IsStaff)
            return Forbidden("指標からの提案は職員だけが使えます。", "Only staff use status suggestions.");
        var source = indicators ?? [.. (await IndicatorsOf(part).AsNoTracking().ToListAsync(ct)).Select(i => i.ToIndicator())];
        var scale = part.Target.Scale;
        var suggestion = StatusSuggestions.Suggest(source.Where(i => i is not null), fiscalYear, scale);
        return new SuggestionAnswer(ReportMapping.View(suggestion, scale));
    }

    static ProgressInvalid? Invalid(Indicator indicator, IReadOnlyList<ProgressError>? inputErrors = null)
    {
        var errors = indicator is null ? [new ProgressError("indicator", "指標が空です。", "The indicator is empty.")] : indicator.Validate();
        if (inputErrors is { Count: > 0 })
            errors = [.. inputErrors, .. errors.Where(e => !inputErrors.Any(i => i.Field == e.Field))];
        return errors.Count > 0 ? new ProgressInvalid(errors) : null;
    }

    /// <summary>
    /// Indicator changes follow the same rules as saving the report of the year (permission, then state), keep their own
    /// version, and write an audit entry in the same transaction.
    /// </summary>
    async Task<ProgressResult<IndicatorView>> IndicatorStepAsync(int planId, string key, int fiscalYear, string? department,
        int? indicatorId, int? expectedVersion, string auditAction,
        Func<ReportPart, List<ReportIndicator>, ReportIndicator?, (ReportIndicator? Row, ProgressRefusal? Refusal)> apply,
        CancellationToken ct)
    {
        var resolved = await ResolveAsync(planId, key, fiscalYear, department, ct, ReportAction.SaveDraft);
        if (resolved.Value is not { } part)
            return resolved.Refusal!;
        var report = await ReportsOf(part).AsNoTracking().FirstOrDefaultAsync(ct);
        var rows = await IndicatorsOf(part).ToListAsync(ct);
        var decision = ReportWorkflow.Decide(report?.State, ReportAction.SaveDraft, Actor, part.Owner);
        if (decision.Refusal is { Kind: WorkflowRefusalKind.NotPermitted or WorkflowRefusalKind.OutOfScope } denied)
            return Forbidden(denied.Japanese, denied.English);
        ReportIndicator? row = null;
        if (indicatorId is { } id)
        {
            row = rows.FirstOrDefault(r => r.Id == id);
            if (row is null)
                return new ProgressNotFound($"指標 {id} はこの項目・部にありません。", $"Indicator {id} is not one of this item's and department's.");
            if (expectedVersion != row.Version)
                return new ProgressConflict(ReportMapping.View(part, report, rows, Actor, IsStaff));
        }
        if (decision.Refusal is { } refusal)
            return new ProgressStateConflict(refusal.Japanese, refusal.English, ReportMapping.View(part, report, rows, Actor, IsStaff));

        var before = row is null ? null : ReportMapping.Json(ReportMapping.IndicatorSnapshot(row));
        var indicatorsBefore = rows.Select(r => r.ToIndicator()).ToList();
        var (changed, invalid) = apply(part, rows, row);
        var refused = invalid ?? await KeepPublishedYearsAsync(part, indicatorsBefore, ct);
        if (refused is not null)
        {
            db.ChangeTracker.Clear();
            return refused;
        }
        var audit = Audit(planId, auditAction, part);
        audit.Before = before;
        var deleted = auditAction == "indicator-delete";
        if (!await SaveAsync(audit, () => deleted ? null : ReportMapping.Json(ReportMapping.IndicatorSnapshot(changed!)), ct))
            return new ProgressConflict(await CurrentAsync(part, ct));
        return ReportMapping.View(changed!, fiscalYear);
    }

    /// <summary>
    /// A published report is final, and so are the indicator figures it shows: a change to an indicator's target or
    /// actual (or its name, unit, direction or baseline) for a fiscal year whose report of this part is published is
    /// refused. Indicators without figures for those years (a new one for next year) change freely.
    /// </summary>
    async Task<ProgressStateConflict?> KeepPublishedYearsAsync(ReportPart part, IReadOnlyList<Indicator> before, CancellationToken ct)
    {
        if (!db.ChangeTracker.Entries<ReportIndicator>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            return null;
        var after = db.ChangeTracker.Entries<ReportIndicator>()
            .Where(e => e.State is not (EntityState.Deleted or EntityState.Detached))
            .Select(e => e.Entity).OrderBy(i => i.Position).Select(i => i.ToIndicator()).ToList();
        var years = await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == part.Target.PlanId && r.ItemKey == part.Target.Key && r.DepartmentId == part.DepartmentId
                && r.State == ReportState.Published)
            .Select(r => r.FiscalYear).ToListAsync(ct);
        var changed = years.Where(y => Figures(before, y) != Figures(after, y)).Order().ToList();
        if (changed.Count == 0)
            return null;
        var labels = string.Join("、", changed.Select(Core.Japanese.FiscalYears.Label));
        return new ProgressStateConflict(
            $"{labels}の報告は公表済みのため、その年度の指標の値は変更できません。",
            $"The report for {string.Join(", ", changed.Select(Core.Japanese.FiscalYears.EnglishLabel))} is published, so the indicator figures of that year do not change.",
            null);
    }

    static string Figures(IEnumerable<Indicator> indicators, int year) => string.Join("\n", indicators
        .Where(i => i.TargetIn(year) is not null || i.ActualIn(year) is not null)
        .Select(i => $"{i.Name.Trim()}|{i.Unit.Trim()}|{i.Direction}|{i.Baseline}|{i.TargetIn(year)}|{i.ActualIn(year)}")
        .Order(StringComparer.Ordinal));
}
