using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments;

/// <summary>The public comment feature: its service, the receipt mailer, the item links and its options.</summary>
public static class CommentServices
{
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddOptions<CommentOptions>().BindConfiguration(CommentOptions.Section);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddScoped<CommentPlans>();
        services.AddScoped<PublicComments>();
        services.AddSingleton<IntakeWriter>();
        services.AddSingleton<IReceiptMailer, SmtpReceiptMailer>();
        services.AddScoped<IItemLinkSource, OpinionItemLinks>();
        return services;
    }

    /// <summary>The API and the result downloads (the pages are Razor Pages, mapped with the others).</summary>
    public static IEndpointRouteBuilder MapComments(this IEndpointRouteBuilder app)
    {
        app.MapCommentsApi();
        app.MapCommentDownloads();
        return app;
    }
}
