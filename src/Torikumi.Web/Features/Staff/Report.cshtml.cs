using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Progress;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// <c>/staff/plans/{id}/items/{key}/progress/{fiscalYear}</c>: one department's report (報告) on an item in a fiscal
/// year — the form, the workflow buttons the caller may use, the other departments' parts, indicators with candidates,
/// and the audit trail. Every change goes through <see cref="ProgressReports"/> with the department posted, so scope is
/// decided there; a refusal becomes a 403/404 page or errors in the form, never nothing.
/// </summary>
public sealed partial class ReportModel(ProgressReports reports, UiText ui) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public string Key { get; set; } = "";
    [FromRoute] public string FiscalYear { get; set; } = "";

    /// <summary>The department whose part is meant: from the query on GET, from a hidden field on POST.</summary>
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty] public ReportForm Form { get; set; } = new();
    /// <summary>The version the form was read at (the report's, or 0 when not started).</summary>
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int Candidate { get; set; }
    /// <summary>The key of the candidate the page showed (<see cref="ProgressReports.KeyOf"/>), so a changed plan text is noticed.</summary>
    [BindProperty] public string? CandidateKey { get; set; }
    [BindProperty] public int IndicatorId { get; set; }
    [BindProperty] public int IndicatorVersion { get; set; }

    public int Year { get; private set; }
    public ItemReports? Item { get; private set; }
    /// <summary>The part this page is about.</summary>
    public ReportView? Part { get; private set; }
    public List<ReportView> OtherParts { get; } = [];
    /// <summary>Departments whose part the caller may write (a chooser when more than one).</summary>
    public List<string> Writable { get; } = [];
    public IReadOnlyList<ProgressStatus> Scale { get; private set; } = [];
    /// <summary>The candidates still proposed to this part (not discarded, not already an indicator of the same name).</summary>
    public IReadOnlyList<CandidateChoice> Candidates { get; private set; } = [];
    public IReadOnlyList<CandidateChoice> DiscardedCandidates { get; private set; } = [];
    public IReadOnlyList<AuditView> Audit { get; private set; } = [];

    /// <summary>The report as stored when a save was refused as stale: shown next to what the editor typed.</summary>
    public ReportView? Conflict { get; private set; }
    /// <summary>A step that does not apply in the report's state (e.g. saving a submitted report).</summary>
    public string? StateProblem { get; private set; }
    public string? Notice { get; private set; }

    public bool Can(ProgressStep step) => Part?.Actions.Contains(step) == true;
    public bool CanEdit => Can(ProgressStep.Save);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
            return refused;
        Form = ReportForm.From(Part!);
        Version = Part!.Version;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => ChangeAsync(async year =>
    {
        var saved = await reports.SaveDraftAsync(Id, Key, year, Department, Version, Form.ToDraft(), ct);
        return (saved.Refusal, ui.T("一時保存しました。", "Saved as a draft."));
    }, ct);

    /// <summary>提出 saves what is in the form first, so nothing typed is lost, then submits that version.</summary>
    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => ChangeAsync(async year =>
    {
        var saved = await reports.SaveDraftAsync(Id, Key, year, Department, Version, Form.ToDraft(), ct);
        if (saved.Value is not { } view)
            return (saved.Refusal, null);
        var submitted = await reports.SubmitAsync(Id, Key, year, Department, view.Version, ct);
        return (submitted.Refusal, ui.T("提出しました。", "Submitted."));
    }, ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => ChangeAsync(async year =>
        ((await reports.ReturnAsync(Id, Key, year, Department, Reason, Version, ct)).Refusal, ui.T("差し戻しました。", "Returned to the department.")), ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => ChangeAsync(async year =>
        ((await reports.ApproveAsync(Id, Key, year, Department, Version, ct)).Refusal, ui.T("承認しました。", "Approved.")), ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => ChangeAsync(async year =>
        ((await reports.PublishAsync(Id, Key, year, Department, Version, ct)).Refusal, ui.T("公表しました。", "Published.")), ct);

    /// <summary>Accepting a candidate; the service checks permission before it looks the candidate up (403 before 404).</summary>
    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) => ChangeAsync(async year =>
        ((await reports.AcceptCandidateAsync(Id, Key, year, Department, Candidate, ct, CandidateKey)).Refusal,
            ui.T("候補を指標に加えました。目標値と実績値を確認してください。", "The candidate was added as an indicator; check its target and actual.")), ct);

    /// <summary>破棄: the candidate is no longer proposed to this department (and can be restored below).</summary>
    public Task<IActionResult> OnPostDiscardAsync(CancellationToken ct) => ChangeAsync(async year =>
        ((await reports.DiscardCandidateAsync(Id, Key, year, Department, Candidate, CandidateKey, ct)).Refusal,
            ui.T("候補を破棄しました。「破棄した候補」から戻せます。", "The candidate was discarded; it can be restored from “Discarded candidates”.")), ct);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) => ChangeAsync(async year =>
        ((await reports.RestoreCandidateAsync(Id, Key, year, Department, Candidate, CandidateKey, ct)).Refusal,
            ui.T("候補を戻しました。", "The candidate is proposed again.")), ct);

    public Task<IActionResult> OnPostDeleteIndicatorAsync(CancellationToken ct) => ChangeAsync(async year =>
    {
        var removed = await reports.DeleteIndicatorAsync(Id, Key, year, Department, IndicatorId, IndicatorVersion, ct);
        if (removed.Refusal is ProgressConflict conflict && conflict.Current.Indicators.FirstOrDefault(i => i.Id == IndicatorId) is { } stored)
            return (new ProgressStateConflict(
                $"指標「{stored.Name}」は他の人が先に変更しました(版 {stored.Version})。下の一覧で今の内容を確認してから、もう一度削除してください。",
                $"The indicator “{stored.Name}” was changed by someone else (now version {stored.Version}); check it in the list below, then remove it again.", null), null);
        return (removed.Refusal, ui.T("指標を削除しました。", "The indicator was removed."));
    }, ct);

    /// <summary>
    /// Runs a change with the posted department, then shows the page as now stored. Refusals: out of scope or missing →
    /// the refusal page; invalid → the form again with its errors (400); stale → the conflict (409), keeping the input.
    /// </summary>
    async Task<IActionResult> ChangeAsync(Func<int, Task<(ProgressRefusal? Refusal, string? Done)>> change, CancellationToken ct)
    {
        if (!await LoadPlansAsync(Id, ct))
            return Missing($"計画 {Id} はありません。", $"There is no plan with id {Id}.");
        if (ChooseYear(FiscalYear, out var yearError) is not { } year)
            return Missing(yearError!, yearError!);
        var (refusal, done) = await change(year);
        // Only a post of the report form has input to keep; the buttons (approve, accept …) post none.
        var formPosted = Request.HasFormContentType && Request.Form.ContainsKey("Form.Plan");
        var posted = Form;
        var postedVersion = Version;
        if (refusal is ProgressForbidden or ProgressNotFound)
            return Refuse(refusal);
        if (await LoadAsync(ct) is { } refused)
            return refused;
        switch (refusal)
        {
            case null:
                ModelState.Clear();
                Notice = done;
                Form = ReportForm.From(Part!);
                Version = Part!.Version;
                Reason = null;
                return Page();
            case ProgressInvalid invalid:
                foreach (var e in invalid.Errors)
                    ModelState.AddModelError(ReportForm.FieldId(e.Field), ui.T(e.Japanese, e.English));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case ProgressConflict conflict when formPosted:
                Conflict = conflict.Current;
                // The editor has now seen the other change; saving again deliberately builds on it.
                postedVersion = conflict.Current.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                StateProblem = ui.T(refusal.Japanese, refusal.English);
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }
        if (formPosted)
        {
            Form = posted;
            Version = refusal is ProgressStateConflict ? Part!.Version : postedVersion;
            // The inputs are written from the model, not from ModelState, so what was typed is what comes back.
        }
        else
        {
            Form = ReportForm.From(Part!);
            Version = Part!.Version;
        }
        return Page();
    }

    /// <summary>Reads the plan, the year, the item's parts the caller may see, the chosen part, candidates and the trail.</summary>
    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Breadcrumbs.Add(new Crumb(ui.T("進行管理", "Progress management"), "/staff"));
        if (Plan is null && !await LoadPlansAsync(Id, ct))
            return Missing($"計画 {Id} はありません。", $"There is no plan with id {Id}.");
        if (ChooseYear(FiscalYear, out var yearError) is not { } year)
            return Missing(yearError!, yearError!);
        Year = year;
        var item = await reports.GetAsync(Id, Key, year, null, ct);
        if (item.Value is not { } found)
            return Refuse(item.Refusal!);
        Item = found;
        PageTitle = $"{found.ItemKey} {found.ItemTitle}";
        PageTitleIsJapanese = true;
        Breadcrumbs.Add(new Crumb($"{found.ItemKey} {found.ItemTitle}", Japanese: true));
        Writable.AddRange(found.Parts.Where(p => p.Actions.Contains(ProgressStep.Save) || p.Actions.Contains(ProgressStep.Submit)).Select(p => p.Department));
        if (!string.IsNullOrWhiteSpace(Department))
        {
            Part = found.Parts.FirstOrDefault(p => p.Department == Department.Trim());
            if (Part is null)
            {
                // Not among the parts the caller may see: ask for that part, to refuse with the right reason (403 or 404).
                var one = await reports.GetAsync(Id, Key, year, Department, ct);
                return Refuse(one.Refusal ?? new ProgressForbidden("この部の報告は表示できません。", "You may not see this department's report.", true));
            }
        }
        else
        {
            Part = found.Parts.FirstOrDefault(p => Writable.Contains(p.Department)) ?? found.Parts.FirstOrDefault();
            if (Part is null)
                return Refuse(new ProgressForbidden($"項目 {found.ItemKey} の報告は、担当する部署の範囲外です。",
                    $"The reports of item {found.ItemKey} are outside the units you work for.", true));
        }
        Department = Part.Department;
        OtherParts.AddRange(found.Parts.Where(p => p.Department != Part.Department));
        Scale = (await reports.ScaleAsync(Id, ct)).Value?.Statuses ?? StatusScales.Default.Statuses;
        if (CanEdit && (await reports.CandidateChoicesAsync(Id, Key, year, Part.Department, ct)).Value is { } candidates)
        {
            Candidates = [.. candidates.Offered.Where(c => !Part.Indicators.Any(i => i.Name == c.Candidate.Name))];
            DiscardedCandidates = candidates.Discarded;
        }
        LoadIndicatorForm();
        var audit = await reports.AuditAsync(Id, Key, ct);
        if (audit.Value is not { } trail)
            return Refuse(audit.Refusal!);
        Audit = trail.Entries;
        return null;
    }

    public string StatusLabel(string? code) =>
        code is null ? "—" : Scale.FirstOrDefault(s => s.Code == code) is { } s ? ui.T(s.Japanese, s.English) : code;

    public string DepartmentUrl(string department) => ReportUrl(Id, Item!.ItemKey, Year, department);

    public string YearOf(int? year) => year is { } y ? YearLabel(y) : "—";

    public string Number(decimal? value) => value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
