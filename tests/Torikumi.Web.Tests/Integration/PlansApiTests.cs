using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Torikumi.Core.Export;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration;

/// <summary>/api/v1/plans, each test on its own app and database.</summary>
public sealed class PlansApiTests
{
    sealed record PlanListItem(int Id, string Title, string Municipality, string? Stage);

    static async Task<(TestDatabase Database, WebApplication App, HttpClient Client)> StartAsync(string provider, params Torikumi.Core.Plans.PlanDocument[] plans)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
            foreach (var plan in plans)
            {
                await new PlanStore(context).ImportAsync(new PlanImport(plan, "source"));
                await Revisions.TestRevisions.ConfirmAllAsync(context);
            }
        var app = WebApp.Create(new WebAppSettings(database.Config), b => b.WebHost.UseTestServer());
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        return (database, app, app.GetTestClient());
    }

    [Theory, BothProviders]
    public async Task plans_are_listed_with_id_title_municipality_and_stage(string provider)
    {
        var (database, app, client) = await StartAsync(provider, RichPlan.Build(), RichPlan.Build() with { Municipality = "あきる野市", Stage = "決定" });
        await using var _ = database;
        await using var __ = app;

        var response = await client.GetAsync("/api/v1/plans");
        var plans = await response.Content.ReadFromJsonAsync<List<PlanListItem>>();
        var paged = await client.GetFromJsonAsync<List<PlanListItem>>("/api/v1/plans?offset=1&limit=1");
        var badPage = await client.GetAsync("/api/v1/plans?limit=100000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [
                new PlanListItem(1, "第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)", "練馬区", "素案"),
                new PlanListItem(2, "第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)", "あきる野市", "決定"),
            ],
            plans);
        Assert.Equal([2], paged!.Select(p => p.Id));
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
    }

    [Theory, BothProviders]
    public async Task a_plan_is_served_as_its_open_data_json(string provider)
    {
        var (database, app, client) = await StartAsync(provider, RichPlan.Build(), RichPlan.Changed());
        await using var _ = database;
        await using var __ = app;

        var response = await client.GetAsync("/api/v1/plans/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PlanJson.SerializeToUtf8(RichPlan.Changed()), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory, BothProviders]
    public async Task an_unknown_plan_is_a_404_problem(string provider)
    {
        var (database, app, client) = await StartAsync(provider);
        await using var _ = database;
        await using var __ = app;

        var response = await client.GetAsync("/api/v1/plans/42");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("no plan with id 42", problem.GetProperty("detail").GetString());
    }

    [Theory, BothProviders]
    public async Task an_item_is_served_by_its_key_with_an_etag(string provider)
    {
        var (database, app, client) = await StartAsync(provider, RichPlan.Build());
        await using var _ = database;
        await using var __ = app;

        var response = await client.GetAsync("/api/v1/plans/1/items/1-1-1");
        var item = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var etag = response.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/plans/1/items/1-1-1");
        again.Headers.IfNoneMatch.Add(etag!);
        var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1-1-1", item.GetProperty("key").GetString());
        Assert.Equal(RichPlan.Build().FindItem("1-1-1")!.Title, item.GetProperty("title").GetString());
        Assert.Equal("1-1-1-1", item.GetProperty("children")[0].GetProperty("key").GetString());
        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory, BothProviders]
    public async Task unknown_and_malformed_item_keys_are_404_and_400(string provider)
    {
        var (database, app, client) = await StartAsync(provider, RichPlan.Build());
        await using var _ = database;
        await using var __ = app;

        var unknown = await client.GetAsync("/api/v1/plans/1/items/9-9");
        var malformed = await client.GetAsync("/api/v1/plans/1/items/%3Cscript%3E");
        var noPlan = await client.GetAsync("/api/v1/plans/42/items/1-1");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("9-9", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.DoesNotContain("<script>", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, noPlan.StatusCode);
    }
}
