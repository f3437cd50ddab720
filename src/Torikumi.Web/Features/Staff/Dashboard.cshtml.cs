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

    public int Year { get; private set; }
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
