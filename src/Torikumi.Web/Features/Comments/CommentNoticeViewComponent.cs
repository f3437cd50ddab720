using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments;

public sealed record CommentNoticeModel(PortalPlan Plan, string? ItemKey, PeriodView Period, bool ThisVersion);

/// <summary>
/// 「この素案への意見」 on the plan page and every item page: the link to the form while the period is open, else when it
/// was or will be open, and the published result once there is one. Nothing when the plan never had a period.
/// </summary>
public sealed class CommentNoticeViewComponent(PublicComments comments) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PortalPlan plan, string? key)
    {
        var period = await comments.PeriodAsync(plan.Id, HttpContext.RequestAborted);
        if (period is null)
            return Content("");
        var thisVersion = period.VersionNumber == plan.VersionNumber;
        if (!thisVersion && !period.IsPublished)
            return Content("");
        return View("/Features/Comments/_CommentNotice.cshtml", new CommentNoticeModel(plan, key, period, thisVersion));
    }
}
