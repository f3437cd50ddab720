using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data.Revisions;

namespace Torikumi.Web.Features.Revisions;

/// <summary>Revisions (改定): the store of match sets, the carry-overs this app knows, and the public diff.</summary>
public static class RevisionServices
{
    public static IServiceCollection AddRevisions(this IServiceCollection services)
    {
        services.AddScoped<RevisionStore>();
        services.AddScoped<PublicRevisions>();
        // Other features register their own IVersionCarryOver; every registered one runs in the confirmation.
        services.AddScoped<IVersionCarryOver, ProgressCarryOver>();
        return services;
    }
}
