using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Accounts.Support;

/// <summary>
/// The web app on a test server over a fresh database holding <see cref="RichPlan"/> (so departments and sections
/// exist), with a clock the test can move forward. One per test.
/// </summary>
public sealed class AccountsApp : IAsyncDisposable
{
    AccountsApp(TestDatabase database, WebApplication app, MovableClock clock)
    {
        Database = database;
        App = app;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public WebApplication App { get; }
    public MovableClock Clock { get; }

    /// <param name="map">Adds test-only routes (e.g. a probe behind a policy) before the app starts.</param>
    public static async Task<AccountsApp> StartAsync(string provider, Action<WebApplication>? map = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
            await new PlanStore(context).ImportAsync(new PlanImport(RichPlan.Build(), "source"));
        var clock = new MovableClock();
        var app = WebApp.Create(new WebAppSettings(database.Config), b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton<TimeProvider>(clock);
        });
        map?.Invoke(app);
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        return new AccountsApp(database, app, clock);
    }

    public StaffClient NewClient() => new(App);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The real time plus an offset a test moves forward (no waiting, no timing assertions).</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; private set; }
    public void Advance(TimeSpan by) => Offset += by;
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
