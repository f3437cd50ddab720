using Torikumi.Core.Export;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Storage;

/// <summary>Storing a plan loses nothing: store → load → PlanJson gives the bytes the original gives.</summary>
public sealed class RoundTripTests
{
    static async Task AssertRoundTrips(string provider, PlanDocument plan)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int planId;
        await using (var context = database.NewContext())
            planId = (await new PlanStore(context).ImportAsync(new PlanImport(plan, "source text"))).PlanId;

        // A fresh context, so nothing comes from the change tracker: only what the database holds.
        await using var reading = database.NewContext();
        var loaded = await new PlanStore(reading).LoadAsync(planId);

        Assert.NotNull(loaded);
        Assert.Equal(PlanJson.Serialize(plan), PlanJson.Serialize(loaded));
        Assert.Equal(PlanJson.SerializeToUtf8(plan), PlanJson.SerializeToUtf8(loaded));
    }

    [Theory, BothProviders]
    public Task rich_plan_round_trips_byte_for_byte(string provider) => AssertRoundTrips(provider, RichPlan.Build());

    [Theory, BothProviders]
    public Task plan_without_colophon_stage_or_years_round_trips(string provider) =>
        AssertRoundTrips(provider, RichPlan.Build() with
        {
            Colophon = null, Stage = null, FiscalYears = [], FiscalYearsText = null, Published = null,
        });

    [Theory, BothProviders]
    public Task empty_colophon_stays_an_object(string provider) =>
        AssertRoundTrips(provider, RichPlan.Build() with { Colophon = new Colophon() });

    [Theory, BothProviders]
    public Task plan_with_no_pillars_round_trips(string provider) =>
        AssertRoundTrips(provider, new PlanDocument { Title = "空の計画", Municipality = "練馬区" });

    [Theory, BothProviders]
    public async Task loads_each_version_as_it_was_stored(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);
        var first = await store.ImportAsync(new PlanImport(RichPlan.Build(), "v1"));
        await store.ImportAsync(new PlanImport(RichPlan.Changed(), "v2"));
        await Revisions.TestRevisions.ConfirmAllAsync(context);

        Assert.Equal(PlanJson.Serialize(RichPlan.Build()), PlanJson.Serialize((await store.LoadAsync(first.PlanId, 1))!));
        Assert.Equal(PlanJson.Serialize(RichPlan.Changed()), PlanJson.Serialize((await store.LoadAsync(first.PlanId, 2))!));
        Assert.Equal(PlanJson.Serialize(RichPlan.Changed()), PlanJson.Serialize((await store.LoadAsync(first.PlanId))!));
        Assert.Null(await store.LoadAsync(first.PlanId, 3));
        Assert.Null(await store.LoadAsync(first.PlanId + 100));
    }
}
