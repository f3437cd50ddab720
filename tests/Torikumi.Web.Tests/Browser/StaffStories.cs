using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Torikumi.Data.Accounts;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Browser.Pages;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Browser.Staff;

/// <summary>
/// The sample plan's portal with staff accounts: an editor of こども家庭部 (which owns 1-3-1 保育所の拡充), a reviewer
/// and an administrator, all with <see cref="StaffAccounts.Password"/>.
/// </summary>
public sealed class StaffPortalFixture : PortalFixture, IAsyncLifetime
{
    public const string Editor = "hoiku@example.jp";
    public const string Reviewer = "review@example.jp";
    public const string Administrator = "admin@example.jp";

    /// <summary>Re-implements the fixture's start (which is not virtual) to add the accounts once the app runs.</summary>
    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Portal.App.AddStaffAsync(Editor, [StaffRoles.Editor], ("こども家庭部", "保育課"));
        await Portal.App.AddReviewerAsync(Reviewer);
        await Portal.App.AddAdministratorAsync(Administrator);
    }
}

/// <summary>Signing in through the real form, in a browser context of its own (so each person keeps their cookie).</summary>
public abstract class StaffBrowserTest(StaffPortalFixture fixture) : BrowserTest(fixture)
{
    protected async Task<IPage> SignInAsync(string email, string then = "/staff")
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, "/account/login?ReturnUrl=" + Uri.EscapeDataString(then));
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByLabel("パスワード").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(then) + "$"));
        return page;
    }
}

/// <summary>Progress management (進行管理) from the report to what a resident sees, in a real browser.</summary>
public sealed class StaffStories(StaffPortalFixture fixture) : StaffBrowserTest(fixture), IClassFixture<StaffPortalFixture>
{
    const string Report = "/staff/plans/1/items/1-3-1/progress/2022";

    [Fact]
    public async Task editor_reports_reviewer_returns_then_approves_and_resident_sees_the_result()
    {
        // The editor finds 1-3-1 in their list and reports on it.
        var editor = await SignInAsync(StaffPortalFixture.Editor);
        var row = editor.Locator("tr[data-key='1-3-1']");
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(editor).ToHaveURLAsync(new Regex(Regex.Escape(Report)));
        await editor.GetByLabel("計画(この年度に行うこと)").FillAsync("保育所を3か所新設する。");
        await editor.GetByLabel("実績", new() { Exact = true }).FillAsync("2か所を開設した。");
        await editor.GetByLabel("ステータス", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "遅れ" });
        await editor.GetByLabel("進捗率(%)").FillAsync("60");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存して提出" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("提出しました。");

        // The reviewer returns it with a reason.
        var reviewer = await SignInAsync(StaffPortalFixture.Reviewer, Report);
        await reviewer.GetByLabel("差戻しの理由").FillAsync("開設できなかった1か所の理由を実績に書いてください。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "差し戻す" }).ClickAsync();
        await Expect(reviewer.GetByRole(AriaRole.Status)).ToHaveTextAsync("差し戻しました。");

        // The editor sees why, fixes the result and submits again.
        await PortalPage.GoAsync(editor, Report);
        await Expect(editor.GetByRole(AriaRole.Note)).ToContainTextAsync("開設できなかった1か所の理由");
        await Axe.ExpectNoViolationsAsync(editor); // the returned state adds the reason box
        await editor.GetByLabel("実績", new() { Exact = true }).FillAsync("2か所を開設した。1か所は用地の確保が遅れ、翌年度に開設する。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存して提出" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("提出しました。");
        await Expect(editor.GetByRole(AriaRole.Note)).ToHaveCountAsync(0);

        // The administrator approves, then publishes.
        var administrator = await SignInAsync(StaffPortalFixture.Administrator, Report);
        await administrator.GetByRole(AriaRole.Button, new() { Name = "承認する" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToHaveTextAsync("承認しました。");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "公表する" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToHaveTextAsync("公表しました。");

        // A resident, signed in nowhere, sees the published result on the item and the year's chart.
        var resident = await NewPageAsync();
        await PortalPage.GoAsync(resident, "/plans/1/items/1-3-1");
        var progress = resident.Locator("section.item-progress");
        await Expect(progress).ToContainTextAsync("用地の確保が遅れ");
        await Expect(progress).ToContainTextAsync("遅れ");
        await Expect(progress).ToContainTextAsync("60%");
        await Expect(progress).Not.ToContainTextAsync("開設できなかった1か所の理由");
        await PortalPage.GoAsync(resident, "/plans/1/progress/2022");
        await Expect(resident.Locator("svg[role=img]").First).ToBeVisibleAsync();
    }
}
