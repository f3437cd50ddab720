using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser.Pages;

/// <summary>One item (取組, <c>/plans/{id}/items/4-1-3</c>): title, ★, body, the ①②③ list, notes, owners, previous/next.</summary>
public sealed class ItemPage(IPage page) : PortalPage(page)
{
    public ILocator Key => Page.Locator("main .item-kind .item-key");
    public ILocator Text => Page.Locator("main .item-text").First;
    public ILocator Owners => Page.Locator("main .owners").First;
    public ILocator Next => Page.Locator("nav.pager a[rel=next]");

    /// <summary>Follows the "next item" link at the bottom of the page.</summary>
    public async Task<ItemPage> OpenNextAsync()
    {
        var href = await Next.GetAttributeAsync("href") ?? throw new InvalidOperationException("This item has no next item.");
        await Next.ClickAsync();
        await Navigation.ArrivedAtPathAsync(Page, href);
        return new ItemPage(Page);
    }

    public static async Task<ItemPage> OpenAsync(IPage page, string path)
    {
        await GoAsync(page, path);
        return new ItemPage(page);
    }
}
