using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Torikumi.Web.Portal;

/// <summary>
/// <c>GET /language?to=en&amp;return=/plans/1</c>: remembers the interface language in a cookie and goes back to the
/// page. A plain link, so it works without script and in every browser.
/// </summary>
public static class LanguageSwitch
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language", (HttpContext http, string? to, string? @return) =>
        {
            if (to is null || !UiText.Languages.Contains(to))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language",
                    detail: "to must be ja or en (言語は ja か en を指定してください).");
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(to)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                    Path = "/",
                });
            return Results.LocalRedirect(IsLocal(@return) ? @return! : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>Only paths on this site: never an open redirect to another host.</summary>
    static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
