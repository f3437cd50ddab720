using Torikumi.Web.Tests.Browser.Pages;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser;

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
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Axe.ExpectNoViolationsAsync(page);
    }
}
