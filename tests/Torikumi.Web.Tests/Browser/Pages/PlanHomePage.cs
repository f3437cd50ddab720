using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser.Pages;

/// <summary>The plan's home page (<c>/plans/{id}</c>): title, stage, period, pillars with their strategic plans, a search box.</summary>
public sealed class PlanHomePage(IPage page) : PortalPage(page)
{
    public ILocator Stage => Page.Locator(".plan-facts .stage");
    public ILocator Facts => Page.Locator(".plan-facts");
    public ILocator Pillars => Page.Locator("main .pillar-card");
    public ILocator SearchBox => Page.Locator("main input[type=search]");

    /// <summary>Opens <c>/</c>, which goes straight to the plan when only one is stored.</summary>
    public static async Task<PlanHomePage> OpenAsync(IPage page, string path = "/")
    {
        await GoAsync(page, path);
        await Navigation.ArrivedAsync(page, new Regex("/plans/\\d+$"));
        return new PlanHomePage(page);
    }

    public async Task<StrategyPage> OpenStrategicPlanAsync(string title)
    {
        await Page.Locator("main .strategy-list").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Navigation.ArrivedAsync(Page, new Regex("/strategies/S\\d+$"));
        return new StrategyPage(Page);
    }

    /// <summary>Searches with the large search box of the home page.</summary>
    public async Task<SearchResultsPage> SearchHereAsync(string text)
    {
        await SearchBox.FillAsync(text);
        return await SubmitSearchAsync(SearchBox);
    }
}
