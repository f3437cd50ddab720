using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Progress;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// <c>/staff</c>: the editor's home (進行管理). An editor sees the items their units own (lead or related) with the state
/// of each report in the chosen fiscal year; reviewers and administrators see every department, with a filter.
/// </summary>
public sealed class IndexModel(ProgressReports reports, ICurrentUser user, UiText ui) : StaffPageModel
{
    [FromQuery(Name = "plan")] public int? PlanId { get; set; }
    [FromQuery(Name = "year")] public string? YearText { get; set; }
    [FromQuery(Name = "department")] public string? Department { get; set; }
    [FromQuery(Name = "stage")] public string? StageCode { get; set; }

    public int Year { get; private set; }
    public bool IsAdministrator => user.Actor.Is(ProgressRoles.Administrator);
    public bool SeesAll => user.Actor.Is(ProgressRoles.Reviewer) || user.Actor.Is(ProgressRoles.Administrator);
    public IReadOnlyList<OrgUnit> Scope => user.Actor.Scope;
    public List<ReportListEntry> Entries { get; } = [];
    /// <summary>Departments of the plan, for the filter.</summary>
    public List<string> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = ui.T("進行管理", "Progress management");
        Breadcrumbs.Add(new Crumb(PageTitle));
        if (!await LoadPlansAsync(PlanId, ct))
            return Missing("報告できる計画がありません。先に計画を取り込んでください。", "There is no plan to report on; import a plan first.");
        if (ChooseYear(YearText, out var yearError) is not { } year)
            return Missing(yearError!, yearError!);
        Year = year;
        var stage = StaffText.ParseStage(StageCode);
        var list = await reports.ListAsync(Plan!.Id, year, SeesAll ? Department : null, stage, ct);
        if (list.Value is not { } found)
            return Refuse(list.Refusal!);
        Scale = (await reports.ScaleAsync(Plan.Id, ct)).Value?.Statuses ?? StatusScales.Default.Statuses;
        var index = Plan.Index;
        Departments = [.. ReportableItems.Of(index).SelectMany(index.OwnersOf).Select(o => o.Department).Distinct()];
        foreach (var entry in found.Reports)
        {
            // Editors read published parts of others too; their home lists only what their units own.
            if (!SeesAll && !OwnedByMe(entry))
                continue;
            Entries.Add(entry);
        }
        return Page();
    }

    bool OwnedByMe(ReportListEntry entry) =>
        Plan!.Index.Item(entry.ItemKey) is { } item
        && Plan.Index.OwnersOf(item).FirstOrDefault(o => o.Department == entry.Department) is { } owner
        && user.Actor.Covers(owner);

    IReadOnlyList<ProgressStatus> Scale { get; set; } = [];

    public string? StatusLabel(string? code) => code is null ? null : Scale.FirstOrDefault(s => s.Code == code) is { } s ? ui.T(s.Japanese, s.English) : code;
}
