using System.Text;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Core.Progress.Sheets;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress;

/// <summary>A written progress sheet, ready to send.</summary>
public sealed record SheetFile(byte[] Content, string FileName);

/// <summary>One item a sheet upload changed: its row, what changed (in Japanese column names) and its new version.</summary>
public sealed record SheetChange(int Row, string ItemKey, string ItemTitle, IReadOnlyList<string> Fields, int Version);

/// <summary>
/// The answer to a sheet upload: every problem (then nothing was applied), or the changes saved as drafts. Rows whose
/// content equals the stored report are left alone (no new version, no audit entry).
/// </summary>
public sealed record SheetImport(IReadOnlyList<SheetProblem> Problems, IReadOnlyList<SheetChange> Changes)
{
    public bool Applied => Problems.Count == 0;
}

public sealed partial class ProgressReports
{
    /// <summary>Whose sheet: a plan's year for one unit, with the unit's items and their stored reports.</summary>
    sealed record SheetScope(ProgressPlan Plan, SheetContext Context, int DepartmentId, IReadOnlyList<OwnedItem> Items);

    /// <summary>
    /// The progress sheet (進捗管理シート) of a department, or one section of it, for a fiscal year: its items with the
    /// reports as stored. Editors get the sheets of their own units; reviewers and administrators any.
    /// </summary>
    public async Task<ProgressResult<SheetFile>> SheetAsync(int planId, int fiscalYear, string? department, string? section = null,
        CancellationToken ct = default)
    {
        var found = await SheetScopeAsync(planId, fiscalYear, department, section, forWriting: false, ct);
        if (found.Value is not { } scope)
            return found.Refusal!;
        var (reports, indicators) = await StoredAsync(scope, tracked: false, ct);
        var items = scope.Items.Select(o => SheetItemOf(scope, o, reports.GetValueOrDefault(o.Item.Key), indicators[o.Item.Key].ToList())).ToList();
        var bytes = ProgressSheetWriter.Write(scope.Context, items, time.GetUtcNow());
        return new SheetFile(bytes, ProgressSheetWriter.FileName(scope.Context));
    }

    /// <summary>
    /// Applies a filled sheet as drafts (一時保存), all or nothing: the file is checked as a whole
    /// (<see cref="ProgressSheetReader"/>), then every changed row by the rules of <see cref="SaveDraftAsync"/> — the
    /// workflow decision, the content rules, the version read at download — and only when no row has a problem are
    /// the changes saved, in one transaction with one audit entry per report. An account that may not write the
    /// unit is refused before the file is read.
    /// </summary>
    public async Task<ProgressResult<SheetImport>> ImportSheetAsync(int planId, int fiscalYear, string? department, string? section,
        Stream file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var found = await SheetScopeAsync(planId, fiscalYear, department, section, forWriting: true, ct);
        if (found.Value is not { } scope)
            return found.Refusal!;
        var (reports, indicators) = await StoredAsync(scope, tracked: true, ct);
        var expected = scope.Items.Select(o => SheetItemOf(scope, o, reports.GetValueOrDefault(o.Item.Key), indicators[o.Item.Key].ToList())).ToList();
        var read = ProgressSheetReader.Read(file, scope.Context, scope.Plan.Index, expected);
        if (read.Problems.Any(p => p.Row == 0))
            return new SheetImport(read.Problems, []);

        // The rows the reader found sound are checked by the report rules too, so one upload lists every problem.
        var problems = read.Problems.ToList();
        var pending = new List<(SheetRow Row, ReportPart Part, Step Step, AuditEntry Audit, IReadOnlyList<string> Fields)>();
        var owned = scope.Items.ToDictionary(o => o.Item.Key, StringComparer.Ordinal);
        foreach (var row in read.Rows)
        {
            var item = owned[row.Key];
            var part = new ReportPart(new ReportTarget(scope.Plan, item.Item, fiscalYear, scope.Plan.Index.OwnersOf(item.Item)), item.Owner, scope.DepartmentId);
            var report = reports.GetValueOrDefault(row.Key);
            var rows = indicators[row.Key].ToList();
            var result = ApplyRow(row, part, report, rows, problems);
            if (result is ProgressForbidden forbidden)
            {
                db.ChangeTracker.Clear();
                return forbidden;
            }
            if (result is Pending p)
                pending.Add((row, part, p.Step, p.Audit, p.Fields));
        }
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new SheetImport([.. problems.OrderBy(p => p.Row)], []);
        }
        if (pending.Count == 0)
            return new SheetImport([], []);

