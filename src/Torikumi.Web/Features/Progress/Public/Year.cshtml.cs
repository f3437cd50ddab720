using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Japanese;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>
/// <c>/plans/{id}/progress/{fiscalYear}</c>: the published progress of a fiscal year (年度の進捗状況) — the whole-plan
/// roll-up as a chart and a table, then per pillar, strategic plan and department, the published reports, and the
/// downloads. Computed from published reports only, whoever is signed in.
/// </summary>
public sealed class YearModel(PortalPlans plans, ProgressReports reports, UiText ui) : PortalPageModel
{
    public PublishedProgress Progress { get; private set; } = null!;
    public RollUpChart PlanChart { get; private set; } = null!;
    public IReadOnlyList<RollUpChart> PillarCharts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string fiscalYear, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null || !FiscalYears.TryParse(fiscalYear, out var year, out _)
            || (await reports.PublishedAsync(id, year, ct)).Value is not { } progress)
            return NotFound();
        Progress = progress;
        var label = ui.FiscalYear(year);
        PlanChart = RollUpChart.Of("rollup-plan", ui.T($"{label}の進捗状況: 計画全体", $"Progress in {label}: whole plan"), progress.RollUp.Plan, progress.Scale, ui);
        PillarCharts = [.. progress.RollUp.Pillars.Select((p, i) =>
            RollUpChart.Of($"rollup-pillar-{i + 1}", ui.T($"{label}の進捗状況: {p.Title}", $"Progress in {label}: {p.Title}"), p, progress.Scale, ui))];

        PageTitle = ui.T($"{label}の進捗状況", $"Progress in {label}");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(PageTitle));
        return Page();
    }

    public RollUpTable PlanTable => new(ui.T("計画全体の状況別の取組数", "Items per status, whole plan"), ui.T("範囲", "Scope"),
        [new RollUpRow(Progress.RollUp.Plan, ui.T("計画全体", "Whole plan"), Japanese: !ui.IsEnglish)], Progress.Scale);

    public RollUpTable PillarTable => new(ui.T("施策の柱ごとの状況別の取組数", "Items per status, by pillar"), ui.T("施策の柱", "Pillar"),
        [.. Progress.RollUp.Pillars.Select(p => new RollUpRow(p, p.Title, Plan!.PillarUrl(p.Key)))], Progress.Scale);

    public RollUpTable StrategyTable => new(ui.T("戦略計画ごとの状況別の取組数", "Items per status, by strategic plan"), ui.T("戦略計画", "Strategic plan"),
        [.. Progress.RollUp.Strategies.Select(s => new RollUpRow(s, s.Title, Plan!.StrategyUrl(s.Key)))], Progress.Scale);

    public RollUpTable DepartmentTable => new(ui.T("部ごとの状況別の取組数(その部の報告による)", "Items per status, by department (its own reports)"), ui.T("部", "Department"),
        [.. Progress.RollUp.Departments.Select(d => new RollUpRow(d, d.Title, Plan!.DepartmentUrl(d.Key)))], Progress.Scale);

    public string DataUrl(string extension) => ProgressLinks.Data(Plan!.Id, Progress.FiscalYear, extension);
}
