using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data;

namespace Torikumi.Cli;

/// <summary>
/// Runs a verb's work with the app's services on the chosen database (migrated first), the way the web app has them:
/// the database option resolved (a bad one is refused with its message), invariant messages, and a database that
/// cannot be reached reported plainly instead of a stack trace. Each verb adds the services of its feature.
/// </summary>
static class ServiceHost
{
    public static async Task<int> RunAsync(ParseResult result, Option<string?> db, Action<IServiceCollection> addServices,
        Func<IServiceProvider, TextWriter, TextWriter, Task<int>> work, CancellationToken ct)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        if (DatabaseOption.Resolve(result.GetValue(db), error) is not { } config)
            return ExitCodes.Refused;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddTorikumiData(config);
            addServices(services);
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TorikumiDbContext>().MigrateAsync(ct);
            return await work(scope.ServiceProvider, output, error);
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            return DatabaseErrors.Report(e, config, error);
        }
    }
}
