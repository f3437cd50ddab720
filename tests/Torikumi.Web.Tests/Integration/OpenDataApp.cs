using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration;

/// <summary>A test server over its own fresh database holding the given plans (imported in order, so ids and versions are predictable).</summary>
public sealed class OpenDataApp : IAsyncDisposable
{
    OpenDataApp(TestDatabase database, WebApplication app)
    {
        Database = database;
        App = app;
        Client = app.GetTestClient();
    }

    public TestDatabase Database { get; }
    public WebApplication App { get; }
    public HttpClient Client { get; }

    public static async Task<OpenDataApp> StartAsync(string provider, params PlanDocument[] plans)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
            foreach (var plan in plans)
                await new PlanStore(context).ImportAsync(new PlanImport(plan, "source") { SourceName = "plan.txt" });
        var app = WebApp.Create(new WebAppSettings(database.Config), b => b.WebHost.UseTestServer());
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        return new OpenDataApp(database, app);
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
