using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Torikumi.Web.Tests.Browser.Pages;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser.Staff;

/// <summary>The planning division (企画課) in a real browser: publishing a year's approved reports at once, and the status scale.</summary>
public sealed class PlanningDivisionStories(StaffPortalFixture fixture) : StaffBrowserTest(fixture), IClassFixture<StaffPortalFixture>
{
    const string Report = "/staff/plans/1/items/1-3-1/progress/2022";

    [Fact]
    public async Task administrator_confirms_and_publishes_the_approved_reports_of_a_department()
    {
        var editor = await SignInAsync(StaffPortalFixture.Editor, Report);
        await editor.GetByLabel("ステータス", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "計画どおり" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存して提出" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("提出しました。");

        var administrator = await SignInAsync(StaffPortalFixture.Administrator, Report);
        await administrator.GetByRole(AriaRole.Button, new() { Name = "承認する" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToHaveTextAsync("承認しました。");

        await PortalPage.GoAsync(administrator, "/staff/dashboard?plan=1&year=2022");
        await administrator.GetByLabel("部", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "こども家庭部" });
        await administrator.GetByRole(AriaRole.Button, new() { Name = "公表する報告を確認する" }).ClickAsync();
        await Expect(administrator.Locator(".confirm-count")).ToContainTextAsync("1件");
        await Axe.ExpectNoViolationsAsync(administrator);
        await administrator.GetByRole(AriaRole.Button, new() { Name = "1件を公表する" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToContainTextAsync("1件公表しました");

        var resident = await NewPageAsync();
        await PortalPage.GoAsync(resident, "/plans/1/items/1-3-1");
        await Expect(resident.Locator("section.item-progress")).ToContainTextAsync("計画どおり");
    }

    [Fact]
    public async Task administrator_takes_a_ready_made_scale_and_renames_a_status()
    {
        var page = await SignInAsync(StaffPortalFixture.Administrator, "/staff/dashboard");
        await page.GetByRole(AriaRole.Link, new() { Name = "ステータスの段階を設定する" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/plans/1/scale$"));
        // The default keeps every code the other story's report may use (S/A/B/C would be refused then: see PlanningDivisionTests).
        await page.GetByLabel("既定(計画以上・計画どおり…)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "この段階にする" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ステータスの段階を「既定");
        await page.GetByLabel("1行目の日本語の名称").FillAsync("計画を大きく上回る");
        await page.GetByRole(AriaRole.Button, new() { Name = "段階を保存" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("ステータスの段階を保存しました。");
        await Expect(page.GetByLabel("1行目の日本語の名称")).ToHaveValueAsync("計画を大きく上回る");
        await Axe.ExpectNoViolationsAsync(page);
    }
}
