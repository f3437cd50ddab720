using Microsoft.Playwright;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// One app and one browser for a whole test class (starting chromium costs more than most tests); every test gets
/// its own browser context, so no cookie, language choice or download leaks from one test to the next.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    IPlaywright? playwright;
    IBrowser? browser;
    LivePortal? portal;

    /// <summary>The plans the app serves: the real sample, so the pages look like what a resident would see.</summary>
    protected virtual PlanDocument[] Plans => [TestApp.Sample];

    public LivePortal Portal => portal ?? throw new InvalidOperationException("The portal has not started.");
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // Checked first: a missing browser should say so, not be hidden behind a slow app start.
        _ = Chromium.ExecutablePath;
        // The app and the browser start side by side: each waits mostly on its own process.
        var starting = LivePortal.StartAsync(Plans);
        try
        {
            playwright = await Playwright.CreateAsync();
            browser = await Chromium.LaunchAsync(playwright);
        }
        finally
        {
            portal = await starting;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        if (portal is not null)
            await portal.DisposeAsync();
    }
}

/// <summary>Two municipalities' plans, so that <c>/</c> shows the chooser instead of going straight to the plan.</summary>
public sealed class TwoPlansFixture : PortalFixture
{
    protected override PlanDocument[] Plans => [TestApp.Sample, RichPlan.Build() with { Municipality = "あきる野市", Stage = "決定" }];
}
