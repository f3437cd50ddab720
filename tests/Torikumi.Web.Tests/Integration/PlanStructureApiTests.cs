using System.Net;
using System.Text.Json;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration;

/// <summary>/api/v1/plans/{id}/versions, …/versions/{n}, …/tree, …/departments and /api/v1/municipalities.</summary>
public sealed class PlanStructureApiTests
{
    static async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(TestApp app, string url)
    {
        var response = await app.Client.GetAsync(url);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    static async Task AssertProblemAsync(TestApp app, string url, HttpStatusCode status, string detail)
    {
        var (response, problem) = await GetJsonAsync(app, url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    static async Task AssertNotModifiedAsync(TestApp app, string url, HttpResponseMessage earlier)
    {
        Assert.NotNull(earlier.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await app.GetIfNoneMatchAsync(url, earlier)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task versions_are_listed_oldest_first_with_stage_counts_and_a_link(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Changed() with { Stage = "案" });

        var (response, versions) = await GetJsonAsync(app, "/api/v1/plans/1/versions");
        var (_, second) = await GetJsonAsync(app, "/api/v1/plans/1/versions?offset=1&limit=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(["素案", "案"], versions.EnumerateArray().Select(v => v.GetProperty("stage").GetString()));
        var first = versions[0];
        Assert.Equal(RichPlan.Build().Title, first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("importedAt").TryGetDateTimeOffset(out _));
        Assert.Equal(3, first.GetProperty("counts").GetProperty("pillars").GetInt32());
        Assert.Equal(4, first.GetProperty("counts").GetProperty("items").GetInt32());
        Assert.Equal(3, first.GetProperty("counts").GetProperty("subItems").GetInt32());
        Assert.Equal("/api/v1/plans/1/versions/1", first.GetProperty("url").GetString());
        Assert.Equal([2], second.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        await AssertNotModifiedAsync(app, "/api/v1/plans/1/versions", response);
    }

    [Theory, BothProviders]
    public async Task bad_paging_unknown_plans_and_unknown_versions_get_clear_problems(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Changed());

        await AssertProblemAsync(app, "/api/v1/plans/42/versions", HttpStatusCode.NotFound, "no plan with id 42");
        await AssertProblemAsync(app, "/api/v1/plans/1/versions?limit=abc", HttpStatusCode.BadRequest, "limit must be a whole number from 1 to 500");
        await AssertProblemAsync(app, "/api/v1/plans/1/versions?limit=0", HttpStatusCode.BadRequest, "limit must be");
        await AssertProblemAsync(app, "/api/v1/plans/1/versions?offset=-1", HttpStatusCode.BadRequest, "offset must be a whole number, 0 or more");
        await AssertProblemAsync(app, "/api/v1/plans/1/versions/3", HttpStatusCode.NotFound, "Plan 1 has no version 3; its versions are 1, 2.");
        await AssertProblemAsync(app, "/api/v1/plans/1/versions/abc", HttpStatusCode.BadRequest, "version number must be a whole number from 1");
        await AssertProblemAsync(app, "/api/v1/plans/1/versions/0", HttpStatusCode.BadRequest, "version number must be");
        await AssertProblemAsync(app, "/api/v1/plans/42/versions/1", HttpStatusCode.NotFound, "no plan with id 42");
    }

    [Theory, BothProviders]
    public async Task each_version_is_served_in_the_open_data_format_byte_for_byte(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Changed());

        var first = await app.Client.GetAsync("/api/v1/plans/1/versions/1");
        var second = await app.Client.GetAsync("/api/v1/plans/1/versions/2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PlanJson.SerializeToUtf8(RichPlan.Build()), await first.Content.ReadAsByteArrayAsync());
        Assert.Equal(PlanJson.SerializeToUtf8(RichPlan.Changed()), await second.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        await AssertNotModifiedAsync(app, "/api/v1/plans/1/versions/1", first);
    }

    [Theory, BothProviders]
    public async Task the_tree_has_keys_flags_and_departments_but_no_bodies(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Changed());

        var (response, tree) = await GetJsonAsync(app, "/api/v1/plans/1/tree");
        var strategy = tree.GetProperty("pillars")[0].GetProperty("strategies")[0];
        var nursery = strategy.GetProperty("items")[0];
        var repost = strategy.GetProperty("items")[1];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 2), (tree.GetProperty("planId").GetInt32(), tree.GetProperty("version").GetInt32()));
        Assert.Equal(["P1", "P2", "P3"], tree.GetProperty("pillars").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        Assert.Equal("S1", strategy.GetProperty("key").GetString());
        Assert.Equal(("1-1", true, false), (nursery.GetProperty("key").GetString(), nursery.GetProperty("starred").GetBoolean(), nursery.GetProperty("related").GetBoolean()));
        Assert.Equal(["こども家庭部", "企画部", "総務部"], nursery.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("1-1-1-1", nursery.GetProperty("children")[0].GetProperty("children")[0].GetProperty("key").GetString());
        Assert.Equal(("1-R1", true, true, "2-1"), (repost.GetProperty("key").GetString(), repost.GetProperty("related").GetBoolean(),
            repost.GetProperty("repost").GetBoolean(), repost.GetProperty("repostOf").GetString()));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"body\"", text);
        Assert.DoesNotContain("待機児童", text);
        await AssertNotModifiedAsync(app, "/api/v1/plans/1/tree", response);
        await AssertProblemAsync(app, "/api/v1/plans/42/tree", HttpStatusCode.NotFound, "no plan with id 42");
    }

    [Theory, BothProviders]
    public async Task departments_list_their_sections_and_the_items_each_is_responsible_for(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());
        var index = new PlanIndex(RichPlan.Build());

        var (response, body) = await GetJsonAsync(app, "/api/v1/plans/1/departments");
        var departments = body.GetProperty("departments").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        static List<string> Keys(JsonElement e) => [.. e.GetProperty("items").EnumerateArray().Select(k => k.GetString()!)];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(index.Departments, departments.Keys.Order(StringComparer.Ordinal));
        Assert.Equal<string>(["1-1", "1-1-1", "1-1-1-1", "1-1-2", "2-1"], Keys(departments["こども家庭部"]));
        Assert.Equal<string>(["1-1", "1-1-2"], Keys(departments["総務部"]));
        var sections = departments["こども家庭部"].GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal<string>(["1-1", "1-1-1", "1-1-1-1", "1-1-2"], Keys(sections["保育課"]));
        Assert.Equal<string>(["1-1", "2-1"], Keys(sections["子育て支援課"]));
        Assert.Empty(departments["企画部"].GetProperty("sections").EnumerateArray());
        foreach (var item in index.Items)
            foreach (var department in index.DepartmentsOf(item))
                Assert.Contains(item.Key, Keys(departments[department]));
        await AssertNotModifiedAsync(app, "/api/v1/plans/1/departments", response);
        await AssertProblemAsync(app, "/api/v1/plans/42/departments", HttpStatusCode.NotFound, "no plan with id 42");
    }

    [Theory, BothProviders]
    public async Task municipalities_are_listed_with_their_plan_and_department_counts(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build(), RichPlan.Build() with { Municipality = "あきる野市" });

        var (response, all) = await GetJsonAsync(app, "/api/v1/municipalities");
        var (_, page) = await GetJsonAsync(app, "/api/v1/municipalities?offset=1&limit=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["練馬区", "あきる野市"], all.EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal([1, 1], all.EnumerateArray().Select(m => m.GetProperty("plans").GetInt32()));
        Assert.Equal(new PlanIndex(RichPlan.Build()).Departments.Count, all[0].GetProperty("departments").GetInt32());
        Assert.Equal(["あきる野市"], page.EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        await AssertNotModifiedAsync(app, "/api/v1/municipalities", response);
        await AssertProblemAsync(app, "/api/v1/municipalities?limit=501", HttpStatusCode.BadRequest, "limit must be a whole number from 1 to 500");
    }

    [Theory, BothProviders]
    public async Task the_plan_list_and_an_item_have_etags_and_malformed_paging_is_a_400(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());

        var list = await app.Client.GetAsync("/api/v1/plans");
        var item = await app.Client.GetAsync("/api/v1/plans/1/items/1-R1");

        await AssertNotModifiedAsync(app, "/api/v1/plans", list);
        await AssertNotModifiedAsync(app, "/api/v1/plans/1/items/1-R1", item);
        await AssertProblemAsync(app, "/api/v1/plans?offset=x", HttpStatusCode.BadRequest, "offset must be a whole number");
        await AssertProblemAsync(app, "/api/v1/plans/1/items/9-9", HttpStatusCode.NotFound, "GET /api/v1/plans/1/tree lists every key");
    }
}
