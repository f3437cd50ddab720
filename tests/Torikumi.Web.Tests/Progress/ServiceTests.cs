using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Tests.Support;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.Progress;

/// <summary>The parts of <see cref="ProgressReports"/> that pages use directly: indicators, candidates, dashboard, deadlines, scale.</summary>
public sealed class ServiceTests
{
    static readonly Indicator Rooms = new()
    {
        Name = "グループホーム整備数", Unit = "室",
        Baseline = new(2021, 0), Targets = [new(2022, 30), new(2023, 60)], Actuals = [new(2022, 27)],
    };

    [Theory, BothProviders]
    public async Task indicators_are_added_changed_and_removed_with_versions_and_audit(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        var (scope, reports) = app.ServiceAs(Kodomo);
        await using var _ = scope;

        var added = await reports.AddIndicatorAsync(app.PlanId, "1-1-1-1", 2022, null, Rooms);
        var id = added.Value!.Id;
        var stale = await reports.UpdateIndicatorAsync(app.PlanId, "1-1-1-1", 2022, null, id, 0, Rooms with { Name = "古い版から" });
        var changed = await reports.UpdateIndicatorAsync(app.PlanId, "1-1-1-1", 2022, null, id, 1, Rooms with { Actuals = [new(2022, 30)] });
        var list = await reports.IndicatorsAsync(app.PlanId, "1-1-1-1", 2022, null);
        var removed = await reports.DeleteIndicatorAsync(app.PlanId, "1-1-1-1", 2022, null, id, 2);
        var invalid = await reports.AddIndicatorAsync(app.PlanId, "1-1-1-1", 2022, null, Rooms with { Name = "" });

        Assert.Equal(90m, added.Value.Achievement!.Percent);
        Assert.IsType<ProgressConflict>(stale.Refusal);
        Assert.Equal(100m, changed.Value!.Achievement!.Percent);
        Assert.Equal(2, changed.Value.Version);
        Assert.Equal(["グループホーム整備数"], list.Value!.Indicators.Select(i => i.Name));
        Assert.True(removed.Succeeded);
        Assert.IsType<ProgressInvalid>(invalid.Refusal);
        var audit = await app.AuditEntriesAsync();
        Assert.Equal(["indicator-add", "indicator-update", "indicator-delete"], audit.Select(a => a.Action));
        Assert.Null(audit[0].Before);
        Assert.Contains("\"value\":27", audit[1].Before);
        Assert.Contains("\"value\":30", audit[1].After);
        Assert.Null(audit[2].After);
    }

    [Theory, BothProviders]
    public async Task indicators_follow_the_rules_of_saving_the_report(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        var (scope, reports) = app.ServiceAs(Kodomo);
        await using var _ = scope;
        var (otherScope, kumin) = app.ServiceAs(Kumin);
        await using var __ = otherScope;

        var outOfScope = await kumin.AddIndicatorAsync(app.PlanId, "1-1-1-1", 2022, null, Rooms);
        await reports.SaveDraftAsync(app.PlanId, "1-1-1-1", 2022, null, 0, new ReportDraft(Status: "mostly", Indicators: [Rooms]));
        Assert.True((await reports.SubmitAsync(app.PlanId, "1-1-1-1", 2022, null)).Succeeded);
        var whileSubmitted = await reports.AddIndicatorAsync(app.PlanId, "1-1-1-1", 2022, null, Rooms);

        Assert.IsType<ProgressForbidden>(outOfScope.Refusal);
        Assert.IsType<ProgressStateConflict>(whileSubmitted.Refusal);
        Assert.Equal(["save", "submit"], (await app.AuditEntriesAsync()).Select(a => a.Action));
    }

    [Theory, BothProviders]
    public async Task a_candidate_from_the_item_text_becomes_an_indicator(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider, TestApp.Sample);
        var (scope, reports) = app.ServiceAs(Admin);
        await using var _ = scope;

        var candidates = await reports.CandidatesAsync(app.PlanId, "7-1-1");
        var department = (await reports.GetAsync(app.PlanId, "7-1-1", 2022)).Value!.Departments[0];
        var accepted = await reports.AcceptCandidateAsync(app.PlanId, "7-1-1", 2022, department, 0);
        var missing = await reports.AcceptCandidateAsync(app.PlanId, "7-1-1", 2022, department, 99);
        var (publicScope, anonymous) = app.ServiceAs(null);
        await using var ___ = publicScope;
        var hidden = await anonymous.CandidatesAsync(app.PlanId, "7-1-1");

