using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// <c>/staff/dashboard</c>: the planning division's overview (進行管理の状況) of a fiscal year — per department, how many
/// parts are at each stage, the deadline (set by administrators) and which departments are overdue. Reviewers and
/// administrators; the service refuses others (403).
/// </summary>
public sealed class DashboardModel(ProgressReports reports, Accounts.ICurrentUser user, UiText ui) : StaffPageModel
{
    [BindProperty(SupportsGet = true, Name = "plan")] public int? PlanId { get; set; }
    [BindProperty(SupportsGet = true, Name = "year")] public string? YearText { get; set; }
    /// <summary>The new deadline as yyyy-MM-dd; empty removes it.</summary>
    [BindProperty] public string? Due { get; set; }

    /// <summary>For 一括公表: the department whose approved reports are published (empty: every department).</summary>
    [BindProperty(SupportsGet = true, Name = "department")] public string? PublishDepartment { get; set; }
    /// <summary>The number of approved reports the administrator confirmed.</summary>
    [BindProperty] public int Expected { get; set; }

    public int Year { get; private set; }
    /// <summary>Set on the confirmation step: how many approved reports would be published.</summary>
    public int? ConfirmCount { get; private set; }
    public ProgressDashboard? Board { get; private set; }
    public string? Notice { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostDeadlineAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        if (Board is null)
            return loaded;
        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(Due))
        {
            if (!DateOnly.TryParseExact(Due.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                ModelState.AddModelError("Due", ui.T($"期限「{Due}」は日付(例: 2023-05-31)で入力してください。", $"Give the deadline \"{Due}\" as a date (e.g. 2023-05-31)."));
                return Invalid();
            }
            due = d;
        }
        var set = await reports.SetDeadlineAsync(Board!.PlanId, Year, due, ct);
        if (set.Refusal is { } refusal)
            return Refuse(refusal);
        ModelState.Clear();
        Notice = due is null ? ui.T("提出期限を取り消しました。", "The deadline was removed.") : ui.T($"提出期限を{due:yyyy-MM-dd}にしました。", $"The deadline is now {due:yyyy-MM-dd}.");
        return await LoadAsync(ct);
    }

    /// <summary>一括公表, step 1: says how many approved reports would be published (nothing changes yet).</summary>
    public async Task<IActionResult> OnGetConfirmPublishAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        if (Board is null)
            return loaded;
        if (!IsAdministrator)
            return Refuse(new ProgressForbidden("公表は企画課(管理者)だけができます。", "Only the planning division (administrators) may publish.", true));
        if (DepartmentChoice() is { } unknown)
            return unknown;
        ConfirmCount = ApprovedCount;
        return Page();
    }

    /// <summary>一括公表, step 2: publishes the confirmed number of approved reports in one transaction (the service re-checks everything).</summary>
    public async Task<IActionResult> OnPostPublishAllAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        if (Board is null)
            return loaded;
        var department = string.IsNullOrWhiteSpace(PublishDepartment) ? null : PublishDepartment.Trim();
        var published = await reports.PublishAllApprovedAsync(Board.PlanId, Year, ct, department, Expected);
        if (published.Refusal is ProgressStateConflict changed)
        {
            ModelState.AddModelError("", ui.T(changed.Japanese, changed.English));
            Response.StatusCode = StatusCodes.Status409Conflict;
            await ReloadAsync(ct);
            ConfirmCount = ApprovedCount;
            return Page();
        }
        if (published.Refusal is { } refusal)
            return Refuse(refusal);
        var count = published.Value!.Published;
        var whose = department is null ? "" : department;
        Notice = ui.T($"{Board.FiscalYearLabel}の承認済みの報告{(whose.Length > 0 ? $"({whose})" : "")}を{count}件公表しました。",
            $"{count} approved report(s) of FY{Year}{(whose.Length > 0 ? $" ({whose})" : "")} published.");
        PublishDepartment = null;
        await ReloadAsync(ct);
        return Page();
    }

    /// <summary>Approved reports of the chosen department, or of all.</summary>
    public int ApprovedCount => Board!.Departments
        .Where(d => string.IsNullOrWhiteSpace(PublishDepartment) || d.Department == PublishDepartment.Trim()).Sum(d => d.Approved);

    IActionResult? DepartmentChoice() =>
        string.IsNullOrWhiteSpace(PublishDepartment) || Board!.Departments.Any(d => d.Department == PublishDepartment.Trim())
            ? null
            : Missing($"部「{PublishDepartment.Trim()}」はこの計画にありません。", $"There is no department \"{PublishDepartment.Trim()}\" in this plan.");

    async Task ReloadAsync(CancellationToken ct)
    {
        var board = await reports.DashboardAsync(Board!.PlanId, Year, ct);
        Board = board.Value ?? Board;
    }

    async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        PageTitle = ui.T("進行管理の状況", "Progress dashboard");
        if (Breadcrumbs.Count == 0)
        {
            Breadcrumbs.Add(new Crumb(ui.T("進行管理", "Progress management"), "/staff"));
            Breadcrumbs.Add(new Crumb(PageTitle));
        }
        if (Plan is null && !await LoadPlansAsync(PlanId, ct))
            return Missing("計画がありません。", "There is no plan.");
        if (ChooseYear(YearText, out var yearError) is not { } year)
            return Missing(yearError!, yearError!);
        Year = year;
        var board = await reports.DashboardAsync(Plan!.Id, year, ct);
        if (board.Value is null)
            return Refuse(board.Refusal!);
        Board = board.Value;
        Due ??= Board.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public bool IsAdministrator => user.Actor.Is(Core.Progress.ProgressRoles.Administrator);

    public string ListUrl(string? department, ProgressStage? stage) =>
        $"/staff?plan={Board!.PlanId}&year={Year}"
        + (department is null ? "" : "&department=" + Uri.EscapeDataString(department))
        + (stage is null ? "" : "&stage=" + StaffText.StageCode(stage.Value));
}
