using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// <c>/plans/{id}/comments/result</c>: the published 「意見の概要と区の考え方」 — the period, the counts by channel, then
/// per item each summary, the ward's view and the classification; with XLSX and CSV downloads and an A4 print style.
/// Public fields only: never a name, address, e-mail, receipt number or the full text.
/// </summary>
public sealed class ResultModel(PortalPlans portal, PublicComments comments, UiText ui) : PortalPageModel
{
    public PublishedResult Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Plan = await portal.FindAsync(id, ct);
        if (Plan is null)
            return NotFound();
        var result = await comments.ResultAsync(id, ct);
        if (result.Value is null)
            return NotFound();
        Result = result.Value;
        PageTitle = ui.T("意見の概要と区の考え方", "Summary of opinions and the ward's views");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(PageTitle));
        return Page();
    }
}
