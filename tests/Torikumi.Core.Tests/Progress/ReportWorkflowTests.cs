using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using static Torikumi.Core.Progress.ReportAction;
using static Torikumi.Core.Progress.ReportState;

namespace Torikumi.Core.Tests.Progress;

public class ReportWorkflowTests
{
    static readonly Owner Nursery = new("こども家庭部", ["保育課", "保育計画調整課"]);
    static readonly ProgressActor NurseryEditor = ProgressActor.Editor(new OrgUnit("こども家庭部", "保育課"));
    static readonly ProgressActor ChildrenEditor = ProgressActor.Editor(new OrgUnit("こども家庭部"));
    static readonly ProgressActor WelfareEditor = ProgressActor.Editor(new OrgUnit("福祉部"));
    static readonly ProgressActor Reviewer = ProgressActor.Reviewer;
    static readonly ProgressActor Admin = ProgressActor.Administrator;

    static WorkflowDecision Decide(ReportState? state, ReportAction action, ProgressActor actor, string? reason = null) =>
        ReportWorkflow.Decide(state, action, actor, Nursery, reason);

    [Fact]
    public void The_whole_road_draft_submit_return_fix_resubmit_approve_publish()
    {
        ReportState? state = null;
        void Step(ReportAction action, ProgressActor actor, ReportState expected, string? reason = null)
        {
            var d = Decide(state, action, actor, reason);
            Assert.True(d.Allowed, d.Refusal?.ToString());
            Assert.Equal(expected, d.NewState);
            state = d.NewState;
        }
        Step(SaveDraft, NurseryEditor, Draft);
        Step(SaveDraft, NurseryEditor, Draft);
        Step(Submit, NurseryEditor, Submitted);
        Step(Return, Reviewer, Returned, "実績の数値を入れてください");
        Step(SaveDraft, NurseryEditor, Returned); // the reason stays in sight while fixing
        Step(Submit, NurseryEditor, Submitted);
        Step(Approve, Reviewer, Approved);
        Step(Publish, Admin, Published);
    }

    [Fact]
    public void A_return_needs_a_reason_and_keeps_it_trimmed()
    {
        var none = Decide(Submitted, Return, Reviewer, "  ");
        Assert.Equal(WorkflowRefusalKind.InvalidReason, none.Refusal!.Kind);
        Assert.Contains("理由", none.Refusal.Japanese);
        Assert.Equal(WorkflowRefusalKind.InvalidReason, Decide(Submitted, Return, Reviewer, new string('あ', 2001)).Refusal!.Kind);
        var ok = Decide(Submitted, Return, Reviewer, " 指標の実績が未記入です。 ");
        Assert.Equal("指標の実績が未記入です。", ok.Reason);
        Assert.Equal(Returned, ok.NewState);
    }

    [Fact]
    public void An_approved_report_can_still_be_returned_before_publication() =>
        Assert.Equal(Returned, Decide(Approved, Return, Reviewer, "数値の誤り").NewState);

    [Theory]
    [InlineData(SaveDraft)]
    [InlineData(Submit)]
    public void Editors_outside_the_department_are_refused_as_out_of_scope(ReportAction action)
    {
        var d = Decide(Draft, action, WelfareEditor);
        Assert.Equal(WorkflowRefusalKind.OutOfScope, d.Refusal!.Kind);
        Assert.Contains("福祉部", d.Refusal.Japanese);
    }

    [Fact]
    public void A_section_editor_covers_the_items_its_section_owns_a_department_editor_all()
    {
        Assert.True(Decide(Draft, SaveDraft, NurseryEditor).Allowed);
        Assert.True(Decide(Draft, SaveDraft, ChildrenEditor).Allowed);
        var otherSection = ProgressActor.Editor(new OrgUnit("こども家庭部", "子育て支援課"));
        Assert.Equal(WorkflowRefusalKind.OutOfScope, Decide(Draft, SaveDraft, otherSection).Refusal!.Kind);
        var twoUnits = ProgressActor.Editor(new OrgUnit("福祉部"), new OrgUnit("こども家庭部", "保育計画調整課"));
        Assert.True(Decide(Draft, Submit, twoUnits).Allowed);
    }

