using System.CommandLine;
using System.Text;
using Torikumi.Core.Export;
using Torikumi.Data;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi export`: writes a stored plan version in the open-data format.</summary>
public static class ExportVerb
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (the open-data format, docs/plan.schema.json, with the published progress of each item), " +
                "csv (one row per item, UTF-8 with BOM for Excel), progress-csv (one row per published progress report, linked to csv by the item key), " +
                "xlsx (the item list and the published progress; needs --output) or site (the public portal as static HTML in the directory given by --output).",
            DefaultValueFactory = _ => "json",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("json", "csv", "progress-csv", "xlsx", "site");
        var plan = new Option<int?>("--plan")
        {
            Description = "Id of the plan to export; required when more than one plan is stored.",
            HelpName = "ID",
        };
        var version = new Option<int?>("--version")
        {
            Description = "Version number to export (default: the latest).",
            HelpName = "N",
        };
        var outputFile = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output (json), or into this directory (site; required).",
            HelpName = "PATH",
        };
        var db = DatabaseOption.Create();

        var command = new Command("export",
            "Write a stored plan version out. export → import → export gives byte-identical JSON.")
        {
            format, plan, version, outputFile, db,
        };
        command.WithExamples(
            "torikumi export --format json > plan.json",
            "torikumi export --plan 2 --version 1 --output plan-v1.json",
            "torikumi export --format csv --output plan.csv",
            "torikumi export --format progress-csv --output plan-progress.csv",
            "torikumi export --format site --output ./public-site");
        command.SetAction((result, ct) => result.GetValue(format) == "site"
            ? SiteExport.RunAsync(result.GetValue(plan), result.GetValue(version), result.GetValue(outputFile), result.GetValue(db),
                result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct)
            : RunAsync(result.GetValue(format)!,
            result.GetValue(plan), result.GetValue(version), result.GetValue(outputFile), result.GetValue(db),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    static async Task<int> RunAsync(string format, int? planId, int? versionNumber, string? outputFile, string? dbSetting,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (format == "xlsx" && outputFile is null)
        {
            error.WriteLine("An Excel file cannot go to the terminal: name it with --output FILE.xlsx.");
            return ExitCodes.Refused;
        }
        if (DatabaseOption.Resolve(dbSetting, error) is not { } config)
            return ExitCodes.Refused;
        try
        {
            await using var context = TorikumiDb.CreateContext(config);
            await context.MigrateAsync(ct);
            var store = new PlanStore(context);

            var plans = await store.ListPlansAsync(0, 1000, ct);
            if (plans.Count == 0)
            {
                error.WriteLine($"No plan is stored in {config.Display}: import one first with `torikumi import FILE`.");
                return ExitCodes.Refused;
            }
            if (planId is null && plans.Count > 1)
            {
                error.WriteLine($"{plans.Count} plans are stored; choose one with --plan ID:");
                PlanList.Write(plans, error);
                return ExitCodes.Refused;
            }
            var chosen = plans.FirstOrDefault(p => p.Id == (planId ?? plans[0].Id));
            if (chosen is null)
            {
                error.WriteLine($"There is no plan {planId}. Stored plans:");
                PlanList.Write(plans, error);
                return ExitCodes.Refused;
            }

            var plan = await store.LoadAsync(chosen.Id, versionNumber, ct);
            if (plan is null)
            {
                error.WriteLine($"Plan {chosen.Id} has no version {versionNumber}: its versions are 1 to {chosen.LatestVersion}.");
                return ExitCodes.Refused;
            }

            var number = versionNumber ?? chosen.LatestVersion;
            var source = new PlanExportSource(chosen.Id, number);
            // Only published progress goes out, as on the portal; the item list's CSV has none (progress-csv has it).
            var progress = format == "csv" ? []
                : await Torikumi.Web.Features.Progress.Public.PlanProgressExport.LoadAsync(context, chosen.Id, new Torikumi.Core.Plans.PlanIndex(plan), ct);
            var bytes = format switch
            {
                "csv" => PlanCsv.Write(PlanRows.Of(plan, source)),
                "progress-csv" => OpenDataCsv.Write(ProgressColumns.All, progress),
                "xlsx" => PlanXlsx.Write(plan, source, DateTimeOffset.Now, progress),
                _ => PlanJson.SerializeToUtf8(plan, progress),
            };
            if (outputFile is null)
            {
                output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes));
                return ExitCodes.Ok;
            }
            if (Path.GetDirectoryName(Path.GetFullPath(outputFile)) is { } dir)
                Directory.CreateDirectory(dir);
            await File.WriteAllBytesAsync(outputFile, bytes, ct);
            output.WriteLine($"exported plan {chosen.Id} ({chosen.Municipality} {chosen.Title}) version {number} as {format} to {outputFile}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            return DatabaseErrors.Report(e, config, error);
        }
    }
}
