using Torikumi.Core.Export;
using Torikumi.Web.Tests.Cli;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Revisions;

/// <summary><c>torikumi import</c> of a revision says what it matched and that the version waits for confirmation; export keeps serving the public one.</summary>
public sealed class ImportRevisionCliTests
{
    [Theory, BothProviders]
    public async Task importing_a_revision_reports_the_proposed_matches_and_keeps_exporting_the_public_version(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        var (revised, _) = RevisedSample.Build(TestApp.Sample);
        var v1 = files.File("v1.json");
        var v2 = files.File("v2.json");
        await File.WriteAllTextAsync(v1, PlanJson.Serialize(TestApp.Sample));
        await File.WriteAllTextAsync(v2, PlanJson.Serialize(revised));

        var first = await CliRun.RunAsync("import", v1, "--db", database.Setting);
        var second = await CliRun.RunAsync("import", v2, "--db", database.Setting);
        var exported = await CliRun.RunAsync("export", "--db", database.Setting);

        Assert.DoesNotContain("matched against", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("as version 2 (案)", second.Out);
        Assert.Matches(@"matched against version 1: \d+ same, 1 changed, 2 renumbered, 1 added, 1 removed", second.Out);
        Assert.Contains("not public until an administrator confirms the matches at /staff/revisions", second.Out);
        Assert.Equal(PlanJson.Serialize(TestApp.Sample), exported.Out);
    }
}
