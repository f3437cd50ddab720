using Torikumi.Web.Tests.Browser.Pages;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// Pages a reader can use zoomed in, on a narrow phone and with a keyboard: no sideways scrolling at 320 px or at
/// 200 % zoom, and a visible focus on every link a keyboard reaches.
/// </summary>
public sealed class ReflowAndFocusTests(PortalFixture fixture) : BrowserTest(fixture), IClassFixture<PortalFixture>
{
    static readonly string[] Paths =
    [
        "/plans/1", "/plans/1/items/4-1-3", "/plans/1/items/1-3", "/plans/1/strategies/S4", "/plans/1/search?q=保育",
        "/plans/1/departments", "/plans/1/matrix", "/plans/1/list?starred=true", "/api",
    ];

    public static TheoryData<string, string> LayoutCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var screen in new[] { Screen.Narrow.Name, Screen.Zoom200.Name })
            foreach (var path in Paths)
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
        // The culprits: elements past the right edge that no scrolling box of theirs clips (an absolutely positioned
        // element is clipped only by a scroller it is positioned in).
        var wider = await page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              const clipped = e => {
                const absolute = ['absolute', 'fixed'].includes(getComputedStyle(e).position);
                for (let a = absolute ? e.offsetParent : e.parentElement; a && a !== document.body; a = a.parentElement)
                  if (getComputedStyle(a).overflowX !== 'visible') return true;
                return false;
              };
              return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5 && !clipped(e))
                .slice(0, 5).map(e => e.outerHTML.slice(0, 120));
            }
            """);
        Assert.True(widths[0] <= widths[1],
            $"{path} at {screen}: the page is {widths[0]} px wide in a {widths[1]} px window; too wide: {string.Join(" | ", wider)}");
    }

    /// <summary>WCAG 2.4.7: tabbing through a whole page, every link, field and button shows where the focus is.</summary>
    [Theory]
    [InlineData("/plans/1/items/4-1-3")]
    [InlineData("/plans/1")]
    [InlineData("/plans/1/matrix")] // the scrolling table and picture take the focus too
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
}
