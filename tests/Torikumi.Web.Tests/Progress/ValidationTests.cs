using System.Net;
using System.Text.Json.Nodes;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.Progress;

/// <summary>Bad input gets 400 with every broken field named, in Japanese and English, and writes nothing.</summary>
public sealed class ValidationTests
{
    const string Item = "1-1-1-1";

    static async Task<JsonNode> RefusedAsync(ProgressTestApp app, object body, string fiscalYear = "2022")
    {
        var before = await app.StoredAsync();
        var response = await app.PutAsync(Item, fiscalYear, null, Kodomo, body, 0);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.StoredAsync());
        return await Json.ReadAsync(response);
    }

    [Theory, BothProviders]
    public async Task every_broken_field_is_listed_and_nothing_is_written(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var problem = await RefusedAsync(app, new
        {
            plan = new string('計', 4001),
            status = "すごく順調",
            percent = 150,
            evidence = new[]
            {
                new { title = "スクリプト", url = "javascript:alert(1)" },
                new { title = "相対", url = "/kuho/2022.html" },
                new { title = "ファイル", url = "file:///etc/passwd" },
            },
        });

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["evidence[0].url", "evidence[1].url", "evidence[2].url", "percent", "plan", "status"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("0〜100", errors["percent"]![0]!.GetValue<string>());
        Assert.Contains("4000文字以内", errors["plan"]![0]!.GetValue<string>());
        Assert.Contains("計画どおり(on-track)", errors["status"]![0]!.GetValue<string>());
        Assert.Contains("http://", errors["evidence[0].url"]![0]!.GetValue<string>());
        Assert.Equal("percent", problem["messages"]!.AsArray().Select(m => m!["field"]!.GetValue<string>()).Single(f => f == "percent"));
    }

    [Theory, BothProviders]
    public async Task other_texts_have_limits_too(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var problem = await RefusedAsync(app, new
        {
            result = new string('実', 4001),
            remarks = new string('備', 2001),
            evidence = new[] { new { title = new string('題', 201), url = "https://example.jp/" } },
        });

        Assert.Equal(["evidence[0].title", "remarks", "result"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Theory, BothProviders]
    public async Task indicators_are_checked_field_by_field(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var problem = await RefusedAsync(app, new
        {
            indicators = new object[]
            {
                new { name = "", unit = "%", direction = "sideways", targets = new[] { new { fiscalYear = "来年度", value = 1 } } },
                new { name = "整備数", unit = "か所", baseline = new { fiscalYear = 2023, value = 0 }, targets = new[] { new { fiscalYear = 2022, value = 2 } } },
            },
        });

        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("indicators[0].direction", fields);
        Assert.Contains("indicators[0].targets[0].fiscalYear", fields);
        Assert.Contains("indicators[1].targets", fields); // target before the baseline year
    }

    [Theory, BothProviders]
    public async Task a_fiscal_year_is_read_as_the_era_or_the_western_year(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);

        var saved = await app.PutAsync(Item, "令和4年度", null, Kodomo, new { result = "令和4年度に書いた" }, 0);
        var asWestern = await Json.ReadAsync(await app.GetAsync(app.ItemUrl(Item, 2022), Kodomo));
        var asShort = await Json.ReadAsync(await app.GetAsync(app.ItemUrl(Item, "R4"), Kodomo));
        var asFullWidth = await Json.ReadAsync(await app.GetAsync(app.ItemUrl(Item, "２０２２年度"), Kodomo));
        var nextYear = await Json.ReadAsync(await app.GetAsync(app.ItemUrl(Item, "令和5年度"), Kodomo));
        var unreadable = await app.GetAsync(app.ItemUrl(Item, "来年度"), Kodomo);
        var outsidePlan = await app.GetAsync(app.ItemUrl(Item, 2021), Kodomo);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2022, (await Json.ReadAsync(saved))["fiscalYear"]!.GetValue<int>());
        foreach (var view in new[] { asWestern, asShort, asFullWidth })
        {
            Assert.Equal("令和4年度に書いた", view["result"]!.GetValue<string>());
            Assert.Equal("令和4年度(2022年度)", view["fiscalYearLabel"]!.GetValue<string>());
        }
        Assert.Equal("not-started", nextYear["stage"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.NotNull((await Json.ReadAsync(unreadable))["errors"]!["fiscalYear"]);
        Assert.Equal(HttpStatusCode.BadRequest, outsidePlan.StatusCode);
        Assert.Contains("令和5年度", (await Json.ReadAsync(outsidePlan))["errors"]!["fiscalYear"]![0]!.GetValue<string>());
    }

    [Theory, BothProviders]
    public async Task a_status_against_the_indicators_needs_a_reason(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        var indicators = new[]
        {
            new
            {
                name = "保育所整備数", unit = "か所", direction = "higher",
                baseline = new { fiscalYear = (object)"令和3年度", value = 0 },
                targets = new[] { new { fiscalYear = (object)2022, value = 4 } },
                actuals = new[] { new { fiscalYear = (object)"R4", value = 2 } },
            },
        };

        var refused = await RefusedAsync(app, new { status = "計画どおり", indicators });
        var followed = await app.PutAsync(Item, 2022, null, Kodomo, new { status = "遅れ", indicators }, 0);
        var overridden = await app.PutAsync(Item, 2022, null, Kodomo,
            new { status = "on-track", statusReason = "用地は確保済みで、残り2か所は4月開設が決まっている。", indicators }, 1);

        Assert.NotNull(refused["errors"]!["statusReason"]);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        var view = await Json.ReadAsync(followed);
        Assert.Equal("behind", view["suggestion"]!["status"]!.GetValue<string>());
        Assert.Equal("遅れ", view["suggestion"]!["statusLabel"]!.GetValue<string>());
        Assert.Equal(50m, view["indicators"]![0]!["achievement"]!["percent"]!.GetValue<decimal>());
        Assert.Equal(2021, view["indicators"]![0]!["baseline"]!["fiscalYear"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.Equal("用地は確保済みで、残り2か所は4月開設が決まっている。", (await Json.ReadAsync(overridden))["statusReason"]!.GetValue<string>());
    }
}
