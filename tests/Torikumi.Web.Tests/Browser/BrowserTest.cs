using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// Base of a browser test class: opens pages in fresh browser contexts (Japanese locale, downloads allowed) against the
/// fixture's portal, and closes them after the test.
/// </summary>
public abstract class BrowserTest(PortalFixture fixture) : IAsyncLifetime
{
    /// <summary>Generous, because the suite shares 2 cores with a build or the other tests (15 s timed out once in CI under load); a passing wait costs nothing.</summary>
    const float Timeout = 60_000;

    readonly List<IBrowserContext> contexts = [];

    static BrowserTest() => Assertions.SetDefaultExpectTimeout(Timeout);

    protected PortalFixture Fixture { get; } = fixture;

    /// <summary>A new tab in a new context: no cookie (so Japanese, the default), no history.</summary>
    protected async Task<IPage> NewPageAsync(Screen? screen = null)
    {
        screen ??= Screen.Desktop;
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.Portal.Address.ToString(),
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            DeviceScaleFactor = screen.Zoom,
            Locale = "ja-JP",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(Timeout);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
            await context.CloseAsync();
    }
}
