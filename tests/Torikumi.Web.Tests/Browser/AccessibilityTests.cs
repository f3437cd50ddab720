using Torikumi.Web.Tests.Browser.Pages;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// The quality bar for every page type on the sample plan (JIS X 8341-3:2016 level AA): no axe-core violation of
/// WCAG 2.x A/AA, one h1, and landmarks and headings a screen-reader user can navigate by. The reading pages are here;
/// the pages for finding things are in <see cref="FindingPagesAccessibilityTests"/> (two classes run side by side).
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
        { "/plans/1", "en" },
        { "/plans/1/items/1-3", "en" },
    };

    [Theory, MemberData(nameof(PageTypes))]
    public async Task page_has_no_WCAG_violations(string path, string language) =>
        await Axe.ExpectAccessiblePageAsync(await NewPageAsync(), path, language);

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task not_found_page_has_no_WCAG_violations(string language)
    {
        await Axe.ExpectAccessiblePageAsync(await NewPageAsync(), "/plans/1/items/99-99", language, status: 404);
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
}

/// <summary>The pages for finding things: search results, departments, the matrix, the ★ list and the API reference.</summary>
public sealed class FindingPagesAccessibilityTests(PortalFixture fixture) : BrowserTest(fixture), IClassFixture<PortalFixture>
{
    public static TheoryData<string, string> PageTypes() => new()
    {
        { "/plans/1/search?q=保育", "ja" },
        { "/plans/1/departments", "ja" },
        { "/plans/1/departments/" + Uri.EscapeDataString("教育振興部"), "ja" },
        { "/plans/1/matrix", "ja" },
        { "/plans/1/list?starred=true", "ja" },
        { "/api", "ja" },
        { "/plans/1/search?q=保育", "en" },
    };

    [Theory, MemberData(nameof(PageTypes))]
    public async Task page_has_no_WCAG_violations(string path, string language) =>
        await Axe.ExpectAccessiblePageAsync(await NewPageAsync(), path, language);
}
