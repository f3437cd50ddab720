using System.CommandLine;
using Torikumi.Data;
using Torikumi.Data.Storage;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi import FILE`: stores a plan as a new version, or says it is unchanged.</summary>
public static class ImportVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A published plan text (UTF-8, Shift_JIS/CP932 or UTF-16) or an open-data JSON file (.json).",
        };
        var municipality = new Option<string?>("--municipality")
        {
            Description = "The municipality the plan belongs to (e.g. 練馬区); replaces what the document says.",
            HelpName = "NAME",
        };
        var stage = new Option<string?>("--stage")
        {
            Description = "The plan's stage, replacing what the document says: 素案 (draft), 案 (proposal) or 決定 (decided).",
            HelpName = "STAGE",
        };
        stage.AcceptOnlyFromAmong([.. PlanStages.All]);
        var db = DatabaseOption.Create();

        var command = new Command("import",
            "Store a plan as a new version of the plan it belongs to (same municipality and title). " +
            "Importing the same content again changes nothing; changed content becomes the next version. " +
            "Exit code 2 when the file is refused (nothing is written).")
        {
            file, municipality, stage, db,
        };
        command.WithExamples(
            "torikumi import samples/nerima-action-plan-2022-2023-draft.txt",
            "torikumi import plan.txt --municipality 練馬区 --stage 案",
            "torikumi import plan.json --db \"postgres:Host=db;Database=torikumi;Username=torikumi\"");
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(file)!, result.GetValue(municipality), result.GetValue(stage), result.GetValue(db),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    static async Task<int> RunAsync(string path, string? municipality, string? stage, string? dbSetting,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (DatabaseOption.Resolve(dbSetting, error) is not { } config)
            return ExitCodes.Refused;

        var input = PlanFile.Read(path);
        DiagnosticOutput.WriteText(error, input.Diagnostics);
        if (input.Plan is null || input.SourceText is null)
        {
            error.WriteLine(input.Error);
            error.WriteLine("Nothing was imported.");
            return ExitCodes.Refused;
        }

        try
        {
            await using var context = TorikumiDb.CreateContext(config);
            await context.MigrateAsync(ct);
            var imported = await new PlanStore(context).ImportAsync(new PlanImport(input.Plan, input.SourceText)
            {
                SourceEncoding = input.Encoding,
                SourceFormat = input.Format,
                SourceName = Path.GetFileName(path),
                Municipality = municipality,
                Stage = stage,
            }, ct);
            output.WriteLine(imported);
            var n = input.Diagnostics.Count;
            output.WriteLine(n == 0 ? "0 diagnostics" : $"{n} diagnostic{(n == 1 ? "" : "s")} (listed on stderr)");
            return ExitCodes.Ok;
        }
        catch (PlanImportException e)
        {
            error.WriteLine($"{path}: {e.Message}");
            error.WriteLine("Nothing was imported.");
            return ExitCodes.Refused;
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            return DatabaseErrors.Report(e, config, error);
        }
    }
}