    [Theory]
    [InlineData(Return)]
    [InlineData(Approve)]
    [InlineData(Publish)]
    public void Editors_may_not_review_or_publish_even_their_own(ReportAction action) =>
        Assert.Equal(WorkflowRefusalKind.NotPermitted, Decide(Submitted, action, ChildrenEditor, "理由").Refusal!.Kind);

    [Theory]
    [InlineData(SaveDraft)]
    [InlineData(Submit)]
    [InlineData(Publish)]
    public void Reviewers_only_return_and_approve(ReportAction action) =>
        Assert.Equal(WorkflowRefusalKind.NotPermitted, Decide(Approved, action, Reviewer).Refusal!.Kind);

    [Fact]
    public void The_public_may_do_nothing()
    {
        foreach (var action in Enum.GetValues<ReportAction>())
            Assert.Equal(WorkflowRefusalKind.NotPermitted, Decide(Submitted, action, ProgressActor.Public, "理由").Refusal!.Kind);
    }

    [Fact]
    public void The_administrator_may_do_everything_also_on_a_departments_behalf()
    {
        Assert.Equal(Draft, Decide(null, SaveDraft, Admin).NewState);
        Assert.Equal(Submitted, Decide(Draft, Submit, Admin).NewState);
        Assert.Equal(Approved, Decide(Submitted, Approve, Admin).NewState);
        Assert.Equal(Returned, Decide(Submitted, Return, Admin, "再確認").NewState);
        Assert.Equal(Published, Decide(Approved, Publish, Admin).NewState);
    }

    [Theory]
    [InlineData(null, Submit)]
    [InlineData(null, Approve)]
    [InlineData(null, Publish)]
    [InlineData(Draft, Approve)]
    [InlineData(Draft, Return)]
    [InlineData(Draft, Publish)]
    [InlineData(Submitted, SaveDraft)]
    [InlineData(Submitted, Submit)]
    [InlineData(Submitted, Publish)]
    [InlineData(Returned, Approve)]
    [InlineData(Returned, Return)]
    [InlineData(Approved, SaveDraft)]
    [InlineData(Approved, Approve)]
    [InlineData(Published, SaveDraft)]
    [InlineData(Published, Return)]
    [InlineData(Published, Publish)]
    public void Steps_that_do_not_apply_are_refused_with_a_message(ReportState? state, ReportAction action)
    {
        var d = Decide(state, action, Admin, "理由");
        Assert.False(d.Allowed);
        Assert.Null(d.NewState);
        Assert.Equal(WorkflowRefusalKind.InvalidTransition, d.Refusal!.Kind);
        Assert.NotEmpty(d.Refusal.Japanese);
        Assert.StartsWith("A report that is", d.Refusal.English);
    }

    [Fact]
    public void A_submitted_report_tells_the_editor_how_to_change_it()
    {
        var d = Decide(Submitted, SaveDraft, NurseryEditor);
        Assert.Equal("提出済みの報告は編集できません。修正が必要なら企画課に差戻しを依頼してください。", d.Refusal!.Japanese);
        Assert.Equal("A report that is submitted cannot be edited. Ask the planning division to return it if it needs changes.", d.Refusal.English);
    }

    [Fact]
    public void Permission_is_checked_before_state_so_outsiders_learn_nothing()
    {
        var d = Decide(Published, Submit, WelfareEditor);
        Assert.Equal(WorkflowRefusalKind.OutOfScope, d.Refusal!.Kind);
    }

    [Fact]
    public void Available_actions_are_the_buttons_to_show()
    {
        Assert.Equal([SaveDraft], ReportWorkflow.AvailableActions(null, NurseryEditor, Nursery));
        Assert.Equal([SaveDraft, Submit], ReportWorkflow.AvailableActions(Returned, NurseryEditor, Nursery));
        Assert.Empty(ReportWorkflow.AvailableActions(Submitted, NurseryEditor, Nursery));
        Assert.Equal([Return, Approve], ReportWorkflow.AvailableActions(Submitted, Reviewer, Nursery));
        Assert.Equal([Return, Publish], ReportWorkflow.AvailableActions(Approved, Admin, Nursery));
        Assert.Empty(ReportWorkflow.AvailableActions(Published, Admin, Nursery));
    }
}
