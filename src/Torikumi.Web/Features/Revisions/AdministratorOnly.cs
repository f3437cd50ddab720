using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Progress;
using Torikumi.Web.Accounts;

namespace Torikumi.Web.Features.Revisions;

/// <summary>
/// Administrators only, answered in place: a signed-in account without the role gets 403 (the friendly error page), not
/// a redirect, for GET and POST alike; anonymous requests still go to the sign-in page through the page policy.
/// </summary>
public sealed class AdministratorOnlyAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
        if ((user.Actor.Roles & ProgressRoles.Administrator) == 0)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }
}
