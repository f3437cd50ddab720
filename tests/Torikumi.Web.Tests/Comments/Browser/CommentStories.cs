using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Torikumi.Core.Comments;
using Torikumi.Data.Accounts;
using Torikumi.Web.Features.Comments;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Browser;
using Torikumi.Web.Tests.Browser.Pages;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Comments.Browser;

/// <summary>
/// The sample plan's portal with a comment period open on its draft (from yesterday for 30 days, Japan time) and staff
/// accounts: an editor of こども家庭部 (which owns 1-3-1 保育所の拡充), a reviewer and an administrator.
/// </summary>
public sealed class CommentPortalFixture : PortalFixture, IAsyncLifetime
{
    public const string Editor = "kodomo@example.jp";
    public const string Reviewer = "review@example.jp";
    public const string Administrator = "admin@example.jp";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Portal.App.AddStaffAsync(Editor, [StaffRoles.Editor], ("こども家庭部", null));
        await Portal.App.AddReviewerAsync(Reviewer);
        await Portal.App.AddAdministratorAsync(Administrator);
        await using var scope = Portal.App.Services.CreateAsyncScope();
        var comments = ActivatorUtilities.CreateInstance<PublicComments>(scope.ServiceProvider, new CommandLineUser());
        var today = JapanTime.DateOf(DateTimeOffset.UtcNow);
        var opened = await comments.OpenPeriodAsync(1, new PeriodInput(today.AddDays(-1), today.AddDays(28), "郵送・ファクスでも受け付けます。",
            "企画課 03-0000-0000", null, 365));
        Assert.True(opened.Succeeded, opened.Refusal?.ToString());
    }
}

