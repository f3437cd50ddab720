using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Torikumi.Web.Portal;

public static class PortalServices
{
    /// <summary>Razor Pages from Features/, the plan cache, and the two interface languages (ja default, en).</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AddPageRoute("/Search/Index", "/search");
        });
        // Japanese stays readable in the HTML source (and 40 % smaller) instead of &#x...; for every character.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMemoryCache(o => o.SizeLimit = 64);
        services.AddScoped<PortalPlans>();
        services.AddSingleton<UiText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = UiText.Languages.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture(UiText.Japanese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // ?lang=en in a link, then the cookie set by /language; the browser's Accept-Language is not used, so a
            // shared link opens in Japanese unless it says otherwise.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// Friendly HTML pages for 404 and other errors without a body; the error page answers problem JSON instead when
    /// the request was for the API, so API clients never get HTML.
    /// </summary>
    public static IApplicationBuilder UsePortalStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePagesWithReExecute("/error/{0}");
}
