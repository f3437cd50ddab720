using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser.Pages;

/// <summary>What every portal page has: the skip link, the header (search box, language switch), one h1 and the footer with the downloads.</summary>
public class PortalPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Html => Page.Locator("html");
    public ILocator SkipLink => Page.Locator("a.skip-link");
    public ILocator Main => Page.Locator("main");
    public ILocator Heading => Page.Locator("h1");
    public ILocator SiteNavigation => Page.Locator("header nav.site-nav");
    public ILocator LanguageSwitch => Page.Locator("header a.language");
    public ILocator HeaderSearchBox => Page.Locator("header input[type=search]");
    public ILocator Breadcrumbs => Page.Locator("nav.breadcrumbs");
    public ILocator Downloads => Page.Locator("footer .downloads");

    /// <summary>Opens a path and checks the server answered it (a 404 page would otherwise pass for a page).</summary>
    public static async Task<IResponse> GoAsync(IPage page, string path, int status = 200)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Status == status, $"GET {path} answered {response.Status}, expected {status}.");
        return response;
    }

    /// <summary>Types into the search box in the header and submits it with Enter, as a resident would.</summary>
    public async Task<SearchResultsPage> SearchAsync(string text)
    {
        await HeaderSearchBox.FillAsync(text);
        return await SubmitSearchAsync(HeaderSearchBox);
    }

    /// <summary>Presses Enter in a search box and checks the results page was found.</summary>
    protected async Task<SearchResultsPage> SubmitSearchAsync(ILocator box)
    {
        var response = await Page.RunAndWaitForResponseAsync(() => box.PressAsync("Enter"),
            r => r.Request.IsNavigationRequest && r.Url.Contains("/search?", StringComparison.Ordinal));
        Assert.True(response.Status == 200, $"The search {response.Url} answered {response.Status}, expected 200.");
        await Navigation.ArrivedAsync(Page, new Regex("/search\\?"));
        return new SearchResultsPage(Page);
    }

    /// <summary>Follows the English / 日本語 link in the header; it comes back to the same page.</summary>
    public async Task SwitchLanguageAsync()
    {
        // The link goes through /language and is redirected back: wait for the page itself to come back, since the
        // address bar shows the same URL before and after.
        var before = Page.Url;
        var response = await Page.RunAndWaitForResponseAsync(() => LanguageSwitch.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Url == before);
        Assert.True(response.Status == 200, $"Back from the language switch, {before} answered {response.Status}.");
        await Page.WaitForLoadStateAsync();
    }

    /// <summary>Clicks a download link in the footer ("CSV", "Excel (XLSX)") and waits for the browser's download.</summary>
    public async Task<IDownload> DownloadAsync(string linkName)
    {
        var link = Downloads.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true });
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        // A 404 or 500 ends as a "canceled" download: say which address failed.
        var failure = await download.FailureAsync();
        Assert.True(failure is null, $"The download of {download.Url} failed in the browser: {failure}.");
        return download;
    }

    /// <summary>The page's main heading reads as given.</summary>
    public Task ExpectHeadingAsync(string text) => Expect(Heading).ToHaveTextAsync(text);
}
