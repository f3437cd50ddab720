using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Search;

/// <summary><c>GET /api/v1/search</c>: the JSON of a search, and a clear 400 or 404 for every kind of bad request.</summary>
public sealed class SearchApiTests
{
    static async Task<(TestDatabase Database, WebApplication App, HttpClient Client)> StartAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
            await new Torikumi.Data.PlanStore(context).ImportAsync(new PlanImport(RichPlan.Build(), "source"));
        var app = WebApp.Create(new WebAppSettings(database.Config), b => b.WebHost.UseTestServer());
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        return (database, app, app.GetTestClient());
    }

    [Theory, BothProviders]
    public async Task a_search_returns_hits_with_keys_snippets_urls_and_facets(string provider)
    {
        var (database, app, client) = await StartAsync(provider);
        await using var _ = database;
        await using var __ = app;

        var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("保育") + "&pageSize=2");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("保育", json.GetProperty("query").GetString());
        Assert.Equal(3, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(2, json.GetProperty("pageSize").GetInt32());
        Assert.Equal(2, json.GetProperty("pageCount").GetInt32());
        var hit = json.GetProperty("hits")[0];
        Assert.Equal(1, hit.GetProperty("plan").GetInt32());
        Assert.Equal("練馬区", hit.GetProperty("municipality").GetString());
        Assert.Equal("1-1", hit.GetProperty("key").GetString());
        Assert.Equal("保育サービスの充実", hit.GetProperty("title").GetString());
        Assert.Equal(0, hit.GetProperty("titleHighlights")[0].GetProperty("start").GetInt32());
        Assert.Equal(2, hit.GetProperty("titleHighlights")[0].GetProperty("length").GetInt32());
        Assert.True(hit.GetProperty("starred").GetBoolean());
        Assert.False(hit.GetProperty("related").GetBoolean());
        Assert.Equal("P1", hit.GetProperty("pillar").GetString());
        Assert.Equal("S1", hit.GetProperty("strategy").GetString());
        Assert.Equal(["こども家庭部", "企画部", "総務部"], hit.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        var snippet = hit.GetProperty("snippet");
        var highlight = snippet.GetProperty("highlights")[0];
        Assert.Equal("保育", snippet.GetProperty("text").GetString()!.Substring(highlight.GetProperty("start").GetInt32(), highlight.GetProperty("length").GetInt32()));
        Assert.False(snippet.GetProperty("cutBefore").GetBoolean());
        Assert.Equal("/plans/1/items/1-1", hit.GetProperty("url").GetString());
        var facets = json.GetProperty("facets");
        Assert.Equal("1 子どもたちの笑顔輝くまち", facets.GetProperty("pillars")[0].GetProperty("label").GetString());
        Assert.Equal(3, facets.GetProperty("strategies")[0].GetProperty("count").GetInt32());
        Assert.Equal(1, facets.GetProperty("starred").GetInt32());
        Assert.Equal("練馬区", facets.GetProperty("plans")[0].GetProperty("label").GetString());
    }

    [Theory, BothProviders]
    public async Task filters_and_pages_are_query_parameters(string provider)
    {
        var (database, app, client) = await StartAsync(provider);
        await using var _ = database;
        await using var __ = app;

        async Task<List<string>> Keys(string query) =>
            [.. JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?" + query)).RootElement.GetProperty("hits")
                .EnumerateArray().Select(h => h.GetProperty("key").GetString()!)];

        // 1-1 counts as 総務部's too: its sub-item 1-1-2 is.
        Assert.Equal(["1-1", "1-1-2"], await Keys("q=%E4%BF%9D%E8%82%B2&department=" + Uri.EscapeDataString("総務部")));
        Assert.Equal(["1-1"], await Keys("q=%E4%BF%9D%E8%82%B2&starred=true"));
        Assert.Equal(["1-1-1"], await Keys("q=%E4%BF%9D%E8%82%B2&pageSize=1&page=2"));
        Assert.Equal(["1-1", "1-1-1", "1-1-2"], await Keys("q=%E4%BF%9D%E8%82%B2&plan=1&pillar=P1&strategy=S1&starred=false&department="));
        Assert.Empty(await Keys("q=%E4%BF%9D%E8%82%B2&pillar=P2"));
        Assert.Empty(await Keys("q=%E4%BF%9D%E8%82%B2&pageSize=100&page=2147483647"));
    }

    [Theory, BothProviders]
    public async Task bad_queries_are_400_problems_in_japanese_and_english(string provider)
    {
        var (database, app, client) = await StartAsync(provider);
        await using var _ = database;
        await using var __ = app;

        foreach (var (query, kind) in new[]
        {
            ("", "Empty"), ("q=", "Empty"), ("q=%20%E3%80%80", "Empty"), ("q=" + new string('a', 201), "TooLong"),
            ("q=" + Uri.EscapeDataString("「保育"), "UnbalancedQuote"), ("q=" + Uri.EscapeDataString("\"\""), "EmptyPhrase"),
            ("q=" + string.Join("+", Enumerable.Range(0, 11).Select(i => $"w{i}")), "TooManyTerms"),
        })
        {
            var response = await client.GetAsync("/api/v1/search?" + query);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, query);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(kind, problem.GetProperty("kind").GetString());
            Assert.Contains("。", problem.GetProperty("ja").GetString());
            Assert.Matches("^[ -~]+$", problem.GetProperty("en").GetString()!.Replace("「", "").Replace("」", "").Replace("”", ""));
            Assert.Contains(problem.GetProperty("en").GetString()!, problem.GetProperty("detail").GetString());
        }
    }

    [Theory, BothProviders]
    public async Task bad_parameters_are_400_problems_that_name_the_parameter(string provider)
    {
        var (database, app, client) = await StartAsync(provider);
        await using var _ = database;
        await using var __ = app;

        foreach (var (query, says) in new[]
        {
            ("plan=abc", "plan"), ("plan=0", "plan"), ("plan=-1", "plan"), ("plan=1.5", "plan"), ("pillar=X1", "pillar"),
            ("strategy=4", "strategy"), ("starred=maybe", "starred"), ("page=0", "page"), ("page=abc", "page"),
            ("pageSize=101", "pageSize"), ("pageSize=0", "pageSize"), ("department=" + new string('部', 101), "department"),
            ("q=x", "q"),
        })
        {
            var response = await client.GetAsync("/api/v1/search?q=%E4%BF%9D%E8%82%B2&" + query);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, query);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(says, problem.GetProperty("detail").GetString());
        }
    }

    [Theory, BothProviders]
    public async Task an_unknown_plan_is_a_404_problem(string provider)
    {
        var (database, app, client) = await StartAsync(provider);
        await using var _ = database;
        await using var __ = app;

        var response = await client.GetAsync("/api/v1/search?q=%E4%BF%9D%E8%82%B2&plan=42");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/api/v1/plans", problem.GetProperty("detail").GetString());
    }
}
