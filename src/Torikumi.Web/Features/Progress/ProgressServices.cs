using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Torikumi.Core.Progress;
using Torikumi.Web.Accounts;

namespace Torikumi.Web.Features.Progress;

public static class ProgressServices
{
    /// <summary>The progress service, and an anonymous <see cref="ICurrentUser"/> only where accounts have not registered theirs.</summary>
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.AddScoped<ProgressReports>();
        services.TryAddScoped<ICurrentUser, Anonymous>();
        return services;
    }

    /// <summary>Nobody signed in: reads what is published, changes nothing.</summary>
    sealed class Anonymous : ICurrentUser
    {
        public bool IsAuthenticated => false;
        public string? UserId => null;
        public string? Email => null;
        public string? DisplayName => null;
        public ProgressActor Actor => ProgressActor.Public;
    }
}
