using System.Net;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Staff.StaffSite;

namespace Torikumi.Web.Tests.Staff;

/// <summary>Indicators (指標) edited on the report page: added, changed and removed through the forms, with the rules of the API.</summary>
public sealed class IndicatorPageTests
{
    const string Kodomo = "kodomo@example.jp";

    static KeyValuePair<string, string>[] Indicator(int id, int version, string name, params (string Year, string Target, string Actual)[] rows)
    {
        List<KeyValuePair<string, string>> fields =
        [
            F("Department", "こども家庭部"), F("IndicatorId", id), F("IndicatorVersion", version),
            F("IndicatorInput.Name", name), F("IndicatorInput.Unit", "か所"), F("IndicatorInput.Direction", "higher"),
            F("IndicatorInput.BaselineYear", "R3"), F("IndicatorInput.BaselineValue", "0"),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            fields.Add(F($"IndicatorInput.Years[{i}]", rows[i].Year));
            fields.Add(F($"IndicatorInput.Targets[{i}]", rows[i].Target));
            fields.Add(F($"IndicatorInput.Actuals[{i}]", rows[i].Actual));
        }
        return [.. fields];
    }

    [Theory, BothProviders]
    public async Task an_editor_adds_changes_and_removes_an_indicator_in_the_page(string provider)
    {
        await using var site = await StartAsync(provider, null, (Kodomo, "こども家庭部"));
        using var editor = await site.SignInAsync(Kodomo);
        var url = site.ReportUrl("1-1-1-1", "令和4年度");
        var (_, page) = await editor.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("form[action*='handler=SaveIndicator'] #IndicatorInput_Name"));
        Assert.Equal("令和4年度", page.QuerySelector("#IndicatorInput_Years_0")!.GetAttribute("value"));

        // Years typed three ways; the notice gives the year's achievement and the status the indicators suggest.
        var (added, addedHtml) = await PostAsync(editor, url, "SaveIndicator", Indicator(0, 0, "保育所の整備数", ("R4", "10", "8"), ("FY2023", "20", ""), ("2024", "30", "")));
        AssertStatus(HttpStatusCode.OK, added, addedHtml);
        var notice = addedHtml.QuerySelector(".notice[role=status]")!.TextContent;
        Assert.Contains("達成度は80%", notice);
        Assert.Contains("概ね計画どおり", notice);
        Assert.Equal("80%", addedHtml.QuerySelector("table.indicator-list td.achievement")!.TextContent.Trim());
        Assert.Contains("概ね計画どおり", addedHtml.QuerySelector(".suggestion-line")!.TextContent);
        await using (var db = site.App.Database.NewContext())
        {
            var row = await db.ReportIndicators.AsNoTracking().SingleAsync();
            Assert.Equal((2021, 0m), (row.BaselineYear!.Value, row.BaselineValue!.Value));
            Assert.Equal([new IndicatorValue(2022, 10), new IndicatorValue(2023, 20), new IndicatorValue(2024, 30)], row.Targets);
            Assert.Equal([new IndicatorValue(2022, 8)], row.Actuals);
        }
        var id = int.Parse(addedHtml.QuerySelector("tr[data-indicator]")!.GetAttribute("data-indicator")!, System.Globalization.CultureInfo.InvariantCulture);

        // The 変更 link opens the form on the indicator, filled in.
        var (_, editPage) = await editor.GetPageAsync(addedHtml.QuerySelector("td.row-actions a")!.GetAttribute("href")!);
        Assert.Equal("保育所の整備数", editPage.QuerySelector("#IndicatorInput_Name")!.GetAttribute("value"));
        Assert.Equal($"{id}", editPage.QuerySelector("form[action*='handler=SaveIndicator'] input[name=IndicatorId]")!.GetAttribute("value"));
        Assert.Equal("8", editPage.QuerySelector("#IndicatorInput_Actuals_0")!.GetAttribute("value"));

        var (changed, changedHtml) = await PostAsync(editor, url, "SaveIndicator", Indicator(id, 1, "保育所の整備数", ("令和4年度", "10", "10"), ("令和5年度", "20", "")));
        AssertStatus(HttpStatusCode.OK, changed, changedHtml);
        Assert.Contains("達成度は100%", changedHtml.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Contains("計画どおり", changedHtml.QuerySelector(".suggestion-line")!.TextContent);

        // A second save from the same old version is refused, shows the stored indicator and keeps what was typed.
        var before = await site.StoredAsync();
        var (stale, staleHtml) = await PostAsync(editor, url, "SaveIndicator", Indicator(id, 1, "古い画面からの変更", ("令和4年度", "10", "5")));
        AssertStatus(HttpStatusCode.Conflict, stale, staleHtml);
        Assert.Contains("保育所の整備数", staleHtml.QuerySelector(".conflict .conflict-stored")!.TextContent);
        Assert.Equal("古い画面からの変更", staleHtml.QuerySelector("#IndicatorInput_Name")!.GetAttribute("value"));
        Assert.Equal("2", staleHtml.QuerySelector("form[action*='handler=SaveIndicator'] input[name=IndicatorVersion]")!.GetAttribute("value"));
        Assert.Equal(before, await site.StoredAsync());

        // Unreadable input: every problem listed and linked to its input; nothing written.
        var (invalid, invalidHtml) = await PostAsync(editor, url, "SaveIndicator", Indicator(id, 2, "", ("令和百年度", "十", ""), ("", "3", "")));
        AssertStatus(HttpStatusCode.BadRequest, invalid, invalidHtml);
        var links = invalidHtml.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#IndicatorInput_Years_0", links);
        Assert.Contains("#IndicatorInput_Targets_0", links);
        Assert.Contains("#IndicatorInput_Years_1", links);
        Assert.Contains("#IndicatorInput_Name", links);
        Assert.Equal("true", invalidHtml.QuerySelector("#IndicatorInput_Years_0")!.GetAttribute("aria-invalid"));
        Assert.Equal("令和百年度", invalidHtml.QuerySelector("#IndicatorInput_Years_0")!.GetAttribute("value"));
        Assert.Equal(before, await site.StoredAsync());

        var (removed, removedHtml) = await PostAsync(editor, url, "DeleteIndicator", F("Department", "こども家庭部"), F("IndicatorId", id), F("IndicatorVersion", 2));
        AssertStatus(HttpStatusCode.OK, removed, removedHtml);
        Assert.Null(removedHtml.QuerySelector("tr[data-indicator]"));
        Assert.Equal(["indicator-add", "indicator-update", "indicator-delete"], await site.AuditActionsAsync());
    }

    [Theory, BothProviders]
    public async Task a_submitted_report_keeps_its_indicators(string provider)
    {
        await using var site = await StartAsync(provider, null, (Kodomo, "こども家庭部"));
        using var editor = await site.SignInAsync(Kodomo);
        var url = site.ReportUrl("1-1-1-1", 2022);
        await PostAsync(editor, url, "Submit", F("Department", "こども家庭部"), F("Version", 0), F("Form.Plan", "計画"), F("Form.Status", "on-track"));
        var before = await site.StoredAsync();

        var (_, page) = await editor.GetPageAsync(url);
        Assert.Null(page.QuerySelector("form[action*='handler=SaveIndicator']"));
        var (refused, html) = await PostAsync(editor, url, "SaveIndicator", Indicator(0, 0, "提出後の指標", ("R4", "1", "1")));

        AssertStatus(HttpStatusCode.Conflict, refused, html);
        Assert.NotNull(html.QuerySelector(".notice--refused[role=alert]"));
        Assert.Equal(before, await site.StoredAsync());
    }
}