        var candidate = Assert.Single(candidates.Value!.Candidates);
        Assert.Equal((60m, "室", 2023), (candidate.Target, candidate.Unit, candidate.FiscalYear));
        Assert.Equal("グループホーム整備", accepted.Value!.Name);
        Assert.Equal([new IndicatorValueView(2023, 60)], accepted.Value.Targets);
        Assert.IsType<ProgressNotFound>(missing.Refusal);
        Assert.IsType<ProgressForbidden>(hidden.Refusal);
    }

    [Theory, BothProviders]
    public async Task the_dashboard_counts_parts_per_department_and_flags_overdue_ones(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        var (scope, kodomo) = app.ServiceAs(Kodomo);
        await using var _ = scope;
        await kodomo.SaveDraftAsync(app.PlanId, "1-1-1-1", 2022, null, 0, new ReportDraft(Result: "下書き"));
        await kodomo.SaveDraftAsync(app.PlanId, "2-1", 2022, "こども家庭部", 0, new ReportDraft(Status: "on-track"));
        await kodomo.SubmitAsync(app.PlanId, "2-1", 2022, "こども家庭部");
        var (adminScope, admin) = app.ServiceAs(Admin);
        await using var __ = adminScope;
        await admin.SetDeadlineAsync(app.PlanId, 2022, new DateOnly(2022, 6, 30));

        // 23:59 on 30 June in Tokyo is still in time; 00:00 on 1 July is not
        var (lastMinuteScope, lastMinute) = app.ServiceAs(Reviewer, new FixedClock(new DateTimeOffset(2022, 6, 30, 23, 59, 0, TimeSpan.FromHours(9))));
        await using var ___ = lastMinuteScope;
        var (lateScope, late) = app.ServiceAs(Reviewer, new FixedClock(new DateTimeOffset(2022, 7, 1, 0, 0, 0, TimeSpan.FromHours(9))));
        await using var ____ = lateScope;
        var inTime = (await lastMinute.DashboardAsync(app.PlanId, 2022)).Value!;
        var overdue = (await late.DashboardAsync(app.PlanId, 2022)).Value!;
        var editor = await kodomo.DashboardAsync(app.PlanId, 2022);

        Assert.Equal(new DateOnly(2022, 6, 30), overdue.Deadline);
        Assert.All(inTime.Departments, d => Assert.False(d.Overdue));
        Assert.Equal(
        [
            new DepartmentProgress("こども家庭部", NotStarted: 1, Draft: 1, Submitted: 1, Returned: 0, Approved: 0, Published: 0, Total: 3, Overdue: true),
            new DepartmentProgress("区民部", 1, 0, 0, 0, 0, 0, 1, true),
            new DepartmentProgress("総務部", 1, 0, 0, 0, 0, 0, 1, true),
        ], overdue.Departments.OrderBy(d => d.Department, StringComparer.Ordinal));
        Assert.IsType<ProgressForbidden>(editor.Refusal);
        var list = await kodomo.ListAsync(app.PlanId, 2022, stage: ProgressStage.Submitted);
        Assert.Equal([("2-1", "こども家庭部")], list.Value!.Reports.Select(r => (r.ItemKey, r.Department)));
    }

    [Theory, BothProviders]
    public async Task a_plan_may_use_its_own_scale_but_not_drop_codes_in_use(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        var (scope, admin) = app.ServiceAs(Admin);
        await using var _ = scope;
        var (editorScope, kodomo) = app.ServiceAs(Kodomo);
        await using var __ = editorScope;

        var refused = await kodomo.SetScaleAsync(app.PlanId, StatusScales.Achievement.Statuses, StatusScales.Achievement.Suggestions);
        var set = await admin.SetScaleAsync(app.PlanId, StatusScales.Achievement.Statuses, StatusScales.Achievement.Suggestions);
        var saved = await kodomo.SaveDraftAsync(app.PlanId, "1-1-1-1", 2022, null, 0, new ReportDraft(Status: "概ね達成"));
        var oldCode = await kodomo.SaveDraftAsync(app.PlanId, "1-1-1-1", 2022, null, 1, new ReportDraft(Status: "計画どおり"));
        var dropping = await admin.SetScaleAsync(app.PlanId, StatusScales.Default.Statuses.Where(s => s.Code != "mostly").ToList(), null);
        var broken = await admin.SetScaleAsync(app.PlanId, [], null);

        Assert.IsType<ProgressForbidden>(refused.Refusal);
        Assert.False(set.Value!.IsDefault);
        Assert.Equal(("mostly", "概ね達成"), (saved.Value!.Status, saved.Value.StatusLabel));
        Assert.IsType<ProgressInvalid>(oldCode.Refusal);
        Assert.Contains("mostly", Assert.IsType<ProgressInvalid>(dropping.Refusal).Errors.Single().Japanese);
        Assert.IsType<ProgressInvalid>(broken.Refusal);
        Assert.Equal(["scale", "save"], (await app.AuditEntriesAsync()).Select(a => a.Action));
    }

    [Theory, BothProviders]
    public async Task audit_entries_cannot_be_changed_or_deleted(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        await app.PutAsync("1-1-1-1", 2022, null, Kodomo, new { result = "実績" }, 0);

        await using var db = app.Database.NewContext();
        var entry = await db.AuditEntries.SingleAsync();
        entry.UserName = "書き換え";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Equal("子ども 太郎", (await app.AuditEntriesAsync()).Single().UserName);
    }
}

public sealed class SuggestionTests
{
    [Theory, BothProviders]
    public async Task a_page_can_ask_for_the_suggestion_of_indicators_not_yet_saved(string provider)
    {
        await using var app = await ProgressTestApp.StartAsync(provider);
        var (scope, reports) = app.ServiceAs(Kodomo);
        await using var _ = scope;
        Indicator typed = new() { Name = "整備数", Unit = "か所", Targets = [new(2022, 4)], Actuals = [new(2022, 4)] };

        var none = await reports.SuggestAsync(app.PlanId, "1-1-1-1", 2022, null);
        var fromTyped = await reports.SuggestAsync(app.PlanId, "1-1-1-1", 2022, null, [typed]);

        Assert.Null(none.Value!.Suggestion);
        Assert.Equal(("on-track", "計画どおり", "reached"), (fromTyped.Value!.Suggestion!.Status, fromTyped.Value.Suggestion.StatusLabel, fromTyped.Value.Suggestion.Level));
    }
}
