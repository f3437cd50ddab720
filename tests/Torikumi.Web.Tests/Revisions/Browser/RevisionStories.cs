using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Browser;
using Torikumi.Web.Tests.Browser.Pages;
using Torikumi.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Torikumi.Web.Tests.Revisions.Browser;

/// <summary>The sample served live, with its revision (案) imported and awaiting an administrator's confirmation.</summary>
public sealed class RevisionPortalFixture : PortalFixture, IAsyncLifetime
{
    public const string Administrator = "admin@example.jp";

    public RevisedSample.Truth Truth { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var (revised, truth) = RevisedSample.Build(TestApp.Sample);
        Truth = truth;
        await using (var context = Portal.Database.NewContext())
            await new PlanStore(context).ImportAsync(new PlanImport(revised, "案"));
        await Portal.App.AddAdministratorAsync(Administrator);
    }
}

/// <summary>
/// An administrator confirms the 案 on the staff page, then a resident reads what changed — in a real browser, with
/// axe-core on every page and screenshots kept as artefacts (TestResults/screenshots/revision-*.png).
/// </summary>
public sealed class RevisionStories(RevisionPortalFixture fixture) : BrowserTest(fixture), IClassFixture<RevisionPortalFixture>
{
    RevisionPortalFixture Revision => (RevisionPortalFixture)Fixture;

    async Task ShootAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Screenshots, $"revision-{name}.png"), FullPage = true });

    [Fact]
    public async Task administrator_confirms_the_revision_and_resident_reads_the_diff()
    {
        var truth = Revision.Truth;
        // Before: the resident does not see the 案 at all.
        var resident = await NewPageAsync();
        await PortalPage.GoAsync(resident, "/plans/1/versions/1/diff/2", 404);
        await PortalPage.GoAsync(resident, $"/plans/1/items/{truth.Added}", 404);

        // The administrator reviews the proposed matches (accessible, with its forms) and confirms them.
        var admin = await NewPageAsync();
        await PortalPage.GoAsync(admin, "/account/login?ReturnUrl=" + Uri.EscapeDataString("/staff/revisions"));
        await admin.GetByLabel("メールアドレス").FillAsync(RevisionPortalFixture.Administrator);
        await admin.GetByLabel("パスワード").FillAsync(StaffAccounts.Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/staff/revisions$"));
        await Axe.ExpectNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "第1版 → 第2版" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("第2版の照合の確認");
        await Expect(admin.Locator($"article#m-{truth.Changed} ins").First).ToContainTextAsync(RevisedSample.NewWording);
        await Axe.ExpectNoViolationsAsync(admin);
        await ShootAsync(admin, "review-1280");
        await admin.GetByRole(AriaRole.Button, new() { Name = "この対応で確定して公開する" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("第2版は公開されています");

        // The resident finds the changes from the version list, filters them, and reads them side by side.
        await PortalPage.GoAsync(resident, "/plans/1/versions");
        await Axe.ExpectNoViolationsAsync(resident);
        await resident.GetByRole(AriaRole.Link, new() { Name = "第1版からの変更点" }).ClickAsync();
        await Expect(resident.Locator("h1")).ToHaveTextAsync("第1版から第2版への変更点");
        await Expect(resident.Locator($"article#m-{truth.Changed} .diff-side--new ins")).ToContainTextAsync(RevisedSample.NewWording);
        await Axe.ExpectNoViolationsAsync(resident);
        await ShootAsync(resident, "diff-1280");
        await resident.GetByLabel("施策の柱").SelectOptionAsync("P1");
        await resident.GetByRole(AriaRole.Button, new() { Name = "絞り込む" }).ClickAsync();
        await Expect(resident).ToHaveURLAsync(new Regex("pillar=P1"));
        await Expect(resident.GetByRole(AriaRole.Status)).ToContainTextAsync("条件に合う変更");
        await Axe.ExpectNoViolationsAsync(resident);

        var phone = await NewPageAsync(Screen.Phone);
        await PortalPage.GoAsync(phone, "/plans/1/versions/1/diff/2");
        await ShootAsync(phone, "diff-375");
        await resident.EmulateMediaAsync(new() { Media = Media.Print });
        await ShootAsync(resident, "diff-print");
        await resident.EmulateMediaAsync(new() { Media = Media.Screen });

        // The renumbered item tells its history and links back to the diff.
        await PortalPage.GoAsync(resident, $"/plans/1/items/{truth.SwappedB}");
        await Expect(resident.Locator(".item-history")).ToContainTextAsync(truth.SwappedA);
        await Axe.ExpectNoViolationsAsync(resident);
    }
}
