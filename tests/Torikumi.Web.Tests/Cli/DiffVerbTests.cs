using System.Text.Json;
using Torikumi.Core.Export;
using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Cli;

/// <summary>`torikumi diff OLD NEW` on files and on stored versions (plan:ID@N), through the real command line.</summary>
public sealed class DiffVerbTests
{
    [Fact]
    public async Task diff_of_two_files_prints_counts_per_kind_then_each_change()
    {
        using var files = new TempFolder();
        var (older, newer) = await WriteVersionsAsync(files);

        var run = await CliRun.RunAsync("diff", older, newer);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("→", run.Out.Split('\n')[0]);
        Assert.Matches(@"\n  changed\s+1\n", run.Out);
        Assert.Matches(@"\n  same\s+6\n", run.Out);
        Assert.Contains("Changes:\n  changed    2-1 → 2-1  (", run.Out);
        Assert.Contains("body", run.Out);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public async Task diff_json_has_one_entry_per_item_with_lower_case_kinds_and_keys()
    {
        using var files = new TempFolder();
        var (older, newer) = await WriteVersionsAsync(files);

        var run = await CliRun.RunAsync("diff", older, newer, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(RichPlan.Build().AllItems.Count(), changes.Count);
        var changed = Assert.Single(changes, c => c.GetProperty("kind").GetString() == "changed");
        Assert.Equal("2-1", changed.GetProperty("old").GetString());
        Assert.Equal("2-1", changed.GetProperty("new").GetString());
        Assert.Equal(["body"], changed.GetProperty("aspects").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(changes.Count - 1, changes.Count(c => c.GetProperty("kind").GetString() == "same"));
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("changed").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("organisationChanges").GetArrayLength());
    }

    [Fact]
    public async Task diff_reads_the_sample_text_against_an_edited_json_version()
    {
        using var files = new TempFolder();
        var sample = PlanParser.Parse(await File.ReadAllTextAsync(SamplePlan.Path)).Plan!;
        var first = sample.Strategies.First();
        // The first two initiatives of 戦略計画1 swap places: both are renumbered.
        var swapped = first with { Items = [first.Items[1] with { Key = "1-1", Number = 1 }, first.Items[0] with { Key = "1-2", Number = 2 }, .. first.Items.Skip(2)] };
        var revised = sample with
        {
            Stage = "案",
            Pillars = [sample.Pillars[0] with { Strategies = [swapped, .. sample.Pillars[0].Strategies.Skip(1)] }, .. sample.Pillars.Skip(1)],
        };
        Assert.Empty(first.Items[1].Children);
        Assert.Empty(first.Items[0].Children);
        var newer = files.File("revised.json");
        await File.WriteAllTextAsync(newer, PlanJson.Serialize(revised));

        var run = await CliRun.RunAsync("diff", SamplePlan.Path, newer, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var renumbered = doc.RootElement.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "renumbered")
            .Select(c => $"{c.GetProperty("old").GetString()}→{c.GetProperty("new").GetString()}").ToList();
        Assert.Equal(["1-1→1-2", "1-2→1-1"], renumbered);
    }

    [Theory, BothProviders]
    public async Task diff_of_stored_versions_uses_plan_id_at_version(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        var (older, newer) = await WriteVersionsAsync(files);
        Assert.Equal(0, (await CliRun.RunAsync("import", older, "--db", database.Setting)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("import", newer, "--db", database.Setting)).ExitCode);

        var stored = await CliRun.RunAsync("diff", "plan:1@1", "plan:1@2", "--db", database.Setting);
        // "plan:1" is the latest public version: version 2 once its matches are confirmed.
        await using (var context = database.NewContext())
            await Revisions.TestRevisions.ConfirmAllAsync(context);
        var latest = await CliRun.RunAsync("diff", "plan:1@1", "plan:1", "--db", database.Setting);
        var mixed = await CliRun.RunAsync("diff", older, "plan:1@2", "--db", database.Setting);

        Assert.Equal(0, stored.ExitCode);
        Assert.Matches(@"\n  changed\s+1\n", stored.Out);
        Assert.Equal(stored.Out, latest.Out);
        Assert.Matches(@"\n  changed\s+1\n", mixed.Out);
    }

    [Theory, BothProviders]
    public async Task a_missing_stored_version_or_plan_is_refused_with_what_exists(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        var (older, _) = await WriteVersionsAsync(files);
        await CliRun.RunAsync("import", older, "--db", database.Setting);

        var noVersion = await CliRun.RunAsync("diff", "plan:1@1", "plan:1@5", "--db", database.Setting);
        var noPlan = await CliRun.RunAsync("diff", "plan:7@1", "plan:1@1", "--db", database.Setting);

        Assert.Equal(2, noVersion.ExitCode);
        Assert.Contains("plan 1 has no version 5: its versions are 1 to 1", noVersion.Err);
        Assert.Equal(2, noPlan.ExitCode);
        Assert.Contains("there is no plan 7", noPlan.Err);
        Assert.Equal("", noVersion.Out);
    }

    [Fact]
    public async Task bad_arguments_are_refused_with_a_clear_message()
    {
        using var files = new TempFolder();
        var notAPlan = files.File("notes.txt");
        await File.WriteAllTextAsync(notAPlan, "これは計画ではありません。");
        var (older, _) = await WriteVersionsAsync(files);

        var missing = await CliRun.RunAsync("diff", older, files.File("missing.json"));
        var notPlan = await CliRun.RunAsync("diff", notAPlan, older);
        var badSyntax = await CliRun.RunAsync("diff", "plan:one@2", older);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("missing.json: file not found", missing.Err);
        Assert.Equal(2, notPlan.ExitCode);
        Assert.Contains("not an action plan", notPlan.Err);
        Assert.Equal(2, badSyntax.ExitCode);
        Assert.Contains("a stored version is written plan:ID@N", badSyntax.Err);
    }

    [Fact]
    public async Task help_explains_the_stored_version_syntax()
    {
        var run = await CliRun.RunAsync("diff", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("plan:ID@N", run.Out);
        Assert.Contains("--json", run.Out);
        Assert.Contains("torikumi diff plan:1@1 plan:1@2 --json", run.Out);
    }

    static async Task<(string Older, string Newer)> WriteVersionsAsync(TempFolder files)
    {
        var older = files.File("v1.json");
        var newer = files.File("v2.json");
        await File.WriteAllTextAsync(older, PlanJson.Serialize(RichPlan.Build()));
        await File.WriteAllTextAsync(newer, PlanJson.Serialize(RichPlan.Changed()));
        return (older, newer);
    }
}
