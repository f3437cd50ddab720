using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Core.Progress.Sheets;
using Torikumi.Data.Accounts;
using Torikumi.Data.Entities;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Sheets;

/// <summary>
/// The progress sheet through the web app with real accounts: download, a valid upload saved as drafts with audit
/// entries, an invalid upload that changes nothing, and another department's sheet refused with 403.
/// こども家庭部 owns 1-1-1-1, 1-1-2 and a part of 2-1 in the rich plan; 区民部 owns 2-1 too.
/// </summary>
public sealed class SheetTests
{
    const string Kodomo = "こども家庭部";

    static async Task<(TestApp App, int PlanId)> StartAsync(string provider)
    {
        var app = await TestApp.StartAsync(provider, RichPlan.Build());
        await using var db = app.Database.NewContext();
        var planId = await db.Plans.Select(p => p.Id).SingleAsync();
        await app.App.AddStaffAsync("kodomo@example.jp", [StaffRoles.Editor], (Kodomo, null));
        await app.App.AddAdministratorAsync();
        return (app, planId);
    }

    static string SheetUrl(int planId, string department, string year = "2022") =>
        $"/staff/plans/{planId}/progress/{year}/sheet.xlsx?department={Uri.EscapeDataString(department)}";

    static string PageUrl(int planId, string department, string year = "2022") =>
        $"/staff/plans/{planId}/progress/{year}/sheet?department={Uri.EscapeDataString(department)}";

    static byte[] Edit(byte[] sheet, Action<IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(sheet));
        edit(workbook.Worksheet(ProgressSheetWriter.ProgressSheet));
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    static int RowOf(IXLWorksheet ws, string key) =>
        ws.RowsUsed().First(r => r.Cell(SheetColumns.Key.Number).GetString() == key).RowNumber();

