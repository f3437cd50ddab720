using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser.Staff;

/// <summary>
/// The staff pages meet the same bar as the public ones (WCAG 2.x A/AA by axe-core, one h1, landmarks): civil servants
/// who use a screen reader or a magnifier report progress too. Each page is checked as the person who works on it.
/// </summary>
public sealed class StaffAccessibilityTests(StaffPortalFixture fixture) : StaffBrowserTest(fixture), IClassFixture<StaffPortalFixture>
{
    const string Report = "/staff/plans/1/items/1-3-1/progress/2022";

    [Fact]
    public async Task sign_in_page_has_no_WCAG_violations() =>
        await Axe.ExpectAccessiblePageAsync(await NewPageAsync(), "/account/login");

    [Fact]
    public async Task sign_in_page_with_errors_has_no_WCAG_violations()
    {
        var page = await NewPageAsync();
        await Pages.PortalPage.GoAsync(page, "/account/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
        await Axe.ExpectNoViolationsAsync(page);
    }

    /// <summary>A report refused for bad input: the error summary and the invalid fields are part of the page.</summary>
    [Fact]
    public async Task report_page_with_errors_has_no_WCAG_violations()
    {
        var page = await SignInAsync(StaffPortalFixture.Editor, Report);
        await page.GetByLabel("進捗率(%)").FillAsync("百");
        await page.GetByRole(AriaRole.Button, new() { Name = "一時保存" }).ClickAsync();
        await Expect(page.Locator("#Form_Percent")).ToHaveAttributeAsync("aria-invalid", "true");
        await Axe.ExpectNoViolationsAsync(page);
    }

    /// <summary>With an indicator and an audit row, the report page has its two tables (each in a scrolling region).</summary>
    [Fact]
    public async Task report_page_with_an_indicator_and_its_audit_has_no_WCAG_violations()
    {
        // An item of the editor's department whose text names a target (1-3-1 has none), found from their list.
        var page = await SignInAsync(StaffPortalFixture.Editor);
        var withCandidates = Torikumi.Core.Progress.IndicatorCandidates.Find(Support.TestApp.Sample).Select(c => c.ItemKey).ToHashSet();
        var keys = await page.Locator("tr[data-key]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");
        var key = keys.First(withCandidates.Contains);
        await Pages.PortalPage.GoAsync(page, $"/staff/plans/1/items/{key}/progress/2022");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^候補「") }).First.ClickAsync();
        await Expect(page.Locator("table.audit tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "指標の一覧" })).ToBeVisibleAsync();
        await Axe.ExpectNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(StaffPortalFixture.Editor, "/staff")]
    [InlineData(StaffPortalFixture.Editor, Report)]
    [InlineData(StaffPortalFixture.Reviewer, Report)]
    [InlineData(StaffPortalFixture.Administrator, "/staff")]
    [InlineData(StaffPortalFixture.Administrator, "/staff/dashboard")]
    [InlineData(StaffPortalFixture.Administrator, "/admin/users")]
    public async Task staff_page_has_no_WCAG_violations(string email, string path) =>
        await Axe.ExpectAccessiblePageAsync(await SignInAsync(email, path), path);

    [Fact]
    public async Task public_progress_page_has_no_WCAG_violations() =>
        await Axe.ExpectAccessiblePageAsync(await NewPageAsync(), "/plans/1/progress/2022");
}
