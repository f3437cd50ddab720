using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser.Pages;

/// <summary>Search results (<c>/plans/{id}/search?q=保育</c>): an ordered list of items with the words highlighted.</summary>
public sealed class SearchResultsPage(IPage page) : PortalPage(page)
{
    public ILocator Results => Page.Locator("main ol.results > li");
    public ILocator Highlights => Page.Locator("main ol.results mark");

    /// <summary>The link to the item in the given result (0 is the first).</summary>
    public ILocator ResultLink(int index) => Results.Nth(index).Locator("a[href*='/items/']").First;

    public async Task<ItemPage> OpenResultAsync(int index)
    {
        await ResultLink(index).ClickAsync();
        await Navigation.ArrivedAsync(Page, new Regex("/items/[^/?#]+$"));
        return new ItemPage(Page);
    }
}
