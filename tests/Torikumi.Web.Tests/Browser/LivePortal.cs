using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// The whole web app on a real Kestrel port of the loopback (a browser cannot reach the in-memory test server), over a
/// fresh SQLite database with the given plans imported. Disposing stops it and deletes the database.
/// </summary>
public sealed class LivePortal : IAsyncDisposable
{
    LivePortal(TestDatabase database, WebApplication app, Uri address)
    {
        Database = database;
        App = app;
        Address = address;
    }

    public TestDatabase Database { get; }
    public WebApplication App { get; }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/ (a free port chosen by the system).</summary>
    public Uri Address { get; }

    public static async Task<LivePortal> StartAsync(params PlanDocument[] plans)
    {
        var database = await TestDatabase.CreateAsync(Providers.Sqlite);
        try
        {
            await using (var context = database.NewContext())
                foreach (var plan in plans)
                {
                    await new PlanStore(context).ImportAsync(new PlanImport(plan, "source"));
                    // A later version of a plan is public once confirmed; the portal serves it as an administrator confirmed it.
                    await Revisions.TestRevisions.ConfirmAllAsync(context);
                }
            var app = WebApp.Create(new WebAppSettings(database.Config) { Urls = "http://127.0.0.1:0" });
            await app.MigrateDatabaseAsync();
            await app.StartAsync();
            var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new LivePortal(database, app, new Uri(bound.TrimEnd('/') + "/"));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
