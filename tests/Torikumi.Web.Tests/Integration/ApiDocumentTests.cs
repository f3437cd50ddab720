using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Torikumi.Core.Export;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration;

/// <summary>/openapi/v1.json lists every public route and nothing else; /api shows it to people.</summary>
public sealed partial class ApiDocumentTests
{
    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex RouteConstraint();

    /// <summary>Every mapped GET of the read API and the downloads, as "GET /api/v1/plans/{id}".</summary>
    static List<string> PublicRoutes(TestApp app) =>
        [.. ((IEndpointRouteBuilder)app.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Path: "/" + RouteConstraint().Replace(e.RoutePattern.RawText ?? "", "{$1}").Trim('/'),
                Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(r => r.Path.StartsWith("/api/v1", StringComparison.Ordinal) || r.Path.Contains("/data.", StringComparison.Ordinal))
            .SelectMany(r => r.Methods.Select(m => $"{m} {r.Path}"))
            .Distinct()
            .Order()];

    static List<string> DocumentedRoutes(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order()];

    [Theory, BothProviders]
    public async Task the_document_lists_every_api_route_and_download_and_no_page(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());

        var response = await app.Client.GetAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var documented = DocumentedRoutes(document);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal(PublicRoutes(app), documented);
        foreach (var route in new[]
        {
            "GET /api/v1/plans", "GET /api/v1/plans/{id}", "GET /api/v1/plans/{id}/items/{key}", "GET /api/v1/plans/{id}/versions",
            "GET /api/v1/plans/{id}/versions/{n}", "GET /api/v1/plans/{id}/tree", "GET /api/v1/plans/{id}/departments",
            "GET /api/v1/municipalities", "GET /plans/{id}/data.json", "GET /plans/{id}/data.csv", "GET /plans/{id}/data.xlsx",
        })
            Assert.Contains(route, documented);
        Assert.All(documented, r => Assert.Matches(@"^(GET (/api/v1/|/plans/\{id\}/(progress/\{fiscalYear\}/)?data\.)|(PUT|POST) /api/v1/)", r));
    }

    [Theory, BothProviders]
    public async Task every_operation_has_a_summary_a_description_a_tag_and_its_responses(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var document = JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var info = document.GetProperty("info");

        Assert.Equal("Torikumi open data API", info.GetProperty("title").GetString());
        Assert.Contains(OpenDataLicence.Name, info.GetProperty("license").GetProperty("name").GetString());
        Assert.Contains("ETag", info.GetProperty("description").GetString());
        Assert.Contains(document.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "Downloads");
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject().Select(o => o.Value))
            {
                Assert.NotEmpty(operation.GetProperty("tags").EnumerateArray());
                // The open-data routes (search documents itself in its own tests).
                if (!operation.GetProperty("tags").EnumerateArray().Any(t => t.GetString() is "Plans" or "Municipalities" or "Downloads"))
                    continue;
                Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), path.Name);
                Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()), path.Name);
                var responses = operation.GetProperty("responses");
                foreach (var status in new[] { "200", "304", "400" })
                    Assert.True(responses.TryGetProperty(status, out _), $"{path.Name} documents no {status}");
                if (path.Name.Contains("{id}", StringComparison.Ordinal))
                    Assert.True(responses.TryGetProperty("404", out _), $"{path.Name} documents no 404");
                foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
                    Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{path.Name} {parameter}");
            }
        var limit = document.GetProperty("paths").GetProperty("/api/v1/plans").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "limit").GetProperty("schema");
        Assert.Equal("integer", limit.GetProperty("type").GetString());
        Assert.Equal(500, limit.GetProperty("maximum").GetInt32());
        var section = document.GetProperty("components").GetProperty("schemas").GetProperty("ItemSection");
        Assert.Equal(["initiatives", "related"], section.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory, BothProviders]
    public async Task the_reference_page_shows_every_operation_with_examples_in_both_languages(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());

        var response = await app.Client.GetAsync("/api");
        var html = await response.Content.ReadAsStringAsync();
        var english = await app.Client.GetStringAsync("/api?lang=en");
        var document = JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Contains("<h1>オープンデータと API</h1>", html);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            Assert.Contains($"<code class=\"api-path\">{path.Name}</code>", html);
        Assert.Contains("<a href=\"/api/v1/plans/1/tree\"><code>/api/v1/plans/1/tree</code></a>", html);
        Assert.Contains("<a href=\"/plans/1/data.csv\">", html);
        Assert.Contains(OpenDataLicence.Japanese, html);
        Assert.Contains("<a href=\"/openapi/v1.json\">", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("<h1>Open data and API</h1>", english);
        Assert.Contains(OpenDataLicence.English, WebUtility.HtmlDecode(english));
    }

    [Theory, BothProviders]
    public async Task the_example_links_of_the_reference_work_on_a_stored_plan(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, RichPlan.Build());
        var html = await app.Client.GetStringAsync("/api");

        var examples = Regex.Matches(html, "<p class=\"api-example\">[^<]*<a href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.NotEmpty(examples);
        foreach (var example in examples)
            Assert.True((await app.Client.GetAsync(example)).IsSuccessStatusCode, example);
    }
}
