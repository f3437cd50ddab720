using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Errors;

/// <summary>The page shown for a missing page or another error, with the original status code kept.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(UiText ui) : PortalPageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code)
    {
        // Only reached by re-execution after an error; asked for directly, it is just another missing page.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Code = original is null ? 404 : code;
        Response.StatusCode = Code;
        if (original is not null && (original.OriginalPath.StartsWith("/api/", StringComparison.Ordinal) || original.OriginalPath.StartsWith("/openapi/", StringComparison.Ordinal)))
            return new ObjectResult(new ProblemDetails
            {
                Status = Code,
                Title = ReasonPhrases.GetReasonPhrase(Code),
                Detail = Code == 404 ? $"No API route matches {original.OriginalPath}; see /openapi/v1.json for every route." : null,
            })
            { StatusCode = Code, ContentTypes = { "application/problem+json" } };
        PageTitle = Code == 404 ? ui.T("ページが見つかりません", "Page not found") : ui.T("エラーが発生しました", "Something went wrong");
        return Page();
    }
}
