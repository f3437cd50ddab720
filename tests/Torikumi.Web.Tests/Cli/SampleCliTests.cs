using Torikumi.Cli;
using Torikumi.Data;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Cli;

/// <summary>The real sample through the CLI and the serve seed (needs the parser and PlanInput).</summary>
public sealed class SampleCliTests
{
    [Theory, BothProviders]
    public async Task importing_the_sample_twice_stores_one_version(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await CliRun.RunAsync("import", SamplePlan.Path, "--db", database.Setting);
        var again = await CliRun.RunAsync("import", SamplePlan.Path, "--db", database.Setting);

        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("as version 1 (素案): 6 pillars, 22 strategic plans", first.Out);
        Assert.StartsWith("unchanged: same as version 1", again.Out);
    }

    [Theory, BothProviders]
    public async Task export_import_export_of_the_sample_is_byte_identical(string provider)
    {
        using var files = new TempFolder();
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);

        await CliRun.RunAsync("import", SamplePlan.Path, "--db", first.Setting);
        await CliRun.RunAsync("export", "-o", files.File("a.json"), "--db", first.Setting);
        var reimported = await CliRun.RunAsync("import", files.File("a.json"), "--db", second.Setting);
        await CliRun.RunAsync("export", "-o", files.File("b.json"), "--db", second.Setting);

        Assert.Equal(0, reimported.ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(files.File("a.json")), await File.ReadAllBytesAsync(files.File("b.json")));
    }

    [Fact]
    public async Task a_text_that_is_not_an_action_plan_is_refused_with_exit_code_2()
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(Providers.Sqlite);
        var letter = files.File("letter.txt");
        await File.WriteAllTextAsync(letter, "拝啓 時下ますますご清栄のこととお慶び申し上げます。敬具");

        var result = await CliRun.RunAsync("import", letter, "--db", database.Setting);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an action plan", result.Err);
        await using var context = database.NewContext();
        Assert.False(await new PlanStore(context).AnyPlanAsync());
    }

    [Theory, BothProviders]
    public async Task serve_seeds_an_empty_database_with_the_sample_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);
        var output = new StringWriter();
        var error = new StringWriter();

        await SampleSeed.ImportIfEmptyAsync(store, output, error, CancellationToken.None);
        await SampleSeed.ImportIfEmptyAsync(store, output, error, CancellationToken.None);

        Assert.Equal("", error.ToString());
        var plan = Assert.Single(await store.ListPlansAsync());
        Assert.Equal(1, plan.Versions);
        Assert.Equal("練馬区", plan.Municipality);
        Assert.Equal(22, plan.LatestCounts.Strategies);
    }

    [Fact]
    public void the_sample_is_found_next_to_the_app()
    {
        Assert.NotNull(SampleSeed.Locate());
    }
}
