using Torikumi.Core.Comments;

namespace Torikumi.Core.Tests.Comments;

public sealed class CommentPeriodRulesTests
{
    static readonly DateOnly Dec1 = new(2026, 12, 1);
    static readonly DateOnly Dec31 = new(2026, 12, 31);

    static (DateTimeOffset Start, DateTimeOffset End) Days(DateOnly first, DateOnly last) =>
        (CommentPeriodRules.StartOfDayJst(first), CommentPeriodRules.EndOfDayJst(last));

    [Fact]
    public void a_day_in_japan_starts_at_midnight_plus_nine_and_ends_on_its_last_tick()
    {
        var start = CommentPeriodRules.StartOfDayJst(Dec1);
        var end = CommentPeriodRules.EndOfDayJst(Dec1);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(9), start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), end.ToUniversalTime());
        Assert.Equal(CommentPeriodRules.StartOfDayJst(Dec1.AddDays(1)), end.AddTicks(1));
    }

    [Fact]
    public void the_period_is_open_from_its_first_instant_to_its_last_both_included()
    {
        var (start, end) = Days(Dec1, Dec31);

        Assert.Equal(PeriodPhase.NotYetOpen, CommentPeriodRules.PhaseAt(start, end, start.AddTicks(-1)));
        Assert.Equal(PeriodPhase.Open, CommentPeriodRules.PhaseAt(start, end, start));
        Assert.Equal(PeriodPhase.Open, CommentPeriodRules.PhaseAt(start, end, end));
        Assert.Equal(PeriodPhase.Closed, CommentPeriodRules.PhaseAt(start, end, end.AddTicks(1)));
    }

    [Fact]
    public void late_evening_in_japan_on_the_last_day_is_still_open_though_utc_is_the_same_day()
    {
        var (start, end) = Days(Dec1, Dec31);
        var lastEvening = new DateTimeOffset(2026, 12, 31, 14, 30, 0, TimeSpan.Zero); // 23:30 JST
        var nextMorning = new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero); // 00:30 JST on 1 January

        Assert.Equal(PeriodPhase.Open, CommentPeriodRules.PhaseAt(start, end, lastEvening));
        Assert.Equal(PeriodPhase.Closed, CommentPeriodRules.PhaseAt(start, end, nextMorning));
    }

    [Fact]
    public void a_month_long_period_is_valid_without_warnings()
    {
        var (start, end) = Days(Dec1, Dec31);

        var check = CommentPeriodRules.Check(start, end, null);

        Assert.True(check.IsValid);
        Assert.Empty(check.Warnings);
        Assert.False(check.IsShort);
        Assert.Equal(31, check.Days);
    }

    [Fact]
    public void thirty_whole_days_are_enough_and_twenty_nine_are_short()
    {
        Assert.Equal(30, CommentPeriodRules.Check(Days(Dec1, new DateOnly(2026, 12, 30)).Start, Days(Dec1, new DateOnly(2026, 12, 30)).End, null).Days);
        Assert.True(CommentPeriodRules.Check(CommentPeriodRules.StartOfDayJst(Dec1), CommentPeriodRules.EndOfDayJst(new DateOnly(2026, 12, 30)), null).IsValid);

        var shortCheck = CommentPeriodRules.Check(CommentPeriodRules.StartOfDayJst(Dec1), CommentPeriodRules.EndOfDayJst(new DateOnly(2026, 12, 29)), null);
        Assert.Equal(29, shortCheck.Days);
        Assert.True(shortCheck.IsShort);
    }

    [Fact]
    public void a_short_period_warns_and_requires_a_reason_saying_so()
    {
        var (start, end) = Days(Dec1, new DateOnly(2026, 12, 14));

        var check = CommentPeriodRules.Check(start, end, "   ");

        Assert.False(check.IsValid);
        var warning = Assert.Single(check.Warnings);
        Assert.Contains("14日", warning.Japanese);
        Assert.Contains("理由", warning.Japanese);
        Assert.Contains("reason", warning.English);
        Assert.Contains(check.Errors, e => e.Code == "period-reason-required");
        Assert.Null(check.Reason);
    }

    [Fact]
    public void a_short_period_with_a_reason_is_valid_keeps_the_warning_and_the_trimmed_reason()
    {
        var (start, end) = Days(Dec1, new DateOnly(2026, 12, 14));

        var check = CommentPeriodRules.Check(start, end, "  国の制度改正の施行日に間に合わせるため  ");

        Assert.True(check.IsValid);
        Assert.True(check.IsShort);
        Assert.Equal("国の制度改正の施行日に間に合わせるため", check.Reason);
    }

    [Fact]
    public void an_end_before_the_start_is_an_error_that_names_both_dates()
    {
        var check = CommentPeriodRules.Check(CommentPeriodRules.StartOfDayJst(Dec31), CommentPeriodRules.EndOfDayJst(Dec1), "理由");

        var error = Assert.Single(check.Errors);
        Assert.Equal("period-end-before-start", error.Code);
        Assert.Contains("令和8年12月31日（木）", error.Japanese);
        Assert.Contains("1 December 2026", error.English);
    }

    [Fact]
    public void an_end_equal_to_the_start_is_an_error()
    {
        var at = CommentPeriodRules.StartOfDayJst(Dec1);

        Assert.Contains(CommentPeriodRules.Check(at, at, "x").Errors, e => e.Code == "period-end-before-start");
    }

    [Fact]
    public void a_period_of_more_than_a_year_is_a_mistyped_year()
    {
        var check = CommentPeriodRules.Check(CommentPeriodRules.StartOfDayJst(Dec1), CommentPeriodRules.EndOfDayJst(new DateOnly(2027, 12, 31)), null);

        Assert.Contains(check.Errors, e => e.Code == "period-too-long");
    }

    [Fact]
    public void missing_dates_are_an_error()
    {
        Assert.Contains(CommentPeriodRules.Check(default, CommentPeriodRules.EndOfDayJst(Dec31), null).Errors, e => e.Code == "period-missing");
    }

    [Fact]
    public void a_very_long_reason_is_refused()
    {
        var (start, end) = Days(Dec1, new DateOnly(2026, 12, 10));

        Assert.Contains(CommentPeriodRules.Check(start, end, new string('あ', 501)).Errors, e => e.Code == "period-reason-too-long");
    }

    [Fact]
    public void a_first_day_that_starts_at_nine_is_not_counted()
    {
        var start = CommentPeriodRules.StartOfDayJst(Dec1).AddHours(9);
        var end = CommentPeriodRules.EndOfDayJst(new DateOnly(2026, 12, 30));

        Assert.Equal(29, CommentPeriodRules.WholeDays(start, end));
    }

    [Fact]
    public void an_end_at_the_next_midnight_counts_like_the_end_of_the_day()
    {
        var start = CommentPeriodRules.StartOfDayJst(Dec1);

        Assert.Equal(31, CommentPeriodRules.WholeDays(start, CommentPeriodRules.StartOfDayJst(new DateOnly(2027, 1, 1))));
        Assert.Equal("令和8年12月1日（火）から令和8年12月31日（木）まで",
            CommentPeriodRules.Japanese(start, CommentPeriodRules.StartOfDayJst(new DateOnly(2027, 1, 1))));
    }

    [Fact]
    public void dates_given_in_utc_are_read_in_japan_time()
    {
        // 2026-11-30T15:00Z is 1 December 00:00 in Japan.
        var start = new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
        var end = CommentPeriodRules.EndOfDayJst(Dec31).ToUniversalTime();

        Assert.Equal(31, CommentPeriodRules.WholeDays(start, end));
        Assert.Equal("令和8年12月1日（火）から令和8年12月31日（木）まで", CommentPeriodRules.Japanese(start, end));
    }

    [Fact]
    public void the_period_is_worded_in_japanese_with_era_and_weekday_and_in_english()
    {
        var (start, end) = Days(Dec1, Dec31);

        Assert.Equal("令和8年12月1日（火）から令和8年12月31日（木）まで", CommentPeriodRules.Japanese(start, end));
        Assert.Equal("1 December 2026 to 31 December 2026", CommentPeriodRules.English(start, end));
        Assert.Equal(CommentPeriodRules.English(start, end), CommentPeriodRules.Wording(start, end, english: true));
    }

    [Fact]
    public void a_period_ending_at_five_in_the_afternoon_says_so()
    {
        var start = CommentPeriodRules.StartOfDayJst(Dec1);
        var end = CommentPeriodRules.StartOfDayJst(Dec31).AddHours(17);

        Assert.Equal("令和8年12月1日（火）から令和8年12月31日（木）午後5時まで", CommentPeriodRules.Japanese(start, end));
        Assert.Equal("1 December 2026 to 31 December 2026, 17:00 (Japan time)", CommentPeriodRules.English(start, end));
    }

    [Fact]
    public void a_period_that_has_ended_cannot_be_opened_and_one_already_started_warns()
    {
        var (start, end) = Days(Dec1, Dec31);

        Assert.Contains(CommentPeriodRules.Check(start, end, null, end.AddDays(1)).Errors, e => e.Code == "period-over");
        var started = CommentPeriodRules.Check(start, end, null, start.AddDays(2));
        Assert.True(started.IsValid);
        Assert.Contains(started.Warnings, w => w.Code == "period-started");
        Assert.Empty(CommentPeriodRules.Check(start, end, null, start.AddDays(-7)).Warnings);
    }

    [Fact]
    public void pages_and_refusals_say_when_the_period_was_or_will_be_open()
    {
        var (start, end) = Days(Dec1, Dec31);

        var before = CommentPeriodRules.PhaseMessage(start, end, start.AddDays(-3));
        var during = CommentPeriodRules.PhaseMessage(start, end, start.AddDays(3));
        var after = CommentPeriodRules.PhaseMessage(start, end, end.AddTicks(1));

        Assert.Equal(("period-not-yet-open", "period-open", "period-closed"), (before.Code, during.Code, after.Code));
        Assert.Contains("令和8年12月1日（火）からお送りください", before.Japanese);
        Assert.Contains("1 December 2026", before.English);
        Assert.Contains("募集しています", during.Japanese);
        Assert.Contains("終了しました（令和8年12月1日（火）から令和8年12月31日（木）まで）", after.Japanese);
        Assert.Contains("has ended", after.English);
    }

    [Theory]
    [InlineData(2019, 4, 30, "平成31年4月30日（火）")]
    [InlineData(2019, 5, 1, "令和元年5月1日（水）")]
    [InlineData(2020, 1, 1, "令和2年1月1日（水）")]
    [InlineData(2027, 3, 31, "令和9年3月31日（水）")]
    public void era_dates_follow_the_day_the_era_changed(int y, int m, int d, string expected) =>
        Assert.Equal(expected, EraDates.Japanese(new DateOnly(y, m, d)));
}
