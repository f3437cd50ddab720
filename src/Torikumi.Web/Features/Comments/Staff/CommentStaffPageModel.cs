using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments.Staff;

/// <summary>
/// The staff pages of the public comment (under <c>/staff/plans/{id}/comments</c>, any staff role by cookie; each
/// action is checked again by <see cref="PublicComments"/>). A refusal becomes the page's message with its status.
/// </summary>
[Authorize(Policy = PagePolicies.Staff)]
public abstract class CommentStaffPageModel : StaffFormPageModel
{
    protected UiText Text => HttpContext.RequestServices.GetRequiredService<UiText>();
    protected PublicComments Comments => HttpContext.RequestServices.GetRequiredService<PublicComments>();
    ICurrentUser CurrentUser => HttpContext.RequestServices.GetRequiredService<ICurrentUser>();

    public bool IsAdministrator => CurrentUser.Actor.Is(ProgressRoles.Administrator);
    public bool IsReviewer => IsAdministrator || CurrentUser.Actor.Is(ProgressRoles.Reviewer);

    /// <summary>The page's message after a change or a refusal (shown in a status region).</summary>
    public string? Notice { get; protected set; }
    public string? Problem { get; protected set; }

    protected async Task<bool> LoadPlanAsync(int id, CancellationToken ct)
    {
        Plan = await HttpContext.RequestServices.GetRequiredService<PortalPlans>().FindAsync(id, ct);
        return Plan is not null;
    }

    /// <summary>The refusal as the page: errors go next to their fields (by the service's field name), the rest on top.</summary>
    protected IActionResult Refuse(CommentRefusal refusal, Func<string, string>? fieldOf = null)
    {
        if (refusal.Kind == RefusalKind.Invalid && refusal.Errors is { Count: > 0 })
        {
            foreach (var e in refusal.Errors)
                ModelState.AddModelError(fieldOf?.Invoke(e.Field) ?? "", e.Text(Text.IsEnglish));
            return Invalid();
        }
        Problem = refusal.Text(Text.IsEnglish);
        foreach (var e in refusal.Errors ?? [])
            ModelState.AddModelError("", e.Text(Text.IsEnglish));
        Response.StatusCode = refusal.Kind switch
        {
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Forbidden or RefusalKind.SignIn => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return Page();
    }

    public string StateLabel(OpinionState state) => state switch
    {
        OpinionState.Received => Text.T("受付", "Received"),
        OpinionState.Summarised => Text.T("要旨作成済み", "Summarised"),
        OpinionState.Assigned => Text.T("所管課に割当", "Assigned"),
        OpinionState.Drafted => Text.T("回答案あり", "Answer drafted"),
        OpinionState.Approved => Text.T("承認済み", "Approved"),
        _ => Text.T("統合済み", "Merged"),
    };

    public static string When(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
