using System.Text;
using Torikumi.Core.Export;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Cli;

/// <summary>`torikumi import` and `torikumi export` through the same command-line code path a user runs.</summary>
public sealed class ImportExportCliTests
{
    [Theory, BothProviders]
    public async Task export_then_import_then_export_gives_identical_bytes(string provider)
    {
        using var files = new TempFolder();
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);
        var original = files.File("original.json");
        await File.WriteAllBytesAsync(original, PlanJson.SerializeToUtf8(RichPlan.Build()));

        var imported = await CliRun.RunAsync("import", original, "--db", first.Setting);
        var exported = await CliRun.RunAsync("export", "--format", "json", "--output", files.File("a.json"), "--db", first.Setting);
        var reimported = await CliRun.RunAsync("import", files.File("a.json"), "--db", second.Setting);
        var reexported = await CliRun.RunAsync("export", "--output", files.File("b.json"), "--db", second.Setting);
        var toStdout = await CliRun.RunAsync("export", "--db", second.Setting);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(0, exported.ExitCode);
        Assert.Equal(0, reimported.ExitCode);
        Assert.Equal(0, reexported.ExitCode);
        var a = await File.ReadAllBytesAsync(files.File("a.json"));
        Assert.Equal(a, await File.ReadAllBytesAsync(files.File("b.json")));
        Assert.Equal(await File.ReadAllBytesAsync(original), a);
        Assert.Equal(Encoding.UTF8.GetString(a), toStdout.Out);
    }

    [Theory, BothProviders]
    public async Task import_says_what_it_did_and_a_second_import_changes_nothing(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        var v1 = files.File("v1.json");
        var v2 = files.File("v2.json");
        await File.WriteAllTextAsync(v1, PlanJson.Serialize(RichPlan.Build()));
        await File.WriteAllTextAsync(v2, PlanJson.Serialize(RichPlan.Changed()));

        var first = await CliRun.RunAsync("import", v1, "--db", database.Setting);
        var again = await CliRun.RunAsync("import", v1, "--db", database.Setting);
        var changed = await CliRun.RunAsync("import", v2, "--db", database.Setting);
        var decided = await CliRun.RunAsync("import", v2, "--stage", "決定", "--db", database.Setting);
        var oldVersion = await CliRun.RunAsync("export", "--version", "1", "--db", database.Setting);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("imported 練馬区 第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画) as version 1 (素案)", first.Out);
        Assert.Contains("3 pillars, 3 strategic plans, 4 items, 3 sub-items", first.Out);
        Assert.Contains("0 diagnostics", first.Out);
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("unchanged: same as version 1", again.Out);
        Assert.Contains("as version 2 (素案)", changed.Out);
        Assert.Contains("as version 3 (決定)", decided.Out);
        Assert.Equal(PlanJson.Serialize(RichPlan.Build()), oldVersion.Out);
    }

    [Theory, BothProviders]
    public async Task refused_input_exits_2_and_writes_nothing(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        var broken = files.File("broken.json");
        var noTitle = files.File("no-title.json");
        var noMunicipality = files.File("no-municipality.json");
        await File.WriteAllTextAsync(broken, "{ \"title\": \"途中で切れた");
        await File.WriteAllTextAsync(noTitle, "{ \"municipality\": \"練馬区\" }");
        await File.WriteAllTextAsync(noMunicipality, PlanJson.Serialize(RichPlan.Build() with { Municipality = null }));

        var results = new[]
        {
            await CliRun.RunAsync("import", broken, "--db", database.Setting),
            await CliRun.RunAsync("import", noTitle, "--db", database.Setting),
            await CliRun.RunAsync("import", noMunicipality, "--db", database.Setting),
            await CliRun.RunAsync("import", files.File("missing.txt"), "--db", database.Setting),
        };
        var export = await CliRun.RunAsync("export", "--db", database.Setting);

        Assert.All(results, r => Assert.Equal(2, r.ExitCode));
        Assert.All(results, r => Assert.Contains("Nothing was imported.", r.Err));
        Assert.Contains("not a plan in the open-data JSON format at line 1", results[0].Err);
        Assert.Contains("docs/plan.schema.json", results[1].Err);
        Assert.Contains("--municipality", results[2].Err);
        Assert.Contains("file not found", results[3].Err);
        Assert.Equal(2, export.ExitCode);
        Assert.Contains("No plan is stored", export.Err);
    }

    [Theory, BothProviders]
    public async Task municipality_option_names_the_plan_the_document_does_not(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = files.File("plan.json");
        await File.WriteAllTextAsync(file, PlanJson.Serialize(RichPlan.Build() with { Municipality = null }));

        var imported = await CliRun.RunAsync("import", file, "--municipality", "練馬区", "--db", database.Setting);
        var exported = await CliRun.RunAsync("export", "--db", database.Setting);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(PlanJson.Serialize(RichPlan.Build()), exported.Out);
    }

    [Theory, BothProviders]
    public async Task export_asks_which_plan_when_several_are_stored(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = files.File("plan.json");
        await File.WriteAllTextAsync(file, PlanJson.Serialize(RichPlan.Build()));
        await CliRun.RunAsync("import", file, "--db", database.Setting);
        await CliRun.RunAsync("import", file, "--municipality", "あきる野市", "--db", database.Setting);

        var ambiguous = await CliRun.RunAsync("export", "--db", database.Setting);
        var chosen = await CliRun.RunAsync("export", "--plan", "2", "--db", database.Setting);
        var unknown = await CliRun.RunAsync("export", "--plan", "9", "--db", database.Setting);
        var noVersion = await CliRun.RunAsync("export", "--plan", "1", "--version", "4", "--db", database.Setting);

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("2 plans are stored; choose one with --plan ID", ambiguous.Err);
        Assert.Contains("  1  練馬区  ", ambiguous.Err);
        Assert.Contains("  2  あきる野市  ", ambiguous.Err);
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains("\"municipality\": \"あきる野市\"", chosen.Out);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("There is no plan 9", unknown.Err);
        Assert.Equal(2, noVersion.ExitCode);
        Assert.Contains("Plan 1 has no version 4: its versions are 1 to 1", noVersion.Err);
    }

    [Fact]
    public async Task bad_options_are_explained()
    {
        var stage = await CliRun.RunAsync("import", "x.txt", "--stage", "最終", "--db", "sqlite:/nonexistent/never.db");
        var db = await CliRun.RunAsync("export", "--db", "mysql:Server=x");

        Assert.NotEqual(0, stage.ExitCode);
        Assert.Contains("素案", stage.Err);
        Assert.Equal(2, db.ExitCode);
        Assert.Contains("unknown provider", db.Err);
    }

    [Fact]
    public async Task every_verb_has_help_with_the_db_option()
    {
        foreach (var verb in new[] { "import", "export", "serve" })
        {
            var help = await CliRun.RunAsync(verb, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("--db", help.Out);
            Assert.Contains("TORIKUMI_DB", help.Out);
        }
    }
}