    /// <summary>Posts the file through the upload form, with the form's anti-forgery token.</summary>
    static async Task<(HttpResponseMessage Response, IHtmlDocument Html)> UploadAsync(StaffClient client, string pageUrl, byte[] file)
    {
        var (page, html) = await client.GetPageAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = html.QuerySelector("form[method=post][enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=Department]")!.GetAttribute("value")!), "Department" },
        };
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue(ProgressSheetWriter.ContentType);
        content.Add(fileContent, "Upload", "sheet.xlsx");
        var response = await client.Http.PostAsync(pageUrl, content);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    static async Task<(int Reports, int Audit, int Indicators)> CountsAsync(TestApp app)
    {
        await using var db = app.Database.NewContext();
        return (await db.ProgressReports.CountAsync(), await db.AuditEntries.CountAsync(), await db.ReportIndicators.CountAsync());
    }

    [Theory, BothProviders]
    public async Task an_editor_downloads_the_sheet_of_their_department(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        using var editor = await app.App.SignInAsync("kodomo@example.jp");

        var response = await editor.Http.GetAsync(SheetUrl(planId, Kodomo));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ProgressSheetWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var keys = workbook.Worksheet("進捗").RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(["1-1-1-1", "1-1-2", "2-1"], keys);
    }

    [Theory, BothProviders]
    public async Task a_valid_upload_saves_drafts_with_audit_entries_and_lists_the_changes(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        using var editor = await app.App.SignInAsync("kodomo@example.jp");
        var sheet = await editor.Http.GetByteArrayAsync(SheetUrl(planId, Kodomo));
        var filled = Edit(sheet, ws =>
        {
            var r = RowOf(ws, "2-1");
            ws.Cell(r, SheetColumns.Plan.Number).Value = "見守り協定を広げる。";
            ws.Cell(r, SheetColumns.Result.Number).Value = "3団体と協定を結んだ。";
            ws.Cell(r, SheetColumns.Status.Number).Value = "計画どおり";
            ws.Cell(r, SheetColumns.Percent.Number).Value = 80;
            ws.Cell(r, SheetColumns.Evidence.Number).Value = "https://example.jp/kyotei.html";
        });

        var (response, html) = await UploadAsync(editor, PageUrl(planId, Kodomo), filled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = Assert.Single(html.QuerySelectorAll("tr.sheet-change"));
        Assert.Contains("2-1", change.TextContent, StringComparison.Ordinal);
        await using var db = app.Database.NewContext();
        var report = await db.ProgressReports.Include(r => r.Department).SingleAsync();
        Assert.Equal(("2-1", Kodomo, ReportState.Draft, "見守り協定を広げる。", "on-track", 80m, 1),
            (report.ItemKey, report.Department.Name, report.State, report.Planned, report.StatusCode, report.Percent, report.Version));
        Assert.Equal("https://example.jp/kyotei.html", Assert.Single(report.Evidence).Url);
        var audit = Assert.Single(await db.AuditEntries.ToListAsync());
        Assert.Equal(("save", "2-1", Kodomo, 2022), (audit.Action, audit.ItemKey, audit.Department, audit.FiscalYear));
        Assert.Null(audit.Before);
        Assert.Contains("見守り協定を広げる。", audit.After, StringComparison.Ordinal);

        // The same sheet again changes nothing; changed again, it is refused for that row: the report changed since the download.
        var (same, sameHtml) = await UploadAsync(editor, PageUrl(planId, Kodomo), filled);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Empty(sameHtml.QuerySelectorAll("tr.sheet-change"));
        var stale = Edit(filled, ws => ws.Cell(RowOf(ws, "2-1"), SheetColumns.Result.Number).Value = "4団体と協定を結んだ。");
        var (again, againHtml) = await UploadAsync(editor, PageUrl(planId, Kodomo), stale);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("ダウンロードの後に", againHtml.QuerySelector("tr.sheet-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((1, 1, 0), await CountsAsync(app));
    }

    [Theory, BothProviders]
    public async Task an_invalid_upload_lists_every_problem_and_changes_nothing(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        using var editor = await app.App.SignInAsync("kodomo@example.jp");
        var sheet = await editor.Http.GetByteArrayAsync(SheetUrl(planId, Kodomo));
        var filled = Edit(sheet, ws =>
        {
            ws.Cell(RowOf(ws, "1-1-2"), SheetColumns.Plan.Number).Value = "正しい行";
            ws.Cell(RowOf(ws, "2-1"), SheetColumns.Status.Number).Value = "まあまあ";
            ws.Cell(RowOf(ws, "1-1-1-1"), SheetColumns.Evidence.Number).Value = "ftp://example.jp/x";
        });

        var (response, html) = await UploadAsync(editor, PageUrl(planId, Kodomo), filled);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = html.QuerySelectorAll("tr.sheet-problem").Select(r => r.TextContent).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("H列(ステータス)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("K列(根拠資料URL)", StringComparison.Ordinal));
        Assert.Equal((0, 0, 0), await CountsAsync(app));
    }

    [Theory, BothProviders]
    public async Task another_departments_sheet_is_403_and_changes_nothing(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        using var editor = await app.App.SignInAsync("kodomo@example.jp");
        using var admin = await app.App.SignInAsync("admin@example.jp");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync(SheetUrl(planId, "区民部"))).StatusCode);

        var theirs = await admin.Http.GetByteArrayAsync(SheetUrl(planId, "区民部"));
        var filled = Edit(theirs, ws => ws.Cell(RowOf(ws, "2-1"), SheetColumns.Plan.Number).Value = "区民部の計画を書き換える");
        var (response, _) = await UploadAsync(editor, PageUrl(planId, "区民部"), filled);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountsAsync(app));
    }

    /// <summary>Two indicators of こども家庭部 on 1-1-2, as if added on screen.</summary>
    static async Task AddIndicatorsAsync(TestApp app, int planId)
    {
        await using var db = app.Database.NewContext();
        var department = await db.Departments.Where(d => d.Name == Kodomo).Select(d => d.Id).SingleAsync();
        string[] names = ["研修の回数", "参加者数"];
        for (var i = 0; i < names.Length; i++)
            db.ReportIndicators.Add(new ReportIndicator
            {
                PlanId = planId, ItemKey = "1-1-2", DepartmentId = department, Position = i, Name = names[i], Unit = i == 0 ? "回" : "人",
                Targets = [new(2022, i == 0 ? 4 : 100)], Version = 1, UpdatedAt = DateTimeOffset.UnixEpoch, UpdatedById = "seed", UpdatedByName = "seed",
            });
        await db.SaveChangesAsync();
    }

    [Theory, BothProviders]
    public async Task the_second_indicator_is_filled_on_its_own_row(string provider)
    {
        var (app, planId) = await StartAsync(provider);
        await using var _ = app;
        await AddIndicatorsAsync(app, planId);
        using var editor = await app.App.SignInAsync("kodomo@example.jp");
        var sheet = await editor.Http.GetByteArrayAsync(SheetUrl(planId, Kodomo));
        using (var workbook = new XLWorkbook(new MemoryStream(sheet)))
            Assert.Equal(["1-1-1-1", "1-1-2", "1-1-2", "2-1"], workbook.Worksheet("進捗").RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        static int IndicatorRow(IXLWorksheet ws) => RowOf(ws, "1-1-2") + 1;

        // Report columns on the indicator row: refused with its row and column, nothing changed.
        var wrong = Edit(sheet, ws => ws.Cell(IndicatorRow(ws), SheetColumns.Result.Number).Value = "実績をここに");
        var (refused, refusedHtml) = await UploadAsync(editor, PageUrl(planId, Kodomo), wrong);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = Assert.Single(refusedHtml.QuerySelectorAll("tr.sheet-problem")).TextContent;
        Assert.Contains("G列(実績)", problem, StringComparison.Ordinal);
        Assert.Contains("4", problem, StringComparison.Ordinal); // Excel row 4
        Assert.Equal((0, 0, 2), await CountsAsync(app));

        var filled = Edit(sheet, ws =>
        {
            ws.Cell(RowOf(ws, "1-1-2"), SheetColumns.Actual.Number).Value = 4;
            ws.Cell(IndicatorRow(ws), SheetColumns.Actual.Number).Value = 87;
        });
        var (response, html) = await UploadAsync(editor, PageUrl(planId, Kodomo), filled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = Assert.Single(html.QuerySelectorAll("tr.sheet-change")).TextContent;
        Assert.Contains("実績値(指標2 参加者数)", change, StringComparison.Ordinal);
        await using var db = app.Database.NewContext();
        var indicators = await db.ReportIndicators.OrderBy(i => i.Position).ToListAsync();
        Assert.Equal([4m, 87m], indicators.Select(i => i.Actuals.Single(a => a.FiscalYear == 2022).Value));
        Assert.Equal([4m, 100m], indicators.Select(i => i.Targets.Single().Value));
        Assert.Equal(ReportState.Draft, (await db.ProgressReports.SingleAsync()).State);
        Assert.Contains("参加者数", (await db.AuditEntries.SingleAsync()).After, StringComparison.Ordinal);
    }
}
