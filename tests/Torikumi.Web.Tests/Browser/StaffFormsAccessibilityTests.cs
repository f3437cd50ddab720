using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Torikumi.Core.Progress.Sheets;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser.Staff;

/// <summary>
/// axe-core on the account and administration pages, the sheet upload (also with its list of problems), and the forms
/// of indicators, candidates, the status scale and publishing all — each as the person who works on it, in the state
/// a person reaches by clicking (errors shown, a conflict, a discarded candidate).
/// </summary>
public sealed class StaffFormsAccessibilityTests(StaffPortalFixture fixture) : StaffBrowserTest(fixture), IClassFixture<StaffPortalFixture>
{
    [Theory]
    [InlineData(StaffPortalFixture.Editor, "/account")]
    [InlineData(StaffPortalFixture.Editor, "/account/password")]
    [InlineData(StaffPortalFixture.Editor, "/account/tokens")]
    [InlineData(StaffPortalFixture.Administrator, "/admin/users/add")]
    [InlineData(StaffPortalFixture.Administrator, "/staff/plans/1/scale")]
    [InlineData(StaffPortalFixture.Administrator, "/staff/dashboard?plan=1&year=2022&handler=ConfirmPublish")]
    public async Task page_has_no_WCAG_violations(string email, string path) =>
        await Axe.ExpectAccessiblePageAsync(await SignInAsync(email, path), path);

    [Fact]
    public async Task user_edit_page_has_no_WCAG_violations()
    {
        var page = await SignInAsync(StaffPortalFixture.Administrator, "/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = StaffPortalFixture.Editor }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users/[^/]+$"));
        await Axe.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task sheet_upload_page_with_its_problems_has_no_WCAG_violations()
    {
        const string path = "/staff/plans/1/progress/2022/sheet?department=こども家庭部&section=保育課";
        var page = await SignInAsync(StaffPortalFixture.Editor, "/staff");
        await Pages.PortalPage.GoAsync(page, path);
        await Axe.ExpectNoViolationsAsync(page);

        // The sheet as downloaded, with a status no scale has: the upload lists the problem by row and column.
        var href = await page.Locator("a[download]").GetAttributeAsync("href");
        var download = await page.Context.APIRequest.GetAsync(href!);
        using var workbook = new XLWorkbook(new MemoryStream(await download.BodyAsync()));
        var sheet = workbook.Worksheet(ProgressSheetWriter.ProgressSheet);
        sheet.Cell(sheet.RowsUsed().Skip(1).First().RowNumber(), SheetColumns.Status.Number).Value = "まあまあ";
        using var edited = new MemoryStream();
        workbook.SaveAs(edited);
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "sheet.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = edited.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "アップロードして確認する" }).ClickAsync();
        await Expect(page.Locator(".sheet-problems")).ToContainTextAsync("まあまあ");
        await Axe.ExpectNoViolationsAsync(page);
    }

    /// <summary>An editor types an unreadable year, fixes it, then meets a change made meanwhile in another tab.</summary>
    [Fact]
    public async Task indicator_form_with_errors_saved_and_in_conflict_has_no_WCAG_violations()
    {
        var page = await SignInAsync(StaffPortalFixture.Editor, "/staff");
        await Pages.PortalPage.GoAsync(page, $"/staff/plans/1/items/{await FirstOwnItemAsync(page)}/progress/2022");

        var form = page.Locator("form.indicator-form");
        await form.GetByLabel("指標名").FillAsync("保育定員の拡大数");
        await form.GetByLabel("1行目の年度").FillAsync("らいねんど");
        await form.GetByRole(AriaRole.Button, new() { Name = "指標を追加" }).ClickAsync();
        await Expect(page.Locator("#IndicatorInput_Years_0")).ToHaveAttributeAsync("aria-invalid", "true");
        await Axe.ExpectNoViolationsAsync(page);

        await page.Locator("#IndicatorInput_Years_0").FillAsync("R4");
        await page.Locator("#IndicatorInput_Targets_0").FillAsync("100");
        await page.Locator("#IndicatorInput_Actuals_0").FillAsync("85");
        await form.GetByRole(AriaRole.Button, new() { Name = "指標を追加" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("達成度は85%");
        await Expect(page.Locator(".suggestion-line")).ToContainTextAsync("概ね計画どおり");
        await Axe.ExpectNoViolationsAsync(page);

        // Two tabs on the same indicator: the second save is refused and shows the first one's change.
        await page.GetByRole(AriaRole.Link, new() { Name = "指標「保育定員の拡大数」を変更" }).ClickAsync();
        var other = await page.Context.NewPageAsync();
        await Pages.PortalPage.GoAsync(other, page.Url);
        await other.GetByLabel("令和4年度の実績値").FillAsync("100");
        await other.GetByRole(AriaRole.Button, new() { Name = "指標を保存" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("達成度は100%");
        await page.GetByLabel("令和4年度の実績値").FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "指標を保存" }).ClickAsync();
        await Expect(page.Locator(".conflict")).ToContainTextAsync("他の人が先にこの指標を変更しました");
        await Expect(page.Locator("#IndicatorInput_Actuals_0")).ToHaveValueAsync("90");
        await Axe.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task report_page_with_a_discarded_candidate_has_no_WCAG_violations()
    {
        var page = await SignInAsync(StaffPortalFixture.Editor);
        var withCandidates = Torikumi.Core.Progress.IndicatorCandidates.Find(Support.TestApp.Sample).Select(c => c.ItemKey).ToHashSet();
        var keys = await page.Locator("tr[data-key]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");
        await Pages.PortalPage.GoAsync(page, $"/staff/plans/1/items/{keys.Last(withCandidates.Contains)}/progress/2022");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^候補「.*」を破棄$") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("候補を破棄しました");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^候補「.*」を戻す$") })).ToHaveCountAsync(1);
        await Axe.ExpectNoViolationsAsync(page);
    }

    [Fact]
    public async Task scale_page_with_errors_has_no_WCAG_violations()
    {
        var page = await SignInAsync(StaffPortalFixture.Administrator, "/staff/plans/1/scale");
        await page.GetByLabel("1行目の日本語の名称").FillAsync("");
        await page.GetByLabel("2行目の点数").FillAsync("とても良い");
        await page.GetByRole(AriaRole.Button, new() { Name = "段階を保存" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Axe.ExpectNoViolationsAsync(page);
    }

    /// <summary>WCAG 1.4.10: the indicator form reflows at 320 px (its value table shrinks; wide data tables scroll in their own region).</summary>
    [Fact]
    public async Task report_page_with_the_indicator_form_fits_320_px()
    {
        var page = await SignInAsync(StaffPortalFixture.Editor);
        var key = await FirstOwnItemAsync(page);
        await page.SetViewportSizeAsync(Screen.Narrow.Width, Screen.Narrow.Height);
        await Pages.PortalPage.GoAsync(page, $"/staff/plans/1/items/{key}/progress/2022");
        await Expect(page.Locator("form.indicator-form")).ToBeVisibleAsync();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the report page is {widths[0]} px wide in a {widths[1]} px window");
    }

    /// <summary>An item of the editor's list (保育課) not used by the other tests of the class.</summary>
    static async Task<string> FirstOwnItemAsync(IPage page)
    {
        var keys = await page.Locator("tr[data-key]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");
        return keys.First(k => k != "1-3-1");
    }
}
