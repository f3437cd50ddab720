using Microsoft.EntityFrameworkCore;
using Torikumi.Cli;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Accounts;
using Torikumi.Web.Tests.Cli;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Accounts;

/// <summary><c>torikumi users …</c>: the first administrator, scripted set-up and tokens, with clear refusals.</summary>
public sealed class UsersCliTests
{
    static async Task<TestDatabase> DatabaseWithPlanAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        await new PlanStore(context).ImportAsync(new PlanImport(RichPlan.Build(), "source"));
        return database;
    }

    static async Task<CliRun> WithStdinAsync(string input, params string[] args)
    {
        using (CliInput.Use(new StringReader(input)))
            return await CliRun.RunAsync(args);
    }

    [Theory, BothProviders]
    public async Task add_prints_a_generated_password_once_and_the_account_can_sign_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var run = await CliRun.RunAsync("users", "add", "--admin", "kikaku@example.jp", "--name", "企画課 練馬太郎", "--db", database.Setting);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("Added kikaku@example.jp (administrator)", run.Out);
        var password = run.Out.Split('\n').Single(l => l.StartsWith("Password (shown once): ", StringComparison.Ordinal))["Password (shown once): ".Length..].Trim();
        Assert.True(password.Length >= StaffPasswordValidator.MinimumLength);

        await using var context = database.NewContext();
        var user = await context.Users.SingleAsync();
        Assert.Equal("企画課 練馬太郎", user.DisplayName);
        Assert.DoesNotContain(password, user.PasswordHash ?? "");
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<Data.Entities.StaffUser>();
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, password));
    }

    [Theory, BothProviders]
    public async Task add_with_departments_sections_and_a_password_from_stdin_makes_an_editor(string provider)
    {
        await using var database = await DatabaseWithPlanAsync(provider);
        var run = await WithStdinAsync("a long enough passphrase\n", "users", "add", "hoiku@example.jp", "--department", "企画部",
            "--section", "こども家庭部/保育課", "--password-stdin", "--db", database.Setting);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("editor: こども家庭部/保育課、企画部", run.Out);
        Assert.DoesNotContain("Password", run.Out);
        var list = await CliRun.RunAsync("users", "list", "--db", database.Setting);
        Assert.Contains("hoiku@example.jp\thoiku@example.jp\teditor: こども家庭部/保育課、企画部\tactive", list.Out);
    }

    [Theory, BothProviders]
    public async Task an_unknown_department_lists_the_known_ones_and_writes_nothing(string provider)
    {
        await using var database = await DatabaseWithPlanAsync(provider);
        var run = await CliRun.RunAsync("users", "add", "x@example.jp", "--department", "未来部", "--db", database.Setting);
        var section = await CliRun.RunAsync("users", "add", "x@example.jp", "--section", "区民部/保育課", "--db", database.Setting);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("Unknown department 「未来部」. Known departments: こども家庭部、企画部、総務部、区民部.", run.Err);
        Assert.Equal(ExitCodes.Refused, section.ExitCode);
        Assert.Contains("Unknown section 「保育課」 in 区民部. Its sections: 協働推進課、地域振興課.", section.Err);
        await using var context = database.NewContext();
        Assert.Equal(0, await context.Users.CountAsync());
    }

    [Theory, BothProviders]
    public async Task a_duplicate_email_and_a_weak_password_are_refused_with_the_reason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CliRun.RunAsync("users", "add", "--admin", "kikaku@example.jp", "--db", database.Setting);
        var duplicate = await CliRun.RunAsync("users", "add", "--reviewer", "KIKAKU@example.jp", "--db", database.Setting);
        var shortPassword = await WithStdinAsync("tooshort\n", "users", "add", "--reviewer", "r@example.jp", "--password-stdin", "--db", database.Setting);
        var emailPassword = await WithStdinAsync("r@example.jp\n", "users", "add", "--reviewer", "r@example.jp", "--password-stdin", "--db", database.Setting);
        var noRole = await CliRun.RunAsync("users", "add", "r@example.jp", "--db", database.Setting);

        Assert.Equal(ExitCodes.Refused, duplicate.ExitCode);
        Assert.Contains("An account for KIKAKU@example.jp already exists.", duplicate.Err);
        Assert.Equal(ExitCodes.Refused, shortPassword.ExitCode);
        Assert.Contains("at least 12 characters", shortPassword.Err);
        Assert.Equal(ExitCodes.Refused, emailPassword.ExitCode);
        Assert.Contains("The e-mail address cannot be the password.", emailPassword.Err);
        Assert.Equal(ExitCodes.Refused, noRole.ExitCode);
        Assert.Contains("Choose a role", noRole.Err);
        await using var context = database.NewContext();
        Assert.Equal(1, await context.Users.CountAsync());
    }

    [Theory, BothProviders]
    public async Task token_prints_only_the_token_stores_its_hash_and_revoke_token_revokes_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CliRun.RunAsync("users", "add", "--reviewer", "rpa@example.jp", "--db", database.Setting);
        var run = await CliRun.RunAsync("users", "token", "rpa@example.jp", "--name", "RPA 進捗登録", "--expires", "30", "--db", database.Setting);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var token = run.Out.Trim();
        Assert.True(AccessTokens.IsWellFormed(token), token);
        Assert.Contains("Token 1 “RPA 進捗登録” for rpa@example.jp", run.Err);
        await using (var context = database.NewContext())
        {
            var stored = await context.PersonalAccessTokens.SingleAsync();
            Assert.Equal(AccessTokens.Hash(token), stored.TokenHash);
            Assert.NotNull(stored.ExpiresAt);
        }

        var listed = await CliRun.RunAsync("users", "list", "--db", database.Setting);
        Assert.Contains("  token 1\tRPA 進捗登録\t", listed.Out);
        Assert.DoesNotContain(token, listed.Out);
        var revoke = await CliRun.RunAsync("users", "revoke-token", "1", "--db", database.Setting);
        var again = await CliRun.RunAsync("users", "revoke-token", "1", "--db", database.Setting);
        var unknown = await CliRun.RunAsync("users", "revoke-token", "99", "--db", database.Setting);
        var noAccount = await CliRun.RunAsync("users", "token", "nobody@example.jp", "--db", database.Setting);

        Assert.Equal(ExitCodes.Ok, revoke.ExitCode);
        Assert.Contains("Revoked token 1 “RPA 進捗登録” of rpa@example.jp.", revoke.Out);
        Assert.Contains("already revoked", again.Out);
        Assert.Equal(ExitCodes.Refused, unknown.ExitCode);
        Assert.Equal(ExitCodes.Refused, noAccount.ExitCode);
        Assert.Contains("There is no account for nobody@example.jp", noAccount.Err);
        await using (var context = database.NewContext())
            Assert.NotNull((await context.PersonalAccessTokens.SingleAsync()).RevokedAt);
    }

    [Theory, BothProviders]
    public async Task disable_disables_but_never_the_last_administrator(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CliRun.RunAsync("users", "add", "--admin", "kikaku@example.jp", "--db", database.Setting);
        await CliRun.RunAsync("users", "add", "--reviewer", "r@example.jp", "--db", database.Setting);

        var last = await CliRun.RunAsync("users", "disable", "kikaku@example.jp", "--db", database.Setting);
        var reviewer = await CliRun.RunAsync("users", "disable", "r@example.jp", "--db", database.Setting);
        var list = await CliRun.RunAsync("users", "list", "--db", database.Setting);

        Assert.Equal(ExitCodes.Refused, last.ExitCode);
        Assert.Contains("The last administrator cannot be disabled", last.Err);
        Assert.Equal(ExitCodes.Ok, reviewer.ExitCode);
        Assert.Contains("kikaku@example.jp\tkikaku@example.jp\tadministrator\tactive", list.Out);
        Assert.Contains("r@example.jp\tr@example.jp\treviewer\tdisabled", list.Out);
    }
}
