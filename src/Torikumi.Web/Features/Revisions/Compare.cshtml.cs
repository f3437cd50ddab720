using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Torikumi.Web.Features.Revisions;

/// <summary><c>/plans/{id}/versions/compare?a=1&amp;b=3</c>: the version form's target, which redirects to the diff page (so the form needs no script).</summary>
public sealed class CompareModel : PageModel
{
    public IActionResult OnGet(int id, int a, int b) =>
        // Without two different versions (a link, not the form; or the static copy's crawler) the list is the answer.
        a < 1 || b < 1 || a == b ? Redirect($"/plans/{id}/versions")
        : Redirect($"/plans/{id}/versions/{Math.Min(a, b)}/diff/{Math.Max(a, b)}");
}
