using Microsoft.Playwright;
using Torikumi.Web.Tests.Browser.Pages;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// The quality bar for every page type on the sample plan: no axe-core violation of WCAG 2.x A/AA, no sideways
/// scrolling at 320 px or at 200 % zoom, and a visible focus on every link a keyboard reaches.
/// </summary>
public sealed class AccessibilityTests(PortalFixture fixture) : BrowserTest(fixture), IClassFixture<PortalFixture>
{
    /// <summary>
    /// One address per page type in Japanese; the English interface (which mixes languages, so axe checks every lang)
    /// on the pages that differ the most.
    /// </summary>
    public static TheoryData<string, string> PageTypes() => new()
    {
        { "/plans/1", "ja" },
        { "/plans/1/pillars/P1", "ja" },
        { "/plans/1/strategies/S4", "ja" },
        { "/plans/1/items/4-1-3", "ja" },
        { "/plans/1/items/1-3", "ja" }, // with sub-items, a ★ and inherited owners
        { "/plans/1/search?q=保育", "ja" },
        { "/plans/1/departments", "ja" },
        { "/plans/1/departments/" + Uri.EscapeDataString("教育振興部"), "ja" },
        { "/plans/1/matrix", "ja" },
        { "/plans/1/list?starred=true", "ja" },
        { "/api", "ja" },
        { "/plans/1", "en" },
        { "/plans/1/items/1-3", "en" },
        { "/plans/1/search?q=保育", "en" },
    };

    [Theory, MemberData(nameof(PageTypes))]
    public async Task page_has_no_WCAG_violations(string path, string language)
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, WithLanguage(path, language));
        await Axe.ExpectNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task not_found_page_has_no_WCAG_violations(string language)
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, WithLanguage("/plans/1/items/99-99", language), status: 404);
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Axe.ExpectNoViolationsAsync(page);
    }

    public static TheoryData<string, string> LayoutCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var screen in new[] { Screen.Narrow.Name, Screen.Zoom200.Name })
            foreach (var path in new[] { "/plans/1", "/plans/1/items/4-1-3", "/plans/1/items/1-3", "/plans/1/strategies/S4", "/plans/1/search?q=保育" })
                data.Add(screen, path);
        return data;
    }

    /// <summary>WCAG 1.4.10 and 1.4.4: the page reflows instead of making the reader scroll sideways.</summary>
    [Theory, MemberData(nameof(LayoutCases))]
    public async Task page_fits_the_width_without_sideways_scrolling(string screen, string path)
    {
        var page = await NewPageAsync(screen == Screen.Narrow.Name ? Screen.Narrow : Screen.Zoom200);
        await PortalPage.GoAsync(page, path);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var wider = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .slice(0, 5).map(e => e.outerHTML.slice(0, 120))
            """);
        Assert.True(widths[0] <= widths[1],
            $"{path} at {screen}: the page is {widths[0]} px wide in a {widths[1]} px window; too wide: {string.Join(" | ", wider)}");
    }

    /// <summary>WCAG 2.4.7: tabbing through a whole page, every link, field and button shows where the focus is.</summary>
    [Theory]
    [InlineData("/plans/1/items/4-1-3")]
    [InlineData("/plans/1")]
    public async Task every_focused_control_shows_the_focus(string path)
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, path);
        var invisible = new List<string>();
        var seen = 0;
        for (; seen < 300; seen++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await Focus.FocusedAsync(page) is not { } focused)
                break; // back to the document: the whole page was tabbed through
            if (!focused.Visible)
                invisible.Add(focused.ToString());
        }
        Assert.True(seen > 10, $"Tab reached only {seen} elements on {path}.");
        Assert.True(invisible.Count == 0, $"No visible focus on {invisible.Count} of {seen} elements of {path}: {string.Join(", ", invisible.Take(10))}");
    }

    /// <summary>The check itself: a scan that cannot fail proves nothing.</summary>
    [Fact]
    public async Task axe_reports_a_broken_page_with_rule_and_place()
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, "/plans/1");
        // A WCAG failure (an image with no text) and a structure failure (text outside every landmark).
        await page.EvaluateAsync("""
            () => {
              const i = document.createElement('img'); i.src = '/none.png'; i.id = 'no-alt'; document.querySelector('main').append(i);
              const p = document.createElement('p'); p.textContent = '迷子'; p.id = 'outside'; document.body.append(p);
            }
            """);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Axe.ExpectNoViolationsAsync(page));

        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("#no-alt", failure.Message);
        Assert.Contains("region", failure.Message);
        Assert.Contains("#outside", failure.Message);
    }

    static string WithLanguage(string path, string language) =>
        language == "ja" ? path : path + (path.Contains('?') ? "&" : "?") + "lang=" + language;
}

/// <summary>The chooser that <c>/</c> shows when several plans are stored.</summary>
public sealed class ChooserAccessibilityTests(TwoPlansFixture fixture) : BrowserTest(fixture), IClassFixture<TwoPlansFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?lang=en")]
    public async Task chooser_has_no_WCAG_violations(string path)
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, path);
        await Expect(page.Locator(".chooser")).ToHaveCountAsync(2);
        await Axe.ExpectNoViolationsAsync(page);
    }
}
