using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Progress.Public;

public sealed record ItemProgressModel(PortalPlan Plan, string ItemKey, IReadOnlyList<PublishedYear> Years);

/// <summary>
/// 「進捗状況」 on an item page: its published reports per fiscal year, each department's part with status, percent,
/// 計画, 実績, remarks, evidence and indicators. Only published reports, whoever is signed in; nothing when none.
/// </summary>
public sealed class ItemProgressViewComponent(ProgressReports reports) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PortalPlan plan, string key)
    {
        var years = await reports.PublishedOfItemAsync(plan.Id, key, HttpContext.RequestAborted);
        return years.Count == 0
            ? Content("")
            : View("/Features/Progress/Public/_ItemProgress.cshtml", new ItemProgressModel(plan, key, years));
    }
}
