using System.CommandLine;
using Torikumi.Core.Export;
using Torikumi.Core.Parsing;

namespace Torikumi.Cli.Verbs;

/// <summary>
/// <c>torikumi parse FILE [--json]</c>: reads a published plan's text and shows what the parser understood,
/// without storing anything.
/// </summary>
public static class ParseVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The plan's text (UTF-8, UTF-16 or Shift_JIS; at most 20 MB), e.g. text exported from the published PDF.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the plan in the open-data JSON format (docs/plan.schema.json) on stdout, and the diagnostics as JSON lines on stderr.",
        };
        var command = new Command("parse",
            "Read a plan's text and print what the parser understood: an outline (keys, titles, ★, 再掲 links, owners) " +
            "and a one-line summary, or the open-data JSON with --json. Diagnostics go to stderr; nothing is stored. " +
            "Exit code 0: a plan was read; 2: the file was refused or is not an action plan.")
        {
            file,
            json,
        };
        command.WithExamples(
            "torikumi parse samples/nerima-action-plan-2022-2023-draft.txt",
            "torikumi parse plan.txt --json > plan.json 2> diagnostics.jsonl",
            "torikumi parse plan.txt 2>/dev/null | tail -n 1        # the summary only");
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string path, bool json, TextWriter output, TextWriter error)
    {
        var input = PlanInput.ReadFile(path);
        if (!input.Ok)
        {
            error.Write(input.Error + "\n");
            return ExitCodes.Refused;
        }

        var result = PlanParser.Parse(input.Text!);
        if (result.Plan is null)
        {
            var errors = result.Errors.ToList();
            if (errors.Count == 0)
                error.Write($"{path}: not an action plan: no pillar (施策の柱) or strategic plan (戦略計画) headings were found\n");
            else if (json)
                DiagnosticOutput.WriteJsonLines(error, errors);
            else
                DiagnosticOutput.WriteText(error, errors);
            return ExitCodes.Refused;
        }

        if (json)
        {
            output.Write(PlanJson.Serialize(result.Plan));
            DiagnosticOutput.WriteJsonLines(error, result.Diagnostics);
        }
        else
        {
            PlanOutline.Write(output, result.Plan, result.Diagnostics.Count);
            DiagnosticOutput.WriteText(error, result.Diagnostics);
        }
        return ExitCodes.Ok;
    }
}
