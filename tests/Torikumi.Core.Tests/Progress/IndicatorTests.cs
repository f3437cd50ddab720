using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Progress;

public class IndicatorTests
{
    /// <summary>保育所のICT導入率: 40 % in 令和3年度, 100 % by 令和5年度, 70 % planned for 令和4年度.</summary>
    static Indicator IctRate(decimal? actual2022 = null, decimal? actual2023 = null) => new()
    {
        Name = "ICT導入率",
        Unit = "%",
        Baseline = new(2021, 40),
        Targets = [new(2022, 70), new(2023, 100)],
        Actuals = [.. new[] { (2022, actual2022), (2023, actual2023) }.Where(p => p.Item2 is not null).Select(p => new IndicatorValue(p.Item1, p.Item2!.Value))],
    };

    /// <summary>待機児童数: lower is better, 100 children in 令和3年度, 0 planned for 令和4年度.</summary>
    static Indicator WaitingChildren(decimal actual, decimal target = 0) => new()
    {
        Name = "待機児童数",
        Unit = "人",
        Direction = IndicatorDirection.LowerIsBetter,
        Baseline = new(2021, 100),
        Targets = [new(2022, target)],
        Actuals = [new(2022, actual)],
    };

    [Theory]
    [InlineData(70, 1.0, 100.0)]
    [InlineData(64, 0.8, 80.0)]
    [InlineData(55, 0.5, 50.0)]
    [InlineData(85, 1.5, 100.0)] // beyond the target: ratio kept, percent clamped
    [InlineData(30, -0.3333, 0.0)] // worse than the baseline
    public void Achievement_is_the_share_of_the_way_from_baseline_to_target(decimal actual, decimal ratio, decimal percent)
    {
        var a = IctRate(actual2022: actual).AchievementIn(2022)!;
        Assert.Equal(ratio, Math.Round(a.Ratio, 4));
        Assert.Equal(percent, a.Percent);
        Assert.Equal(AchievementBasis.Progress, a.Basis);
        Assert.Equal((40m, 70m, actual), (a.Baseline, a.Target, a.Actual));
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(10, 0.9)]
    [InlineData(60, 0.4)]
    [InlineData(120, -0.2)]
    public void Lower_is_better_works_the_same_way_down(decimal actual, decimal ratio) =>
        Assert.Equal(ratio, WaitingChildren(actual).AchievementIn(2022)!.Ratio);

    [Fact]
    public void A_target_that_does_not_improve_on_the_baseline_is_met_or_not()
    {
        var keepZero = new Indicator
        {
            Name = "重大事故件数", Unit = "件", Direction = IndicatorDirection.LowerIsBetter,
            Baseline = new(2021, 0), Targets = [new(2022, 0)], Actuals = [new(2022, 0)],
        };
        var met = keepZero.AchievementIn(2022)!;
        Assert.Equal((1m, 100m, AchievementBasis.Threshold), (met.Ratio, met.Percent, met.Basis));
        var missed = (keepZero with { Actuals = [new(2022, 2)] }).AchievementIn(2022)!;
        Assert.Equal((0m, 0m), (missed.Ratio, missed.Percent));
        // a higher-is-better target below the baseline ("stay above 700,000") is a floor
        var floor = new Indicator { Name = "人口", Unit = "人", Baseline = new(2021, 740_000), Targets = [new(2022, 700_000)], Actuals = [new(2022, 720_000)] };
        Assert.Equal(1m, floor.AchievementIn(2022)!.Ratio);
    }

    [Fact]
    public void Without_a_baseline_higher_is_better_counts_from_zero_lower_is_better_cannot()
    {
        var rooms = new Indicator { Name = "グループホーム整備", Unit = "室", Targets = [new(2023, 60)], Actuals = [new(2023, 45)] };
        Assert.Equal(0.75m, rooms.AchievementIn(2023)!.Ratio);
        Assert.Null((WaitingChildren(10) with { Baseline = null }).AchievementIn(2022));
    }

    [Fact]
    public void No_achievement_without_both_a_target_and_an_actual_for_that_year()
    {
        Assert.Null(IctRate().AchievementIn(2022));
        Assert.Null(IctRate(actual2022: 70).AchievementIn(2024));
        Assert.Null(new Indicator { Name = "x", Actuals = [new(2022, 5)] }.AchievementIn(2022));
    }

    [Theory]
    [InlineData(70, SuggestedLevel.Reached, "on-track")]
    [InlineData(64, SuggestedLevel.Nearly, "mostly")]
    [InlineData(63.9, SuggestedLevel.Behind, "behind")]
    [InlineData(90, SuggestedLevel.Reached, "on-track")]
    public void Suggestion_reached_nearly_behind_on_the_default_scale(decimal actual, SuggestedLevel level, string code)
    {
        var s = StatusSuggestions.Suggest([IctRate(actual2022: actual)], 2022, StatusScale.Default)!;
        Assert.Equal((level, code), (s.Level, s.Code));
        Assert.Equal("ICT導入率", Assert.Single(s.Basis).Indicator);
    }

