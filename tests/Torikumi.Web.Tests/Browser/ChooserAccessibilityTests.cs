using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser;

/// <summary>The chooser that <c>/</c> shows when several plans are stored.</summary>
public sealed class ChooserAccessibilityTests(TwoPlansFixture fixture) : BrowserTest(fixture), IClassFixture<TwoPlansFixture>
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task chooser_has_no_WCAG_violations(string language)
    {
        var page = await NewPageAsync();
        await Axe.ExpectAccessiblePageAsync(page, "/", language);
        await Expect(page.Locator(".chooser")).ToHaveCountAsync(2);
    }
}
