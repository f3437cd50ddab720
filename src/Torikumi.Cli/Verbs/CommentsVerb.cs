using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Comments;

namespace Torikumi.Cli.Verbs;

/// <summary>
/// `torikumi comments …`: the public comment (パブリックコメント) from the shell — open a period on a plan's draft, and
/// purge the submitters' personal data once the plan's retention has passed (docs/comments.md). The same rules as the
/// administrator's page (<see cref="PublicComments"/>).
/// </summary>
public static class CommentsVerb
{
    public static Command Create()
    {
        var command = new Command("comments", "Public comment (パブリックコメント): open a period, purge personal data.") { Open(), Purge() };
        command.WithExamples(
            "torikumi comments open --plan 1 --from 2026-12-01 --to 2026-12-31",
            "torikumi comments open --plan 1 --from 2026-12-01 --to 2026-12-20 --reason \"年度内の決定に間に合わせるため\"",
            "torikumi comments purge --dry-run");
        return command;
    }

    static Command Open()
    {
        var plan = new Option<int>("--plan") { Description = "The plan's id (torikumi import prints it).", Required = true, HelpName = "ID" };
        var from = new Option<string>("--from") { Description = "The first day, Japan time (YYYY-MM-DD).", Required = true, HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = "The last day, included, Japan time (YYYY-MM-DD).", Required = true, HelpName = "DATE" };
        var reason = new Option<string?>("--reason") { Description = "Why the period is shorter than 30 days (required then; recorded and published).", HelpName = "TEXT" };
        var version = new Option<int?>("--version") { Description = "The version number the period is on (default: the latest).", HelpName = "N" };
        var how = new Option<string?>("--how") { Description = "How to submit besides the web form (post, fax, counters), as residents should read it.", HelpName = "TEXT" };
        var contact = new Option<string?>("--contact") { Description = "Whom to ask.", HelpName = "TEXT" };
        var retention = new Option<int?>("--retention-days") { Description = "Days after the end to keep names, addresses and e-mails (default 365).", HelpName = "DAYS" };
        var db = DatabaseOption.Create();
        var command = new Command("open", "Open (or change) the comment period on a plan's version. Exit code 2 when refused; nothing is written then.")
        {
            plan, from, to, reason, version, how, contact, retention, db,
        };
        command.SetAction((r, ct) => RunAsync(r, db, async (comments, output, error) =>
        {
            if (!TryDate(r.GetValue(from)!, "--from", error, out var first) || !TryDate(r.GetValue(to)!, "--to", error, out var last))
                return Refused(error);
            var result = await comments.OpenPeriodAsync(r.GetValue(plan), new PeriodInput(first, last, r.GetValue(how), r.GetValue(contact),
                r.GetValue(reason), r.GetValue(retention), r.GetValue(version)), ct);
            if (result.Value is not { } saved)
            {
                var refusal = result.Refusal!;
                error.WriteLine(refusal.English);
                foreach (var e in refusal.Errors ?? [])
                    error.WriteLine($"  {Option(e.Field)}: {e.English}");
                return Refused(error);
            }
            foreach (var w in saved.Warnings)
                error.WriteLine($"warning: {w.English}");
            var p = saved.Period;
            output.WriteLine($"{(saved.Created ? "Opened" : "Changed")} the comment period on plan {p.PlanId} version {p.VersionNumber}: {p.Wording(true)} ({p.Phase.ToString().ToLowerInvariant()}).");
            output.WriteLine($"Personal data is kept {p.RetentionDays} days after the end; residents comment at /plans/{p.PlanId}/comment.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    static Command Purge()
    {
        var plan = new Option<int?>("--plan") { Description = "Only this plan (default: every plan).", HelpName = "ID" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only count what would be deleted." };
        var db = DatabaseOption.Create();
        var command = new Command("purge", "Delete submitters' names, addresses and e-mails once the plan's retention has passed; the opinions stay.")
        {
            plan, dryRun, db,
        };
        command.SetAction((r, ct) => RunAsync(r, db, async (comments, output, _) =>
        {
            var dry = r.GetValue(dryRun);
            var lines = await comments.PurgeAsync(r.GetValue(plan), dry, ct);
            foreach (var line in lines)
                output.WriteLine($"plan {line.PlanId}, period {line.PeriodId} (retention ended {line.Due.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}): "
                    + $"{(dry ? "would delete" : "deleted")} the personal data of {line.PersonalData} submission(s).");
            output.WriteLine(lines.Count == 0 ? "No period has passed its retention; nothing to purge." : $"{(dry ? "Dry run: nothing was deleted." : "Done.")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    static bool TryDate(string text, string option, TextWriter error, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        error.WriteLine($"{option}: \"{text}\" is not a date; write it as YYYY-MM-DD (e.g. 2026-12-01), in Japan time.");
        return false;
    }

    static string Option(string field) => field switch
    {
        "from" => "--from",
        "to" => "--to",
        "reason" => "--reason",
        "version" => "--version",
        "howToSubmit" => "--how",
        "contact" => "--contact",
        "retentionDays" => "--retention-days",
        _ => field,
    };

    static Task<int> RunAsync(ParseResult result, Option<string?> db, Func<PublicComments, TextWriter, TextWriter, Task<int>> work,
        CancellationToken ct) =>
        ServiceHost.RunAsync(result, db, services =>
        {
            services.AddMemoryCache();
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<ICurrentUser, CommandLineUser>();
            services.AddOptions<CommentOptions>();
            services.AddScoped<CommentPlans>();
            services.AddScoped<PublicComments>();
            services.AddSingleton<IntakeWriter>();
        }, (provider, output, error) => work(provider.GetRequiredService<PublicComments>(), output, error), ct);

    static int Refused(TextWriter error)
    {
        error.WriteLine("Nothing was changed.");
        return ExitCodes.Refused;
    }
}