    [Fact]
    public void Suggestion_takes_the_worst_indicator_and_ignores_those_without_values()
    {
        var s = StatusSuggestions.Suggest([IctRate(actual2022: 70), WaitingChildren(15), IctRate()], 2022, StatusScale.Default)!;
        Assert.Equal(SuggestedLevel.Nearly, s.Level);
        Assert.Equal(2, s.Basis.Count);
    }

    [Fact]
    public void Suggestion_uses_each_scales_codes_and_needs_values_and_codes()
    {
        Assert.Equal("partly-behind", StatusSuggestions.Suggest([WaitingChildren(50)], 2022, StatusScales.Achievement)!.Code);
        Assert.Equal("a", StatusSuggestions.Suggest([WaitingChildren(0)], 2022, StatusScales.Graded)!.Code);
        Assert.Null(StatusSuggestions.Suggest([IctRate()], 2022, StatusScale.Default));
        Assert.Null(StatusSuggestions.Suggest([], 2022, StatusScale.Default));
        var plain = StatusScale.Create([new("good", "順調", "Good", 1)]);
        Assert.Null(StatusSuggestions.Suggest([WaitingChildren(0)], 2022, plain));
    }

    [Fact]
    public void Choosing_against_the_suggestion_needs_a_reason()
    {
        var s = StatusSuggestions.Suggest([WaitingChildren(50)], 2022, StatusScale.Default);
        Assert.Null(StatusSuggestions.CheckChoice(s, "behind", null));
        Assert.Null(StatusSuggestions.CheckChoice(null, "ahead", null));
        Assert.Equal("statusReason", StatusSuggestions.CheckChoice(s, "mostly", " ")!.Field);
        Assert.Null(StatusSuggestions.CheckChoice(s, "mostly", "年度末に大型園が開設し、4月には解消見込み"));
        Assert.NotNull(StatusSuggestions.CheckChoice(s, "mostly", new string('あ', 1001)));
    }

    [Fact]
    public void A_good_indicator_validates()
    {
        Assert.Empty(IctRate(70, 100).Validate());
        Assert.Empty(new Indicator { Name = "件数" }.Validate());
    }

    [Fact]
    public void Validation_lists_every_problem_with_its_field()
    {
        var bad = new Indicator
        {
            Name = " ",
            Unit = new string('件', 21),
            Baseline = new(2023, 1),
            Targets = [new(2022, 5), new(2022, 6)],
            Actuals = [new(1800, 1), new(2023, 2_000_000_000_000m)],
            Direction = (IndicatorDirection)7,
        };
        var fields = bad.Validate("indicators[0]").Select(e => e.Field).ToList();
        Assert.Equal(
        [
            "indicators[0].name", "indicators[0].unit", "indicators[0].direction", "indicators[0].targets",
            "indicators[0].actuals[0].fiscalYear", "indicators[0].actuals[1].value", "indicators[0].targets",
        ], fields);
        Assert.Contains(bad.Validate(), e => e.Japanese.Contains("令和4年度(2022年度)の目標値が二つ以上"));
        Assert.Contains(bad.Validate(), e => e.Japanese.Contains("基準年度(令和5年度(2023年度))より前"));
    }

    static readonly Arbitrary<decimal> Values = Gen.Choose(-1000, 1000).Select(i => i / 4m).ToArbitrary();

    [Property]
    public Property Percent_stays_in_0_to_100_and_the_target_itself_is_100() =>
        Prop.ForAll(Values, Values, Values, (baseline, target, actual) =>
        {
            foreach (var direction in Enum.GetValues<IndicatorDirection>())
            {
                var i = new Indicator { Name = "x", Direction = direction, Baseline = new(2021, baseline), Targets = [new(2022, target)], Actuals = [new(2022, actual)] };
                var a = i.AchievementIn(2022)!;
                var atTarget = (i with { Actuals = [new(2022, target)] }).AchievementIn(2022)!;
                if (a.Percent is < 0 or > 100 || atTarget.Percent != 100 || atTarget.Ratio != 1)
                    return false;
            }
            return true;
        });

    static readonly Arbitrary<(decimal Baseline, decimal Target, decimal Actual, decimal Step)> Moves =
        (from b in Values.Generator
         from t in Values.Generator
         from a in Values.Generator
         from step in Gen.Choose(0, 400)
         select (b, t, a, step / 4m)).ToArbitrary();

    [Property]
    public Property A_better_actual_never_lowers_the_achievement() =>
        Prop.ForAll(Moves, m =>
        {
            foreach (var direction in Enum.GetValues<IndicatorDirection>())
            {
                var better = direction == IndicatorDirection.HigherIsBetter ? m.Actual + m.Step : m.Actual - m.Step;
                var i = new Indicator { Name = "x", Direction = direction, Baseline = new(2021, m.Baseline), Targets = [new(2022, m.Target)], Actuals = [new(2022, m.Actual)] };
                var j = i with { Actuals = [new(2022, better)] };
                if (j.AchievementIn(2022)!.Ratio < i.AchievementIn(2022)!.Ratio)
                    return false;
            }
            return true;
        });
}
