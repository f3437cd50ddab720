using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;

namespace Torikumi.Web.Tests.Support;

/// <summary>
/// The whole web app on an in-memory test server over its own fresh database, with the given plans imported in order
/// (so ids and versions are predictable). One per test; disposing stops the app and deletes the database.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    TestApp(TestDatabase database, WebApplication app)
    {
        Database = database;
        App = app;
        Client = app.GetTestClient();
    }

    public TestDatabase Database { get; }
    public WebApplication App { get; }
    public HttpClient Client { get; }

    /// <summary>Later versions of a plan are confirmed as proposed (public at once), as if an administrator had.</summary>
    public static Task<TestApp> StartAsync(string provider, params PlanDocument[] plans) => StartAsync(provider, confirmLast: true, plans);

    /// <summary>Like <see cref="StartAsync(string, PlanDocument[])"/>, but the last import's revision stays proposed (not public).</summary>
    public static Task<TestApp> StartWithPendingRevisionAsync(string provider, params PlanDocument[] plans) => StartAsync(provider, confirmLast: false, plans);

    static async Task<TestApp> StartAsync(string provider, bool confirmLast, PlanDocument[] plans)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
            for (var i = 0; i < plans.Length; i++)
            {
                await new PlanStore(context).ImportAsync(new PlanImport(plans[i], "source") { SourceName = "plan.txt" });
                if (confirmLast || i < plans.Length - 1)
                    await Revisions.TestRevisions.ConfirmAllAsync(context);
            }
        var app = WebApp.Create(new WebAppSettings(database.Config), b => b.WebHost.UseTestServer());
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        return new TestApp(database, app);
    }

    static PlanDocument? sample;

    /// <summary>The real sample as parsed (parsed once per test run).</summary>
    public static PlanDocument Sample => sample ??= PlanParser.Parse(File.ReadAllText(SamplePlan.Path)).Plan!;

    public static Task<TestApp> StartWithSampleAsync(string provider) => StartAsync(provider, Sample);

    /// <summary>GETs a page and parses it; the response is kept for status and headers.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Html)> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(text));
    }

    /// <summary>GET with If-None-Match set to the ETag of an earlier response.</summary>
    public async Task<HttpResponseMessage> GetIfNoneMatchAsync(string url, HttpResponseMessage earlier)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(earlier.Headers.ETag ?? throw new InvalidOperationException($"{url} sent no ETag"));
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
