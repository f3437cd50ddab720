using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;
using Torikumi.Data;

namespace Torikumi.Cli.Verbs;

/// <summary>
/// `torikumi diff OLD NEW`: matches the items of two versions of a plan and prints what changed (docs/revisions.md).
/// Each side is a file (plan text or open-data JSON) or a stored version written <c>plan:ID@N</c>.
/// </summary>
public static partial class DiffVerb
{
    const string StoredSyntax = "plan:ID@N";

    public static Command Create()
    {
        var older = new Argument<string>("OLD")
        {
            Description = "The older version: a plan text or open-data JSON file, or a stored version plan:ID@N " +
                "(plan ID, version N; plan:ID alone is the latest version).",
        };
        var newer = new Argument<string>("NEW") { Description = "The newer version, in the same forms as OLD." };
        var json = new Option<bool>("--json")
        {
            Description = "Print JSON: {\"changes\": [{\"kind\", \"old\", \"new\", \"confidence\", \"aspects\" …}], \"summary\": {…}, " +
                "\"organisationChanges\": […]}, one entry per matched, added or removed item, unchanged ones as \"same\".",
        };
        var db = DatabaseOption.Create();
        var command = new Command("diff",
            "Match the items of two versions of a plan (same, changed, moved, renumbered, split, merged, added, removed) " +
            "and print a summary with counts per kind, then each change. --db is only used for plan:ID@N. " +
            "Exit code 2 when a version cannot be read (file refused, no such stored version).")
        {
            older, newer, json, db,
        };
        command.WithExamples(
            "torikumi diff draft.txt decided.txt",
            "torikumi diff plan:1@1 plan:1@2 --json",
            "torikumi diff plan:1@2 next-plan.json --db sqlite:torikumi.db");
        command.SetAction((result, ct) => RunAsync(result.GetValue(older)!, result.GetValue(newer)!, result.GetValue(json),
            result.GetValue(db), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    static async Task<int> RunAsync(string olderArg, string newerArg, bool json, string? dbSetting,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        var (older, olderCode) = await LoadAsync(olderArg, dbSetting, error, ct);
        if (older is null)
            return olderCode;
        var (newer, newerCode) = await LoadAsync(newerArg, dbSetting, error, ct);
        if (newer is null)
            return newerCode;

        var match = VersionMatcher.Match(older, newer);
        output.Write(json ? RevisionReport.ToJson(match, older, newer) : RevisionReport.ToText(match, older, newer));
        return ExitCodes.Ok;
    }

    [GeneratedRegex(@"^plan:(?<id>[0-9]+)(@(?<n>[0-9]+))?$")]
    private static partial Regex Stored();

    static async Task<(PlanDocument? Plan, int ExitCode)> LoadAsync(string arg, string? dbSetting, TextWriter error, CancellationToken ct)
    {
        if (!arg.StartsWith("plan:", StringComparison.Ordinal))
        {
            var file = PlanFile.Read(arg);
            if (file.Plan is null)
            {
                error.WriteLine(file.Error);
                return (null, ExitCodes.Refused);
            }
            return (file.Plan, ExitCodes.Ok);
        }

        var m = Stored().Match(arg);
        if (!m.Success || !int.TryParse(m.Groups["id"].Value, CultureInfo.InvariantCulture, out var planId)
            || (m.Groups["n"].Success && !int.TryParse(m.Groups["n"].Value, CultureInfo.InvariantCulture, out _)))
        {
            error.WriteLine($"{arg}: a stored version is written {StoredSyntax} (e.g. plan:1@2 for version 2 of plan 1, or plan:1 for its latest version).");
            return (null, ExitCodes.Refused);
        }
        int? version = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

        if (DatabaseOption.Resolve(dbSetting, error) is not { } config)
            return (null, ExitCodes.Refused);
        try
        {
            await using var context = TorikumiDb.CreateContext(config);
            await context.MigrateAsync(ct);
            var store = new PlanStore(context);
            // The operator may compare a version still awaiting confirmation (that is what reviewing it needs) when naming it.
            var plan = version is int n ? await store.LoadAnyAsync(planId, n, ct) : await store.LoadAsync(planId, null, ct);
            if (plan is not null)
                return (plan, ExitCodes.Ok);
            var plans = await store.ListPlansAsync(0, 1000, ct);
            var chosen = plans.FirstOrDefault(p => p.Id == planId);
            if (chosen is null)
            {
                error.WriteLine(plans.Count == 0
                    ? $"{arg}: no plan is stored in {config.Display}: import one first with `torikumi import FILE`."
                    : $"{arg}: there is no plan {planId}. Stored plans:");
                PlanList.Write(plans, error);
            }
            else
                error.WriteLine($"{arg}: plan {planId} has no version {version}: its versions are 1 to {chosen.LatestVersion}.");
            return (null, ExitCodes.Refused);
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            return (null, DatabaseErrors.Report(e, config, error));
        }
    }
}
