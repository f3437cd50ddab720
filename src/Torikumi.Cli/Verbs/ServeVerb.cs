using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Torikumi.Data;
using Torikumi.Web;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi serve`: migrates the database, imports the sample into an empty one, then serves the web app.</summary>
public static class ServeVerb
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:8080 (several separated by ';').",
            DefaultValueFactory = _ => WebApp.DefaultUrls,
            HelpName = "URLS",
        };
        var db = DatabaseOption.Create();
        var command = new Command("serve",
            "Serve Torikumi over HTTP: a page at / listing the stored plans and the open-data API at /api/v1/plans. " +
            "Creates or migrates the database first and imports the sample plan when it holds none.")
        {
            urls, db,
        };
        command.WithExamples(
            "torikumi serve",
            "torikumi serve --urls http://0.0.0.0:8080 --db \"postgres:Host=db;Database=torikumi;Username=torikumi\"");
        command.SetAction((result, ct) => RunAsync(result.GetValue(urls)!, result.GetValue(db),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    static async Task<int> RunAsync(string urls, string? dbSetting, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (DatabaseOption.Resolve(dbSetting, error) is not { } config)
            return ExitCodes.Refused;
        await using var app = WebApp.Create(new WebAppSettings(config) { Urls = urls });
        try
        {
            await app.MigrateDatabaseAsync(ct);
            await using (var scope = app.Services.CreateAsyncScope())
                await SampleSeed.ImportIfEmptyAsync(scope.ServiceProvider.GetRequiredService<PlanStore>(), output, error, ct);
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            return DatabaseErrors.Report(e, config, error);
        }

        output.WriteLine($"Serving on {urls} (database: {config.Display}); press Ctrl+C to stop.");
        await app.StartAsync(ct);
        await app.WaitForShutdownAsync(ct);
        return ExitCodes.Ok;
    }
}
