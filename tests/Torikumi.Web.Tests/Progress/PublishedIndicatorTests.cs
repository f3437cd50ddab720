using System.Net;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.Progress;

/// <summary>A published report is final, including the indicator figures it shows.</summary>
public sealed class PublishedIndicatorTests
{
    static object Indicator(decimal actual2022, decimal? target2023 = null) => new
    {
        name = "保育所整備数", unit = "か所",
        targets = target2023 is null
            ? new[] { new { fiscalYear = 2022, value = 2m } }
            : new[] { new { fiscalYear = 2022, value = 2m }, new { fiscalYear = 2023, value = target2023.Value } },
        actuals = new[] { new { fiscalYear = 2022, value = actual2022 } },
    };

    [Theory, BothProviders]
    public async Task figures_of_a_published_year_cannot_be_changed_from_another_year(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        const string item = "1-1-1-1";
        await app.PutAsync(item, 2022, null, Kodomo, new { status = "on-track", indicators = new[] { Indicator(2) } }, 0);
        await app.StepAsync(item, 2022, null, "submit", Kodomo);
        await app.StepAsync(item, 2022, null, "approve", Reviewer);
        await app.StepAsync(item, 2022, null, "publish", Admin);
        var before = await app.StoredAsync();

        var rewrite = await app.PutAsync(item, 2023, null, Kodomo, new { indicators = new[] { Indicator(1) } }, 0);
        var unchanged = await app.StoredAsync();
        var extend = await app.PutAsync(item, 2023, null, Kodomo, new { indicators = new[] { Indicator(2, 4) } }, 0);

        Assert.Equal(HttpStatusCode.Conflict, rewrite.StatusCode);
        Assert.Contains("令和4年度", (await Json.ReadAsync(rewrite))["detail"]!.GetValue<string>());
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.OK, extend.StatusCode);
        var published = await Json.ReadAsync(await app.GetAsync(app.ItemUrl(item, 2022), null));
        Assert.Equal(2m, published["indicators"]![0]!["actuals"]![0]!["value"]!.GetValue<decimal>());
    }
}
