using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>What the summary on a plan, pillar or strategic-plan page shows: the year, the chart and its table.</summary>
public sealed record ProgressSummaryModel(PortalPlan Plan, int FiscalYear, RollUpChart Chart, RollUpTable Table)
{
    public string YearUrl => ProgressLinks.Year(Plan.Id, FiscalYear);
}

/// <summary>
/// The roll-up of published progress for the latest fiscal year that has any (進捗状況の概要), for the whole plan
/// (<c>group: "plan"</c>), a pillar (P1) or a strategic plan (S4). Renders nothing until something is published.
/// Used from the plan pages with one line, so those pages stay as they are.
/// </summary>
public sealed class ProgressSummaryViewComponent(ProgressReports reports, UiText ui) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PortalPlan plan, string group)
    {
        var ct = HttpContext.RequestAborted;
        if (await reports.LatestPublishedYearAsync(plan.Id, ct) is not { } year
            || (await reports.PublishedAsync(plan.Id, year, ct)).Value is not { } published)
            return Content("");
        var rollUp = published.RollUp;
        GroupRollUp? found = group == RollUps.PlanKey ? rollUp.Plan
            : rollUp.Pillars.FirstOrDefault(p => p.Key == group) ?? rollUp.Strategies.FirstOrDefault(s => s.Key == group);
        if (found is null)
            return Content("");
        var yearLabel = ui.FiscalYear(year);
        var title = ui.T($"{yearLabel}の進捗状況(公表分)", $"Progress in {yearLabel} (published reports)");
        var chart = RollUpChart.Of("progress-summary", title, found, published.Scale, ui);
        var table = new RollUpTable(ui.T($"{yearLabel}の状況別の取組数", $"Items per status, {yearLabel}"), ui.T("範囲", "Scope"),
            [new RollUpRow(found, group == RollUps.PlanKey ? ui.T("計画全体", "Whole plan") : found.Title, Japanese: group != RollUps.PlanKey || !ui.IsEnglish)],
            published.Scale);
        return View("/Features/Progress/Public/_Summary.cshtml", new ProgressSummaryModel(plan, year, chart, table));
    }
}

/// <summary>The public progress addresses, in one place.</summary>
public static class ProgressLinks
{
    public static string Year(int planId, int fiscalYear) =>
        $"/plans/{planId}/progress/{fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string Data(int planId, int fiscalYear, string extension) => $"{Year(planId, fiscalYear)}/data.{extension}";
}
