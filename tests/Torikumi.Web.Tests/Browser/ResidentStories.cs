using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Torikumi.Web.Tests.Browser.Pages;
using Torikumi.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser;

/// <summary>What residents do with the portal, in a real browser against the sample plan (練馬区's draft).</summary>
public sealed class ResidentStories(PortalFixture fixture) : BrowserTest(fixture), IClassFixture<PortalFixture>
{
    [Fact]
    public async Task resident_browses_from_home_to_an_item()
    {
        var home = await PlanHomePage.OpenAsync(await NewPageAsync());
        await home.ExpectHeadingAsync(TestApp.Sample.Title);
        await Expect(home.Stage).ToHaveTextAsync("素案");
        await Expect(home.Facts).ToContainTextAsync("令和4・5年度");

        var strategy = await home.OpenStrategicPlanAsync("夢や目標を持ち困難を乗り越える力を備えた子どもたちの育成");
        await Expect(strategy.Heading).ToContainTextAsync("戦略計画4");

        var item = await strategy.OpenItemAsync("小中学校の改築等の推進");
        await item.ExpectHeadingAsync("小中学校の改築等の推進");
        await Expect(item.Page).ToHaveURLAsync(new Regex("/plans/1/items/4-1-3$"));
        await Expect(item.Key).ToHaveTextAsync("4-1-3");
        await Expect(item.Breadcrumbs).ToContainTextAsync("戦略計画4");
        await Expect(item.Owners).ToContainTextAsync("学校施設課");
    }

    [Fact]
    public async Task resident_searches_for_保育_and_opens_a_result()
    {
        var home = await PlanHomePage.OpenAsync(await NewPageAsync());

        var results = await home.SearchHereAsync("保育");
        await Expect(results.Page).ToHaveURLAsync(new Regex("/plans/1/search\\?q=(%E4%BF%9D%E8%82%B2|保育)"));
        await Expect(results.HeaderSearchBox).ToHaveValueAsync("保育");
        await Expect(results.Results.First).ToBeVisibleAsync();
        await Expect(results.Highlights.First).ToHaveTextAsync("保育");
        Assert.All(await results.Highlights.AllTextContentsAsync(), mark => Assert.Equal("保育", mark));

        var title = await results.ResultLink(0).TextContentAsync() ?? "";
        var item = await results.OpenResultAsync(0);
        var heading = (await item.Heading.TextContentAsync() ?? "").Trim();
        Assert.NotEqual("", heading);
        Assert.Contains(heading, title);
        await Expect(item.Main).ToContainTextAsync("保育");
    }

    [Fact]
    public async Task resident_switches_to_English()
    {
        var item = await ItemPage.OpenAsync(await NewPageAsync(), "/plans/1/items/4-1-3");
        await Expect(item.Html).ToHaveAttributeAsync("lang", "ja");
        await Expect(item.LanguageSwitch).ToHaveTextAsync("English");

        await item.SwitchLanguageAsync();

        await Expect(item.Page).ToHaveURLAsync(new Regex("/plans/1/items/4-1-3$"));
        await Expect(item.Html).ToHaveAttributeAsync("lang", "en");
        await Expect(item.SkipLink).ToHaveTextAsync("Skip to main content");
        await Expect(item.SiteNavigation).ToContainTextAsync("Plan home");
        await Expect(item.Breadcrumbs).ToContainTextAsync("Strategic plan 4");
        await Expect(item.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true })).ToBeVisibleAsync();
        // The plan itself is not translated, and says so to a screen reader.
        await Expect(item.Heading.Locator("[lang=ja]")).ToHaveTextAsync("小中学校の改築等の推進");
        await Expect(item.LanguageSwitch).ToHaveTextAsync("日本語");

        // The choice is remembered on the next page, and can be undone.
        var next = await item.OpenNextAsync();
        await Expect(next.Page).ToHaveURLAsync(new Regex("/plans/1/items/4-1-4$"));
        await Expect(next.Html).ToHaveAttributeAsync("lang", "en");
        await next.SwitchLanguageAsync();
        await Expect(next.Html).ToHaveAttributeAsync("lang", "ja");
        await Expect(next.SkipLink).ToHaveTextAsync("本文へ移動");
        await Expect(next.SiteNavigation).ToContainTextAsync("計画のトップ");
    }

    [Fact]
    public async Task resident_downloads_the_CSV()
    {
        var home = await PlanHomePage.OpenAsync(await NewPageAsync());

        var download = await home.DownloadAsync("CSV");

        Assert.EndsWith(".csv", download.SuggestedFilename);
        Assert.StartsWith("練馬区", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        var start = new byte[4096];
        var read = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false);
        // The byte-order mark is what makes Excel read the file as UTF-8 instead of Shift_JIS.
        Assert.Equal([0xEF, 0xBB, 0xBF], start[..3]);
        var header = Encoding.UTF8.GetString(start, 3, read - 3).Split('\n')[0].TrimEnd('\r');
        Assert.Contains("キー", header.Split(','));
        Assert.Contains("名称", header.Split(','));
    }

    [Fact]
    public async Task keyboard_user_skips_to_content_and_sees_the_focus()
    {
        var page = await NewPageAsync();
        var item = await ItemPage.OpenAsync(page, "/plans/1/items/4-1-3");

        // The first Tab lands on the skip link, which then shows on screen.
        await page.Keyboard.PressAsync("Tab");
        await Expect(item.SkipLink).ToBeFocusedAsync();
        await Expect(item.SkipLink).ToBeInViewportAsync();
        await Expect(item.SkipLink).ToHaveTextAsync("本文へ移動");
        Assert.True(await Focus.IsVisibleAsync(page), "the focused skip link has neither an outline nor a focus ring");

        // Enter moves to the main content; the next Tab is the first link in it, not the header again.
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("#main$"));
        await Expect(item.Main).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.True(await focused.EvaluateAsync<bool>("e => e.closest('main') !== null"), "Tab after the skip link left the main content");
        Assert.True(await Focus.IsVisibleAsync(page), "the first link in the content shows no focus");
    }
}
