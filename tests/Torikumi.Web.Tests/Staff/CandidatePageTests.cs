using System.Net;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Staff.StaffSite;

namespace Torikumi.Web.Tests.Staff;

/// <summary>
/// Candidate indicators (指標の候補) of the sample's 7-1-1 (グループホームを…60室整備): discarding is remembered per
/// department, audited, and undone from the page.
/// </summary>
public sealed class CandidatePageTests
{
    const string Editor = "owner@example.jp";
    const string Outsider = "outsider@example.jp";

    /// <summary>7-1-1's department, and one that does not own it.</summary>
    public static (string Owner, string Other) Departments()
    {
        var index = new PlanIndex(TestApp.Sample);
        var owners = index.OwnersOf(index.Item("7-1-1")!).Select(o => o.Department).ToList();
        return (owners[0], index.Departments.First(d => !owners.Contains(d)));
    }

    [Theory, BothProviders]
    public async Task a_discarded_candidate_is_no_longer_proposed_and_can_be_restored(string provider)
    {
        var (owner, other) = Departments();
        await using var site = await StartAsync(provider, TestApp.Sample, (Editor, owner), (Outsider, other));
        using var editor = await site.SignInAsync(Editor);
        var url = site.ReportUrl("7-1-1", 2022, owner);

        var (_, page) = await editor.GetPageAsync(url);
        var offered = page.QuerySelector("ul.candidates:not(.candidates--discarded) li")!;
        Assert.Contains("グループホーム整備", offered.TextContent);
        var key = offered.QuerySelector("form[action*='handler=Discard'] input[name=CandidateKey]")!.GetAttribute("value")!;
        var number = offered.QuerySelector("form[action*='handler=Discard'] input[name=Candidate]")!.GetAttribute("value")!;
        KeyValuePair<string, string>[] candidate = [F("Department", owner), F("Candidate", number), F("CandidateKey", key)];

        var (discarded, discardedHtml) = await PostAsync(editor, url, "Discard", candidate);
        AssertStatus(HttpStatusCode.OK, discarded, discardedHtml);
        Assert.Null(discardedHtml.QuerySelector("ul.candidates:not(.candidates--discarded)"));
        Assert.Contains("グループホーム整備", discardedHtml.QuerySelector("ul.candidates--discarded")!.TextContent);
        await using (var db = site.App.Database.NewContext())
        {
            var row = await db.DiscardedCandidates.AsNoTracking().SingleAsync();
            Assert.Equal(("7-1-1", key), (row.ItemKey, row.CandidateKey));
            Assert.Equal(Editor, row.DiscardedByName);
        }

        // Remembered: a new visit does not propose it either, and it cannot be accepted while discarded.
        var (_, again) = await editor.GetPageAsync(url);
        Assert.Null(again.QuerySelector("ul.candidates:not(.candidates--discarded)"));
        var before = await site.StoredAsync();
        var (accepted, acceptedHtml) = await PostAsync(editor, url, "Accept", candidate);
        AssertStatus(HttpStatusCode.Conflict, accepted, acceptedHtml);
        Assert.Equal(before, await site.StoredAsync());

        var (restored, restoredHtml) = await PostAsync(editor, url, "Restore", candidate);
        AssertStatus(HttpStatusCode.OK, restored, restoredHtml);
        Assert.Contains("グループホーム整備", restoredHtml.QuerySelector("ul.candidates:not(.candidates--discarded)")!.TextContent);
        Assert.Null(restoredHtml.QuerySelector("ul.candidates--discarded"));
        Assert.Equal(["candidate-discard", "candidate-restore"], await site.AuditActionsAsync());
        Assert.Contains("候補の破棄", restoredHtml.QuerySelector("table.audit")!.TextContent);

        // Accepted now, it becomes the indicator and is no longer proposed.
        var (taken, takenHtml) = await PostAsync(editor, url, "Accept", candidate);
        AssertStatus(HttpStatusCode.OK, taken, takenHtml);
        Assert.Contains("グループホーム整備", takenHtml.QuerySelector("table.indicator-list")!.TextContent);
        Assert.Null(takenHtml.QuerySelector("ul.candidates:not(.candidates--discarded)"));
    }

    [Theory, BothProviders]
    public async Task a_candidate_whose_text_changed_is_not_taken(string provider)
    {
        var (owner, other) = Departments();
        await using var site = await StartAsync(provider, TestApp.Sample, (Editor, owner), (Outsider, other));
        using var editor = await site.SignInAsync(Editor);
        var url = site.ReportUrl("7-1-1", 2022, owner);
        var before = await site.StoredAsync();

        var (response, html) = await PostAsync(editor, url, "Discard", F("Department", owner), F("Candidate", 0), F("CandidateKey", "別の文言@2023"));

        AssertStatus(HttpStatusCode.NotFound, response, html);
        Assert.Equal(before, await site.StoredAsync());
    }
}
