using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Progress;

public class StatusScaleTests
{
    [Fact]
    public void The_default_scale_is_the_one_the_issue_names()
    {
        var scale = StatusScale.Default;
        Assert.Equal(["計画以上", "計画どおり", "概ね計画どおり", "遅れ", "未着手", "完了", "中止・見直し"], scale.Statuses.Select(s => s.Japanese));
        Assert.Equal(["ahead", "on-track", "mostly", "behind", "not-started", "done", "stopped"], scale.Statuses.Select(s => s.Code));
        Assert.False(scale.Find("stopped")!.CountsInRollUp);
        Assert.All(scale.Statuses.Where(s => s.Code != "stopped"), s => Assert.True(s.CountsInRollUp));
        Assert.Equal(new StatusSuggestionCodes("on-track", "mostly", "behind"), scale.Suggestions);
    }

    [Fact]
    public void Ready_made_scales_from_other_municipalities()
    {
        Assert.Equal(["達成", "概ね達成", "一部遅れ", "未着手"], StatusScales.Achievement.Statuses.Select(s => s.Japanese));
        var graded = StatusScales.Graded;
        Assert.Equal(["s", "a", "b", "c", "done", "stopped", "not-assessable"], graded.Statuses.Select(s => s.Code));
        Assert.Equal("評価困難", graded.Find("not-assessable")!.Japanese);
        Assert.False(graded.Find("not-assessable")!.CountsInRollUp);
        Assert.False(graded.Find("stopped")!.CountsInRollUp);
        Assert.Same(StatusScales.Default, StatusScales.ByName["default"]);
    }

    [Theory]
    [InlineData("on-track")]
    [InlineData("ON-TRACK")]
    [InlineData("計画どおり")]
    [InlineData(" 計画どおり　")]
    [InlineData("On track")]
    [InlineData("on track")]
    public void Editors_may_type_a_code_or_either_label(string typed) =>
        Assert.Equal("on-track", StatusScale.Default.Resolve(typed)?.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("順調")]
    public void Unknown_status_text_resolves_to_nothing(string? typed) =>
        Assert.Null(StatusScale.Default.Resolve(typed));

    [Fact]
    public void Worse_is_the_lower_score_and_on_a_tie_the_one_listed_first()
    {
        var s = StatusScale.Default;
        Assert.Equal("behind", s.Worse(s.Find("behind")!, s.Find("mostly")!).Code);
        Assert.Equal("on-track", s.Worse(s.Find("done")!, s.Find("on-track")!).Code);
        Assert.Equal("on-track", s.Worse(s.Find("on-track")!, s.Find("done")!).Code);
    }

    [Fact]
    public void A_custom_scale_is_accepted_and_labels_are_trimmed()
    {
        var scale = StatusScale.Create([new("good", " 順調 ", "Good", 2), new("bad", "不調", "Bad", 0)]);
        Assert.Equal("順調", scale.Find("good")!.Japanese);
        Assert.Null(scale.Suggestions);
    }

    [Fact]
    public void Every_broken_rule_is_listed_with_its_field()
    {
        var ok = StatusScale.TryCreate(
        [
            new("Good", "順調", "Good", 2),
            new("ok", "", "Fine", 1),
            new("ok", "順調", "good", 101),
        ], new StatusSuggestionCodes("good", "ok", "missing"), out var scale, out var errors);
        Assert.False(ok);
        Assert.Null(scale);
        var fields = errors.Select(e => e.Field).ToList();
        Assert.Contains("statuses[0].code", fields);
        Assert.Contains("statuses[1].japanese", fields);
        Assert.Contains("statuses[2].score", fields);
        Assert.Contains("statuses.code", fields);
        Assert.Contains("statuses.japanese", fields);
        Assert.Contains("statuses.english", fields);
        Assert.Contains("suggestions.reached", fields);
        Assert.Contains("suggestions.behind", fields);
        Assert.All(errors, e => { Assert.NotEmpty(e.Japanese); Assert.NotEmpty(e.English); });
    }

    [Fact]
    public void A_scale_has_one_to_twelve_statuses()
    {
        Assert.Throws<ProgressValidationException>(() => StatusScale.Create([]));
        var thirteen = Enumerable.Range(1, 13).Select(i => new ProgressStatus($"s{i}", $"段階{i}", $"Step {i}", i));
        var e = Assert.Throws<ProgressValidationException>(() => StatusScale.Create(thirteen));
        Assert.Contains(e.Errors, x => x.Field == "statuses" && x.English.Contains("13"));
        Assert.Equal(12, StatusScale.Create(thirteen.Take(12)).Statuses.Count);
    }

    [Fact]
    public void Some_status_must_count_and_suggested_ones_must_count_in_order()
    {
        Assert.Contains(Errors([new("x", "中止", "Stopped", 0, false)]), e => e.Field == "statuses");
        Assert.Contains(Errors([new("a", "良", "Good", 1), new("b", "否", "Bad", 2)], new("a", "a", "b")), e => e.Field == "suggestions");
        Assert.Contains(Errors([new("a", "良", "Good", 1), new("x", "中止", "Stopped", 0, false)], new("a", "a", "x")), e => e.Field == "suggestions.behind");
    }

    static IReadOnlyList<ProgressError> Errors(ProgressStatus[] statuses, StatusSuggestionCodes? codes = null)
    {
        StatusScale.TryCreate(statuses, codes, out _, out var errors);
        return errors;
    }
}