/// <summary>A resident comments on an item and gets a receipt; every step is axe-clean.</summary>
public sealed class ResidentCommentStories(CommentPortalFixture fixture) : BrowserTest(fixture), IClassFixture<CommentPortalFixture>
{
    [Fact]
    public async Task resident_comments_on_an_item_and_gets_a_receipt()
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, "/plans/1/items/1-3-1");
        var notice = page.Locator(".comment-notice");
        await Expect(notice).ToContainTextAsync("この素案への意見");
        await notice.GetByRole(AriaRole.Link, new() { Name = "この取組への意見を送る" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/plans/1/comment/1-3-1$"));
        await Axe.ExpectNoViolationsAsync(page);

        // Too long first: the error summary links to the field.
        await page.Locator("#Form_Text").FillAsync(new string('あ', 2001));
        await page.GetByRole(AriaRole.Button, new() { Name = "確認画面へ進む" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("2,001文字");
        await Axe.ExpectNoViolationsAsync(page);

        await page.Locator("#Form_Text").FillAsync("保育所の<b>増設</b>を早めてください。\n待機児童がまだいます。");
        await page.GetByLabel("年代(任意)").SelectOptionAsync(new SelectOptionValue { Label = "40代" });
        await page.GetByRole(AriaRole.Button, new() { Name = "確認画面へ進む" }).ClickAsync();
        await Expect(page.Locator(".comment-confirm .comment-text")).ToHaveTextAsync("保育所の<b>増設</b>を早めてください。\n待機児童がまだいます。");
        await Axe.ExpectNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
        await Expect(page.Locator(".receipt-number")).ToHaveTextAsync(new Regex(@"^PC\d{4}-\d{5}-\d$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("受け付けました");
        await Axe.ExpectNoViolationsAsync(page);
    }
}

/// <summary>Staff summarise, answer and publish; the resident finds the answer on the item's page.</summary>
public sealed class StaffCommentStories(CommentPortalFixture fixture) : BrowserTest(fixture), IClassFixture<CommentPortalFixture>
{
    async Task<IPage> SignInAsync(string email, string then)
    {
        var page = await NewPageAsync();
        await PortalPage.GoAsync(page, "/account/login?ReturnUrl=" + Uri.EscapeDataString(then));
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByLabel("パスワード").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(then) + "$"));
        return page;
    }

    [Fact]
    public async Task staff_summarise_answer_and_publish_and_the_resident_finds_the_answer()
    {
        // A resident's opinion, with a phone number in it.
        var resident = await NewPageAsync();
        await PortalPage.GoAsync(resident, "/plans/1/comment/1-3-1");
        await resident.Locator("#Form_Text").FillAsync("保育所を増やしてください。連絡は03-1234-5678へ。");
        await resident.GetByRole(AriaRole.Button, new() { Name = "確認画面へ進む" }).ClickAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
        await Expect(resident.Locator(".receipt-number")).ToHaveCountAsync(1);

        // The reviewer sees it flagged, summarises it and assigns it to こども家庭部.
        var reviewer = await SignInAsync(CommentPortalFixture.Reviewer, "/staff/plans/1/comments");
        await Expect(reviewer.Locator("table.opinions .pd-flag")).Not.ToHaveCountAsync(0);
        await Axe.ExpectNoViolationsAsync(reviewer);
        await reviewer.Locator("table.opinions a", new() { HasText = "1" }).First.ClickAsync();
        await Expect(reviewer.Locator(".pd-flags")).ToContainTextAsync("03-1234-5678");
        await Axe.ExpectNoViolationsAsync(reviewer);
        await reviewer.GetByLabel("要旨(公表されます)").FillAsync("保育所の増設を求める。");
        await reviewer.GetByLabel("回答案を作る部").SelectOptionAsync("こども家庭部");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("保存しました");

        // The department drafts the answer.
        var editor = await SignInAsync(CommentPortalFixture.Editor, "/staff/plans/1/comments/1");
        await editor.GetByLabel("回答案", new() { Exact = true }).FillAsync("保育所の拡充に計画的に取り組みます。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "回答案を保存" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("回答案を保存しました");

        // The planning division approves the view and publishes.
        var admin = await SignInAsync(CommentPortalFixture.Administrator, "/staff/plans/1/comments/1");
        await Expect(admin.GetByLabel("区の考え方(公表されます)")).ToHaveValueAsync("保育所の拡充に計画的に取り組みます。");
        await admin.GetByLabel("分類").SelectOptionAsync(new SelectOptionValue { Label = "既に記載" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "承認する" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("承認しました");
        await Axe.ExpectNoViolationsAsync(admin);
        await PortalPage.GoAsync(admin, "/staff/plans/1/comments");
        await admin.GetByRole(AriaRole.Button, new() { Name = "公表する" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("公表しました");

        // The resident finds the answer from the item's page; nothing personal is there.
        await PortalPage.GoAsync(resident, "/plans/1/items/1-3-1");
        await resident.Locator(".comment-notice").GetByRole(AriaRole.Link, new() { Name = "意見の概要と区の考え方(結果)" }).ClickAsync();
        await Expect(resident.Locator("h1")).ToHaveTextAsync("意見の概要と区の考え方");
        await Expect(resident.Locator("#op-1")).ToContainTextAsync("保育所の拡充に計画的に取り組みます。");
        await Expect(resident.Locator("#op-1")).ToContainTextAsync("既に記載");
        await Expect(resident.Locator("main")).Not.ToContainTextAsync("03-1234-5678");
        await Axe.ExpectNoViolationsAsync(resident);
    }
}

/// <summary>The administrator's period and entry pages, and the result page in English, are axe-clean too.</summary>
public sealed class CommentFormsAccessibility(CommentPortalFixture fixture) : BrowserTest(fixture), IClassFixture<CommentPortalFixture>
{
    [Fact]
    public async Task period_and_entry_pages_are_accessible_with_their_errors()
    {
        var admin = await NewPageAsync();
        await PortalPage.GoAsync(admin, "/account/login?ReturnUrl=" + Uri.EscapeDataString("/staff/plans/1/comments/period"));
        await admin.GetByLabel("メールアドレス").FillAsync(CommentPortalFixture.Administrator);
        await admin.GetByLabel("パスワード").FillAsync(StaffAccounts.Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/staff/plans/1/comments/period$"));
        await Axe.ExpectNoViolationsAsync(admin);
        await admin.GetByLabel("終了日(この日を含む)").FillAsync(JapanTime.DateOf(DateTimeOffset.UtcNow).AddDays(3).ToString("yyyy-MM-dd"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await Expect(admin.Locator(".error-summary")).ToContainTextAsync("理由");
        await Axe.ExpectNoViolationsAsync(admin);

        await PortalPage.GoAsync(admin, "/staff/plans/1/comments/new");
        await Axe.ExpectNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(admin.Locator(".error-summary")).ToContainTextAsync("意見を入力してください");
        await Axe.ExpectNoViolationsAsync(admin);
    }
}
