using Torikumi.Web.Tests.Browser.Pages;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// Full-page screenshots of the main pages on a desktop and a phone, kept as test artefacts
/// (<c>TestResults/screenshots/home-1280.png</c> …) so a reviewer sees the pages without running the app.
/// </summary>
public sealed class ScreenshotTests(PortalFixture fixture) : BrowserTest(fixture), IClassFixture<PortalFixture>
{
    public static TheoryData<string, string, string> Shots()
    {
        var data = new TheoryData<string, string, string>();
        (string Name, string Path)[] pages =
        [
            ("home", "/plans/1"),
            ("item", "/plans/1/items/1-3"),
            ("strategic-plan", "/plans/1/strategies/S4"),
            ("search-results", "/plans/1/search?q=保育"),
        ];
        foreach (var (name, path) in pages)
            foreach (var screen in new[] { Screen.Desktop, Screen.Phone })
                data.Add(name, path, screen.Name);
        return data;
    }

    [Theory, MemberData(nameof(Shots))]
    public async Task screenshot_of(string name, string path, string width)
    {
        var screen = width == Screen.Phone.Name ? Screen.Phone : Screen.Desktop;
        var page = await NewPageAsync(screen);
        await PortalPage.GoAsync(page, path);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();

        var file = Path.Combine(Artifacts.Screenshots, $"{name}-{screen.Name}.png");
        var png = await page.ScreenshotAsync(new() { Path = file, FullPage = true });

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(screen.Width, PngWidth(png));
    }

    /// <summary>The image width from the PNG header (bytes 16–19 of the IHDR chunk, big-endian).</summary>
    static int PngWidth(byte[] png) => png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19];
}
