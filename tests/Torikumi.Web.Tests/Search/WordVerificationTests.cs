using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Search;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Search;

/// <summary>A word longer than two characters is found only where its bigrams follow each other, as written.</summary>
public sealed class WordVerificationTests
{
    static PlanDocument WithBodies(string first, string second)
    {
        var plan = RichPlan.Build();
        var pillar = plan.Pillars[1];
        var strategy = pillar.Strategies[0];
        var item = strategy.Items[0];
        var other = item with { Key = "2-2", Number = 2, Body = [second] };
        return plan with
        {
            Pillars = [plan.Pillars[0], pillar with { Strategies = [strategy with { Items = [item with { Body = [first] }, other] }, pillar.Strategies[1]] }, plan.Pillars[2]],
        };
    }

    static async Task<List<string>> KeysAsync(TestDatabase database, string raw)
    {
        await using var context = database.NewContext();
        var result = await new PlanSearch(context).SearchAsync(new SearchRequest(SearchQuery.Parse(raw)));
        return [.. result.Hits.Select(h => h.Key)];
    }

    [Theory, BothProviders]
    public async Task all_the_bigrams_apart_are_not_the_word(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
            await new PlanStore(context).ImportAsync(new PlanImport(WithBodies("きゃっしと、しゅれす。ああ、あああ。", "キャッシュレスとああああ"), "x"));

        Assert.Equal(["2-2"], await KeysAsync(database, "きゃっしゅれす"));
        Assert.Equal(["2-1", "2-2"], await KeysAsync(database, "あああ"));
        Assert.Equal(["2-2"], await KeysAsync(database, "ああああ"));
        Assert.Equal(["2-1", "2-2"], await KeysAsync(database, "きゃっし しゅれす"));
        Assert.Empty(await KeysAsync(database, "「きゃっし しゅれす ああああ」"));
    }
}
