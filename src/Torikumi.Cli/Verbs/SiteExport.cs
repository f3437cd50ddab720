using Torikumi.Data;
using Torikumi.Web.Features.StaticCopy;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi export --format site --output DIR`: the public portal as static HTML files.</summary>
static class SiteExport
{
    public static async Task<int> RunAsync(int? planId, int? versionNumber, string? directory, string? dbSetting,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (directory is null)
        {
            error.WriteLine("--format site writes many files: name the directory with --output DIR (e.g. --output ./public-site).");
            return ExitCodes.Refused;
        }
        if (versionNumber is not null)
        {
            error.WriteLine("--version cannot be used with --format site: the portal shows the latest version of each plan.");
            return ExitCodes.Refused;
        }
        if (File.Exists(directory))
        {
            error.WriteLine($"{directory} is a file; --output needs a directory for the site.");
            return ExitCodes.Refused;
        }
        if (DatabaseOption.Resolve(dbSetting, error) is not { } config)
            return ExitCodes.Refused;
        try
        {
            await using (var context = TorikumiDb.CreateContext(config))
            {
                await context.MigrateAsync(ct);
                var store = new PlanStore(context);
                if (!await store.AnyPlanAsync(ct))
                {
                    error.WriteLine($"No plan is stored in {config.Display}: import one first with `torikumi import FILE`.");
                    return ExitCodes.Refused;
                }
                if (planId is int id && await store.LoadAsync(id, ct: ct) is null)
                {
                    error.WriteLine($"There is no plan {id}. Stored plans:");
                    PlanList.Write(await store.ListPlansAsync(0, 1000, ct), error);
                    return ExitCodes.Refused;
                }
            }
            var result = await StaticSite.ExportAsync(config, directory, planId, output, ct);
            output.WriteLine($"wrote {result.Pages} pages ({result.Files} files, {result.Bytes / 1024.0 / 1024.0:F1} MB) to {result.Directory}");
            output.WriteLine($"open {Path.Combine(result.Directory, "index.html")} in a browser, or copy the directory to a web server.");
            foreach (var failure in result.Failed)
                error.WriteLine($"not copied: {failure}");
            return result.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            return DatabaseErrors.Report(e, config, error);
        }
    }
}
