using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser.Pages;

/// <summary>A strategic plan (戦略計画, <c>/plans/{id}/strategies/S4</c>): its items in full, with links to each item's own page.</summary>
public sealed class StrategyPage(IPage page) : PortalPage(page)
{
    public ILocator Contents => Page.Locator("main nav.toc");

    /// <summary>Follows the heading link of an item or sub-item with this title.</summary>
    public async Task<ItemPage> OpenItemAsync(string title)
    {
        await Main.Locator("h3, h4, h5, h6").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Navigation.ArrivedAsync(Page, new Regex("/items/[^/]+$"));
        return new ItemPage(Page);
    }
}
