using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data.Accounts;
using Torikumi.Web.Accounts;

namespace Torikumi.Cli.Verbs;

/// <summary>
/// `torikumi users …`: staff accounts from the command line — the first administrator, scripted set-up, tokens for
/// scripts. The same rules as the administrator's pages (<see cref="StaffDirectory"/>, <see cref="AccessTokenStore"/>).
/// </summary>
public static class UsersVerb
{
    public static Command Create()
    {
        var command = new Command("users", "Manage staff accounts and their personal access tokens.")
        {
            Add(), List(), Token(), RevokeToken(), SetDisabled(true), SetDisabled(false),
        };
        command.WithExamples(
            "torikumi users add --admin kikaku@city.example.jp --name \"企画課 練馬太郎\"",
            "echo \"$PASSWORD\" | torikumi users add hoiku@city.example.jp --section こども家庭部/保育課 --password-stdin",
            "torikumi users token rpa@city.example.jp --name \"RPA 進捗登録\" --expires 90");
        return command;
    }

    static Command Add()
    {
        var email = new Argument<string>("EMAIL") { Description = "The e-mail address, used to sign in." };
        var admin = new Option<bool>("--admin") { Description = "Administrator (planning division, 企画課): everything, including accounts." };
        var reviewer = new Option<bool>("--reviewer") { Description = "Reviewer (確認担当): reads everything, returns or approves reports." };
        var department = new Option<string[]>("--department")
        {
            Description = "A department (部) the account edits progress for; repeatable. Makes it a department editor.",
            HelpName = "NAME",
        };
        var section = new Option<string[]>("--section")
        {
            Description = "A section (課) the account edits progress for, as 部/課; repeatable. Makes it a department editor.",
            HelpName = "部/課",
        };
        var municipality = new Option<string?>("--municipality")
        {
            Description = "Where departments of the same name exist in several municipalities: which one.",
            HelpName = "NAME",
        };
        var name = new Option<string?>("--name") { Description = "Display name (default: the e-mail address).", HelpName = "DISPLAY" };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from the first line of standard input; otherwise one is generated and printed once.",
        };
        var db = DatabaseOption.Create();
        var command = new Command("add", "Add a staff account. Exit code 2 when refused (duplicate e-mail, unknown department, weak password); nothing is written then.")
        {
            email, admin, reviewer, department, section, municipality, name, passwordStdin, db,
        };
        command.SetAction((r, ct) => RunAsync(r, db, async (services, output, error) =>
        {
            var directory = services.GetRequiredService<StaffDirectory>();
            var organisation = await directory.OrganisationAsync(ct);
            var units = UnitNames.Resolve(organisation, r.GetValue(municipality), r.GetValue(department) ?? [], r.GetValue(section) ?? [], error);
            if (units is null)
                return Refused(error);
            string password;
            var generated = !r.GetValue(passwordStdin);
            if (generated)
                password = Passwords.Generate();
            else if ((await CliInput.Current.ReadLineAsync(ct))?.TrimEnd('\r') is { Length: > 0 } line)
                password = line;
            else
            {
                error.WriteLine("--password-stdin: standard input has no password on its first line.");
                return Refused(error);
            }
            List<string> roles = [.. r.GetValue(admin) ? [StaffRoles.Administrator] : Array.Empty<string>(), .. r.GetValue(reviewer) ? [StaffRoles.Reviewer] : Array.Empty<string>()];
            var address = r.GetValue(email)!;
            var result = await directory.AddAsync(new NewStaffUser(address, r.GetValue(name), roles, units), password, ct);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors)
                    error.WriteLine($"{address}: {e.Message}");
                return Refused(error);
            }
            var user = (await directory.FindByEmailAsync(address))!;
            var summary = (await directory.FindAsync(user.Id, ct))!;
            output.WriteLine($"Added {summary.Email} ({Describe(summary)}).");
            if (generated)
            {
                output.WriteLine($"Password (shown once): {password}");
                output.WriteLine("Hand it over safely; it can be changed after signing in, at /account/password.");
            }
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    static Command List()
    {
        var db = DatabaseOption.Create();
        var command = new Command("list", "List staff accounts with their roles, units and tokens.") { db };
        command.SetAction((r, ct) => RunAsync(r, db, async (services, output, error) =>
        {
            var users = await services.GetRequiredService<StaffDirectory>().ListAsync(ct);
            var tokens = await services.GetRequiredService<AccessTokenStore>().ListAsync(null, ct);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (users.Count == 0)
                output.WriteLine("No staff accounts yet. Add the first administrator: torikumi users add --admin EMAIL");
            foreach (var user in users)
            {
                var state = user.IsDisabled ? "disabled" : user.IsLockedOut(now) ? "locked out" : "active";
                output.WriteLine($"{user.Email}\t{user.DisplayName}\t{Describe(user)}\t{state}");
                foreach (var token in tokens.Where(t => t.UserId == user.Id).OrderBy(t => t.Id))
                {
                    var tokenState = token.IsRevoked ? "revoked" : token.IsExpired(now) ? "expired" : "active";
                    output.WriteLine($"  token {token.Id}\t{token.Name}\tcreated {Date(token.CreatedAt)}\tlast used {Date(token.LastUsedAt)}\texpires {(token.ExpiresAt is null ? "never" : Date(token.ExpiresAt))}\t{tokenState}");
                }
            }
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    static Command Token()
    {
        var email = new Argument<string>("EMAIL") { Description = "The account the token acts as." };
        var name = new Option<string?>("--name") { Description = "What the token is for (default: \"CLI\" and today's date).", HelpName = "NAME" };
        var expires = new Option<int?>("--expires") { Description = "Days until it expires (default: never).", HelpName = "DAYS" };
        var db = DatabaseOption.Create();
        var command = new Command("token",
            "Create a personal access token for the API and print it (only the token, on standard output): it is shown once and stored only as a hash.")
        {
            email, name, expires, db,
        };
        command.SetAction((r, ct) => RunAsync(r, db, async (services, output, error) =>
        {
            var address = r.GetValue(email)!;
            if (await services.GetRequiredService<StaffDirectory>().FindByEmailAsync(address) is not { } user)
                return NoAccount(address, error);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var (created, result) = await services.GetRequiredService<AccessTokenStore>()
                .CreateAsync(user.Id, r.GetValue(name) ?? $"CLI {Date(now)[..10]}", r.GetValue(expires), ct);
            if (created is null)
            {
                foreach (var e in result.Errors)
                    error.WriteLine($"{address}: {e.Message}");
                return Refused(error);
            }
            output.WriteLine(created.Text);
            error.WriteLine($"Token {created.Token.Id} “{created.Token.Name}” for {user.Email}, expires {(created.Token.ExpiresAt is null ? "never" : Date(created.Token.ExpiresAt))}. " +
                "It is shown once: keep it like a password. Revoke it with: torikumi users revoke-token " + created.Token.Id);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    static Command RevokeToken()
    {
        var id = new Argument<int>("ID") { Description = "The token's id (shown by `users token` and `users list`)." };
        var db = DatabaseOption.Create();
        var command = new Command("revoke-token", "Revoke a personal access token; it stops working on the next request.") { id, db };
        command.SetAction((r, ct) => RunAsync(r, db, async (services, output, error) =>
        {
            var store = services.GetRequiredService<AccessTokenStore>();
            var tokenId = r.GetValue(id);
            var before = (await store.ListAsync(null, ct)).FirstOrDefault(t => t.Id == tokenId);
            if (before is null)
            {
                error.WriteLine($"There is no token {tokenId}; `torikumi users list` shows the tokens.");
                return ExitCodes.Refused;
            }
            if (before.IsRevoked)
            {
                output.WriteLine($"Token {tokenId} “{before.Name}” of {before.Email} was already revoked on {Date(before.RevokedAt)}.");
                return ExitCodes.Ok;
            }
            await store.RevokeAsync(tokenId, null, ct);
            output.WriteLine($"Revoked token {tokenId} “{before.Name}” of {before.Email}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    static Command SetDisabled(bool disable)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account's e-mail address." };
        var db = DatabaseOption.Create();
        var command = new Command(disable ? "disable" : "enable", disable
            ? "Disable an account: signed out everywhere at once, its tokens stop working; its records stay."
            : "Enable a disabled account again.")
        {
            email, db,
        };
        command.SetAction((r, ct) => RunAsync(r, db, async (services, output, error) =>
        {
            var address = r.GetValue(email)!;
            var directory = services.GetRequiredService<StaffDirectory>();
            if (await directory.FindByEmailAsync(address) is not { } user)
                return NoAccount(address, error);
            var result = await directory.SetDisabledAsync(user.Id, disable, ct);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors)
                    error.WriteLine($"{address}: {e.Message}");
                return Refused(error);
            }
            output.WriteLine($"{(disable ? "Disabled" : "Enabled")} {user.Email}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>Opens (and migrates) the database, runs <paramref name="work"/> with English messages, reports database failures.</summary>
    static Task<int> RunAsync(ParseResult result, Option<string?> db,
        Func<IServiceProvider, TextWriter, TextWriter, Task<int>> work, CancellationToken ct) =>
        ServiceHost.RunAsync(result, db, services => services.AddStaffIdentity(), work, ct);

    static string Describe(StaffUserSummary user)
    {
        var roles = user.Roles.Count == 0 ? "no role" : string.Join(", ", user.Roles);
        return user.Units.Count == 0 ? roles : $"{roles}: {string.Join("、", user.Units)}";
    }

    static int NoAccount(string email, TextWriter error)
    {
        error.WriteLine($"There is no account for {email}; `torikumi users list` shows them.");
        return ExitCodes.Refused;
    }

    static int Refused(TextWriter error)
    {
        error.WriteLine("Nothing was changed.");
        return ExitCodes.Refused;
    }

    static string Date(DateTimeOffset? at) =>
        at is { } t ? t.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " JST" : "—";
}