        foreach (var (_, _, step, _, _) in pending)
            Touch(step.Report!);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var (_, _, step, audit, _) in pending)
            {
                audit.After = ReportMapping.Snapshot(step.Report, step.Indicators);
                db.AuditEntries.Add(audit);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrency token or a report created meanwhile: someone else wrote between reading and saving.
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return new SheetImport([new(0, null, "アップロードの途中で他の人が報告を更新しました。何も反映していません。もう一度ダウンロードして記入してください。",
                "Someone changed a report while the sheet was being applied; nothing was applied. Download the sheet again.")], []);
        }
        return new SheetImport([], [.. pending.Select(p => new SheetChange(p.Row.Row, p.Part.Target.Key, p.Part.Target.Item.Title, p.Fields, p.Step.Report!.Version))]);
    }

    sealed record Pending(Step Step, AuditEntry Audit, IReadOnlyList<string> Fields) : ProgressRefusal("", "");

    /// <summary>
    /// Checks one row and stages its change on the tracked rows. Null when the row changes nothing or has problems
    /// (added to <paramref name="problems"/>); <see cref="Pending"/> when staged; <see cref="ProgressForbidden"/> when
    /// the account may not write this part at all.
    /// </summary>
    ProgressRefusal? ApplyRow(SheetRow row, ReportPart part, ProgressReport? report, List<ReportIndicator> indicators, List<SheetProblem> problems)
    {
        var year = part.Target.FiscalYear;
        var draft = DraftOf(row, report, indicators, year);
        var errors = new List<ProgressError>();
        var checkedDraft = DraftRules.Check(draft, part.Target.Scale, year, [.. indicators.Select(i => i.ToIndicator())], errors);
        var fields = Changed(report, indicators, checkedDraft, year);
        if (fields.Count == 0 && errors.Count == 0)
            return null;
        var decision = ReportWorkflow.Decide(report?.State, ReportAction.SaveDraft, Actor, part.Owner, null);
        if (decision.Refusal is { Kind: WorkflowRefusalKind.NotPermitted or WorkflowRefusalKind.OutOfScope } denied)
            return Forbidden(denied.Japanese, denied.English);
        if (row.Version != (report?.Version ?? 0))
        {
            problems.Add(new(row.Row, null, $"取組 {row.Key} の報告はダウンロードの後に{report?.UpdatedByName ?? "他の人"}が更新しました(版 {report?.Version ?? 0})。最新のシートをダウンロードして、もう一度記入してください。",
                $"The report of {row.Key} was changed by {report?.UpdatedByName ?? "someone else"} after the download (now version {report?.Version ?? 0}); download the sheet again."));
            return null;
        }
        if (decision.Refusal is { } refusal)
        {
            problems.Add(new(row.Row, null, $"取組 {row.Key}: {refusal.Japanese} この行は変更せずに残してください。", $"Item {row.Key}: {refusal.English} Leave this row unchanged."));
            return null;
        }
        foreach (var error in errors)
            problems.Add(new(RowOf(row, error.Field), ColumnOf(error.Field).Label, error.Japanese, error.English));
        if (errors.Count > 0)
            return null;

        var audit = Audit(part.Target.PlanId, "save", part);
        audit.Before = ReportMapping.Snapshot(report, indicators);
        var step = new Step(part, report, indicators, decision);
        var saved = step.Report ??= Create(part);
        saved.State = decision.NewState!.Value;
        saved.Planned = checkedDraft.Plan;
        saved.Result = checkedDraft.Result;
        saved.StatusCode = checkedDraft.StatusCode;
        saved.StatusReason = checkedDraft.StatusReason;
        saved.Percent = checkedDraft.Percent;
        saved.Remarks = checkedDraft.Remarks;
        saved.Evidence = checkedDraft.Evidence;
        // Only this year's figures of the indicators change, and this year's report is not published (the workflow
        // allowed the save), so the published-years rule of the API cannot be broken here.
        if (checkedDraft.Indicators is { } updated)
            ReplaceIndicators(step, updated);
        return new Pending(step, audit, fields);
    }

    /// <summary>The row as a draft: evidence titles kept for URLs already stored; indicators only when this year's figures differ.</summary>
    static ReportDraft DraftOf(SheetRow row, ProgressReport? report, List<ReportIndicator> indicators, int year)
    {
        var titles = (report?.Evidence ?? []).GroupBy(e => e.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        var evidence = row.EvidenceUrls.Select(u => new EvidenceLinkInput(titles.GetValueOrDefault(u.Trim()), u)).ToList();
        IReadOnlyList<Indicator>? updated = null;
        var current = indicators.Select(i => i.ToIndicator()).ToList();
        var figures = row.Indicators.Where(f => f.Number >= 1 && f.Number <= current.Count).ToList();
        if (figures.Any(f => current[f.Number - 1].TargetIn(year) != f.Target || current[f.Number - 1].ActualIn(year) != f.Actual))
        {
            var next = current.ToList();
            foreach (var f in figures)
                next[f.Number - 1] = next[f.Number - 1] with
                {
                    Targets = WithYear(next[f.Number - 1].Targets, year, f.Target),
                    Actuals = WithYear(next[f.Number - 1].Actuals, year, f.Actual),
                };
            updated = next;
        }
        return new ReportDraft(row.Plan, row.Result, row.Status, row.Percent, row.Remarks, evidence, report?.StatusReason, updated);
    }

    static List<IndicatorValue> WithYear(IReadOnlyList<IndicatorValue> values, int year, decimal? value) =>
        [.. values.Where(v => v.FiscalYear != year).Concat(value is { } v ? [new IndicatorValue(year, v)] : []).OrderBy(v => v.FiscalYear)];

    /// <summary>Which columns of the stored report the draft changes (empty: leave the report alone).</summary>
    static List<string> Changed(ProgressReport? report, List<ReportIndicator> indicators, CheckedDraft draft, int year)
    {
        var fields = new List<string>();
        if (draft.Plan != (report?.Planned ?? "")) fields.Add(SheetColumns.Plan.Heading);
        if (draft.Result != (report?.Result ?? "")) fields.Add(SheetColumns.Result.Heading);
        if (draft.StatusCode != report?.StatusCode) fields.Add(SheetColumns.Status.Heading);
        if (draft.Percent != report?.Percent) fields.Add(SheetColumns.Percent.Heading);
        if (draft.Remarks != (report?.Remarks ?? "")) fields.Add(SheetColumns.Remarks.Heading);
        if (!draft.Evidence.SequenceEqual(report?.Evidence ?? [])) fields.Add(SheetColumns.Evidence.Heading);
        if (draft.Indicators is { Count: > 0 } updated)
            for (var i = 0; i < Math.Min(updated.Count, indicators.Count); i++)
            {
                var was = indicators[i].ToIndicator();
                // The first indicator is on the item's row; a further one is named, as its figures are on a row of their own.
                var which = i == 0 ? "" : $"(指標{i + 1} {was.Name})";
                if (updated[i].TargetIn(year) != was.TargetIn(year)) fields.Add(SheetColumns.Target.Heading + which);
                if (updated[i].ActualIn(year) != was.ActualIn(year)) fields.Add(SheetColumns.Actual.Heading + which);
            }
        return fields;
    }

    /// <summary>The Excel row an error is about: an indicator's own row for <c>indicators[i]…</c>, else the item's row.</summary>
    static int RowOf(SheetRow row, string field)
    {
        if (!field.StartsWith("indicators[", StringComparison.Ordinal))
            return row.Row;
        var end = field.IndexOf(']', StringComparison.Ordinal);
        return end > 11 && int.TryParse(field[11..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
            ? row.Indicators.FirstOrDefault(f => f.Number == i + 1)?.Row ?? row.Row
            : row.Row;
    }

    static SheetColumn ColumnOf(string field) => field switch
    {
        "plan" => SheetColumns.Plan,
        "result" => SheetColumns.Result,
        "percent" => SheetColumns.Percent,
        "remarks" => SheetColumns.Remarks,
        _ when field.StartsWith("evidence", StringComparison.Ordinal) => SheetColumns.Evidence,
        _ when field.StartsWith("indicators", StringComparison.Ordinal) => SheetColumns.Target,
        _ => SheetColumns.Status,
    };

    async Task<ProgressResult<SheetScope>> SheetScopeAsync(int planId, int fiscalYear, string? department, string? section, bool forWriting, CancellationToken ct)
    {
        if (!IsStaff)
            return Forbidden("スタッフのアカウントが必要です。", "A staff account is needed.");
        var found = await PlanAsync(planId, ct);
        if (found.Value is not { } plan)
            return found.Refusal!;
        if (CheckYear(plan, fiscalYear) is { } bad)
            return bad;
        if (string.IsNullOrWhiteSpace(department))
            return new ProgressInvalid([new("department", "どの部のシートか department で指定してください。", "Say which department's sheet with department.")]);
        var unit = new OrgUnit(department.Normalize(NormalizationForm.FormC).Trim(),
            string.IsNullOrWhiteSpace(section) ? null : section.Normalize(NormalizationForm.FormC).Trim());
        var mayWrite = Actor.Is(ProgressRoles.Administrator) || (Actor.Is(ProgressRoles.DepartmentEditor) && Actor.Scope.Any(u =>
            u.Department == unit.Department && (u.Section is null || u.Section == unit.Section)));
        if (!mayWrite && (forWriting || !Actor.Is(ProgressRoles.Reviewer)))
            return Forbidden($"「{ProgressSheetWriter.UnitLabel(unit)}」のシートを{(forWriting ? "アップロード" : "ダウンロード")}する権限がありません。",
                $"You may not {(forWriting ? "upload" : "download")} the sheet of \"{ProgressSheetWriter.UnitLabel(unit)}\".");
        var departmentId = await db.Departments.Where(d => d.MunicipalityId == plan.MunicipalityId && d.Name == unit.Department)
            .Select(d => d.Id).FirstOrDefaultAsync(ct);
        var items = SheetItems.Of(plan.Index, unit);
        if (departmentId == 0 || items.Count == 0)
            return new ProgressNotFound($"「{ProgressSheetWriter.UnitLabel(unit)}」が所管する取組はこの計画にありません。",
                $"\"{ProgressSheetWriter.UnitLabel(unit)}\" owns no item of this plan.");
        var context = new SheetContext(plan.Id, plan.Index.Plan.Title, fiscalYear, unit, plan.Scale);
        return new SheetScope(plan, context, departmentId, items);
    }

    async Task<(Dictionary<string, ProgressReport> Reports, ILookup<string, ReportIndicator> Indicators)> StoredAsync(SheetScope scope, bool tracked, CancellationToken ct)
    {
        var keys = scope.Items.Select(i => i.Item.Key).ToList();
        var reports = db.ProgressReports.Where(r => r.PlanId == scope.Plan.Id && r.FiscalYear == scope.Context.FiscalYear
            && r.DepartmentId == scope.DepartmentId && keys.Contains(r.ItemKey));
        var indicators = db.ReportIndicators.Where(i => i.PlanId == scope.Plan.Id && i.DepartmentId == scope.DepartmentId && keys.Contains(i.ItemKey));
        if (!tracked)
        {
            reports = reports.AsNoTracking();
            indicators = indicators.AsNoTracking();
        }
        var reportList = await reports.ToListAsync(ct);
        var indicatorList = await indicators.ToListAsync(ct);
        return (reportList.ToDictionary(r => r.ItemKey, StringComparer.Ordinal),
            indicatorList.OrderBy(i => i.Position).ThenBy(i => i.Id).ToLookup(i => i.ItemKey, StringComparer.Ordinal));
    }

    static SheetItem SheetItemOf(SheetScope scope, OwnedItem owned, ProgressReport? report, List<ReportIndicator> indicators)
    {
        var year = scope.Context.FiscalYear;
        return new SheetItem(owned.Item.Key, owned.Item.Title, owned.StrategyLabel, owned.OwnersLabel, report?.Version ?? 0,
            report?.Planned ?? "", report?.Result ?? "", report?.StatusCode, report?.Percent, report?.Remarks ?? "",
            [.. (report?.Evidence ?? []).Select(e => e.Url)],
            [.. indicators.Select(i => i.ToIndicator()).Select(i => new SheetIndicator(i.Name, i.Unit, i.TargetIn(year), i.ActualIn(year)))]);
    }
}
