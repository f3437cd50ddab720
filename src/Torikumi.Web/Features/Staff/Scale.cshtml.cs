using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Progress;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// <c>/staff/plans/{id}/scale</c>: the plan's status scale (ステータスの段階), for administrators: take a ready-made one
/// (<see cref="StatusScales.ByName"/>) or edit codes, labels, order, scores and whether each counts in roll-ups. The
/// service refuses a scale that drops a code reports use (saying how many and which years) and audits every change.
/// </summary>
public sealed class ScaleModel(ProgressReports reports, ICurrentUser user, UiText ui) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Preset { get; set; }
    [BindProperty] public ScaleForm Scale { get; set; } = new();

    public ScaleView? Current { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
            return refused;
        Scale = ScaleForm.From(Current!.Statuses, Current.Suggestions);
        return Page();
    }

    /// <summary>A ready-made scale replaces the plan's, as a whole.</summary>
    public async Task<IActionResult> OnPostPresetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
            return refused;
        if (Preset is null || !StatusScales.ByName.TryGetValue(Preset, out var preset))
        {
            ModelState.AddModelError("Preset_default", ui.T("用意された段階から一つ選んでください。", "Choose one of the ready-made scales."));
            Scale = ScaleForm.From(Current!.Statuses, Current.Suggestions);
            return Invalid();
        }
        var set = await reports.SetScaleAsync(Id, preset.Statuses, preset.Suggestions, ct);
        return Done(set, invalid => ModelState.AddModelError("Preset_" + Preset, ui.T(invalid.Japanese, invalid.English)),
            ui.T($"ステータスの段階を「{PresetName(Preset)}」にしました。", $"The status scale is now “{PresetName(Preset)}”."));
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
            return refused;
        var (statuses, suggestions, inputErrors) = Scale.ToStatuses();
        if (inputErrors.Count > 0)
        {
            foreach (var e in inputErrors)
                ModelState.AddModelError(Scale.FieldId(e.Field), ui.T(e.Japanese, e.English));
            Scale.AddBlankRows();
            return Invalid();
        }
        var set = await reports.SetScaleAsync(Id, statuses, suggestions, ct);
        var posted = Scale;
        var result = Done(set, invalid => ModelState.AddModelError(posted.FieldId(invalid.Field), ui.T(invalid.Japanese, invalid.English)),
            ui.T("ステータスの段階を保存しました。", "The status scale was saved."));
        if (set.Refusal is not null)
        {
            Scale = posted;
            Scale.AddBlankRows();
        }
        return result;
    }

    IActionResult Done(ProgressResult<ScaleView> set, Action<ProgressError> addError, string notice)
    {
        switch (set.Refusal)
        {
            case null:
                ModelState.Clear();
                Current = set.Value;
                Scale = ScaleForm.From(Current!.Statuses, Current.Suggestions);
                Notice = notice;
                return Page();
            case ProgressInvalid invalid:
                foreach (var e in invalid.Errors)
                    addError(e);
                Scale = ScaleForm.From(Current!.Statuses, Current.Suggestions);
                return Invalid();
            case ProgressStateConflict conflict:
                ModelState.AddModelError("", ui.T(conflict.Japanese, conflict.English));
                Scale = ScaleForm.From(Current!.Statuses, Current.Suggestions);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return Refuse(set.Refusal);
        }
    }

    /// <summary>The plan and its scale; administrators only (others get 403 before anything is shown).</summary>
    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        PageTitle = ui.T("ステータスの段階", "Status scale");
        Breadcrumbs.Add(new Crumb(ui.T("進行管理", "Progress management"), "/staff"));
        Breadcrumbs.Add(new Crumb(ui.T("進行管理の状況", "Progress dashboard"), $"/staff/dashboard?plan={Id}"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        if (!await LoadPlansAsync(Id, ct))
            return Missing($"計画 {Id} はありません。", $"There is no plan with id {Id}.");
        if (!user.Actor.Is(ProgressRoles.Administrator))
            return Refuse(new ProgressForbidden("ステータスの段階は企画課(管理者)だけが変更できます。",
                "Only the planning division (administrators) may change the status scale.", user.IsAuthenticated));
        var current = await reports.ScaleAsync(Id, ct);
        if (current.Value is null)
            return Refuse(current.Refusal!);
        Current = current.Value;
        return null;
    }

    public string PresetName(string name) => name switch
    {
        "default" => ui.T("既定(計画以上・計画どおり…)", "Default (ahead of plan, on track …)"),
        "achievement" => ui.T("達成・概ね達成・一部遅れ・未着手", "Achieved, mostly, partly behind, not started"),
        "graded" => ui.T("S・A・B・C(完了・中止・評価困難つき)", "S, A, B, C (with done, stopped, cannot be assessed)"),
        _ => name,
    };

    /// <summary>Whether the plan's scale is exactly this ready-made one (its radio is then checked).</summary>
    public bool IsPreset(StatusScale preset) =>
        Current is { } c && c.Statuses.SequenceEqual(preset.Statuses) && Equals(c.Suggestions, preset.Suggestions);
}
