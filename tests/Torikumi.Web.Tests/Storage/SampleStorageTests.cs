using Torikumi.Core.Export;
using Torikumi.Core.Parsing;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Storage;

/// <summary>The real sample, read by the real parser, is stored without loss (needs the parser and PlanInput).</summary>
public sealed class SampleStorageTests
{
    [Theory, BothProviders]
    public async Task the_sample_plan_round_trips_through_the_database(string provider)
    {
        var decoded = PlanInput.ReadFile(SamplePlan.Path);
        Assert.True(decoded.Ok, decoded.Error);
        var parsed = PlanParser.Parse(decoded.Text!);
        Assert.NotNull(parsed.Plan);

        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);
        var imported = await store.ImportAsync(new PlanImport(parsed.Plan, decoded.Text!)
        {
            SourceEncoding = decoded.EncodingName,
            Municipality = parsed.Plan.Municipality is null ? "練馬区" : null,
        });
        var again = await store.ImportAsync(new PlanImport(parsed.Plan, decoded.Text!)
        {
            Municipality = parsed.Plan.Municipality is null ? "練馬区" : null,
        });

        Assert.Equal(6, imported.Counts.Pillars);
        Assert.Equal(22, imported.Counts.Strategies);
        Assert.Equal(ImportStatus.Unchanged, again.Status);
        var expected = parsed.Plan.Municipality is null ? parsed.Plan with { Municipality = "練馬区" } : parsed.Plan;
        Assert.Equal(PlanJson.Serialize(expected), PlanJson.Serialize((await store.LoadAsync(imported.PlanId))!));
        Assert.Equal(imported.Counts, (await store.ListPlansAsync()).Single().LatestCounts);
    }
}
