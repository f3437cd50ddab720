using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Japanese;
using Torikumi.Data;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// The progress pages for staff (進行管理): the plan and fiscal year being worked on, and how a refusal of the progress
/// service becomes a page. A refusal is never ignored: out of scope is a 403 page, a missing item 404, saying why.
/// </summary>
public abstract class StaffPageModel : StaffFormPageModel
{
    protected UiText Text => HttpContext.RequestServices.GetRequiredService<UiText>();

    /// <summary>Set when the service refused; the page then shows only this (see _Refused).</summary>
    public ProgressRefusal? Refusal { get; private set; }

    /// <summary>The plans staff can work on, newest first (a municipality usually has one or two).</summary>
    public List<PortalPlan> Plans { get; } = [];

    /// <summary>Chooses the plan: the one asked for, else the newest. False (with a 404 refusal) when there is none.</summary>
    protected async Task<bool> LoadPlansAsync(int? planId, CancellationToken ct)
    {
        var services = HttpContext.RequestServices;
        var ids = await services.GetRequiredService<TorikumiDbContext>().Plans.AsNoTracking()
            .OrderByDescending(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var portal = services.GetRequiredService<PortalPlans>();
        foreach (var id in ids)
            if (await portal.FindAsync(id, ct) is { } p)
                Plans.Add(p);
        Plan = planId is { } wanted ? Plans.FirstOrDefault(p => p.Id == wanted) : Plans.FirstOrDefault();
        return Plan is not null;
    }

    /// <summary>The plan's fiscal years (計画期間).</summary>
    public IReadOnlyList<int> Years => Plan?.Document.FiscalYears ?? [];

    /// <summary>
    /// The year as written (2022, 令和4年度, R4 …); null text means the plan's current year (this fiscal year when in the
    /// plan, else its first). Null when unreadable or outside the plan, with the message in <paramref name="error"/>.
    /// </summary>
    protected int? ChooseYear(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            var now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(9));
            var current = now.Month >= 4 ? now.Year : now.Year - 1;
            return Years.Contains(current) ? current : Years.Count > 0 ? Years[0] : current;
        }
        if (!FiscalYears.TryParse(text, out var year, out var parseError))
        {
            error = Text.T(parseError.Japanese, parseError.English);
            return null;
        }
        if (Years.Count > 0 && !Years.Contains(year))
        {
            error = Text.T($"{FiscalYears.Label(year)}はこの計画の期間外です。{string.Join("、", Years.Select(FiscalYears.Label))}のどれかにしてください。",
                $"FY{year} is outside this plan; use one of {string.Join(", ", Years.Select(FiscalYears.EnglishLabel))}.");
            return null;
        }
        return year;
    }

    /// <summary>Shows the refusal as the whole page, with its status code (403 out of scope, 404 missing …).</summary>
    protected IActionResult Refuse(ProgressRefusal refusal)
    {
        Refusal = refusal;
        Response.StatusCode = refusal switch
        {
            ProgressForbidden { SignedIn: false } => StatusCodes.Status401Unauthorized,
            ProgressForbidden => StatusCodes.Status403Forbidden,
            ProgressNotFound => StatusCodes.Status404NotFound,
            ProgressInvalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
        if (PageTitle.Length == 0)
            PageTitle = refusal is ProgressForbidden ? Text.T("この操作はできません", "Not allowed") : Text.T("表示できません", "Cannot be shown");
        return Page();
    }

    protected IActionResult Missing(string japanese, string english) => Refuse(new ProgressNotFound(japanese, english));

    public string StageLabel(ProgressStage stage) => StaffText.Stage(stage, Text);

    public string When(DateTimeOffset? at) =>
        at is { } t ? t.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string YearLabel(int year) => FiscalYears.Label(year);

    public string ReportUrl(int planId, string key, int year, string? department = null) =>
        $"/staff/plans/{planId}/items/{Uri.EscapeDataString(key)}/progress/{year.ToString(CultureInfo.InvariantCulture)}"
        + (department is null ? "" : "?department=" + Uri.EscapeDataString(department));
}

/// <summary>Labels of the workflow for the staff pages.</summary>
public static class StaffText
{
    public static string Stage(ProgressStage stage, UiText ui) => stage switch
    {
        ProgressStage.NotStarted => ui.T("未着手", "Not started"),
        ProgressStage.Draft => ui.T("下書き", "Draft"),
        ProgressStage.Submitted => ui.T("提出済み", "Submitted"),
        ProgressStage.Returned => ui.T("差戻し", "Returned"),
        ProgressStage.Approved => ui.T("承認済み", "Approved"),
        _ => ui.T("公表済み", "Published"),
    };

    /// <summary>The stage's code in query strings: the same names the API uses.</summary>
    public static string StageCode(ProgressStage stage) => Progress.ReportMapping.Name(stage);

    public static ProgressStage? ParseStage(string? code) =>
        Enum.GetValues<ProgressStage>().Cast<ProgressStage?>().FirstOrDefault(s => StageCode(s!.Value) == code);

    public static string Action(string action, UiText ui) => action switch
    {
        "save" => ui.T("一時保存", "Saved"),
        "submit" => ui.T("提出", "Submitted"),
        "return" => ui.T("差戻し", "Returned"),
        "approve" => ui.T("承認", "Approved"),
        "publish" => ui.T("公表", "Published"),
        "indicator-add" => ui.T("指標の追加", "Indicator added"),
        "indicator-update" => ui.T("指標の変更", "Indicator changed"),
        "indicator-delete" => ui.T("指標の削除", "Indicator removed"),
        "candidate-discard" => ui.T("候補の破棄", "Candidate discarded"),
        "candidate-restore" => ui.T("候補を戻す", "Candidate restored"),
        "deadline" => ui.T("提出期限", "Deadline"),
        "scale" => ui.T("ステータスの段階", "Status scale"),
        _ => action,
    };
}
