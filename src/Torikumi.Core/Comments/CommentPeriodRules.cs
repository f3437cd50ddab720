using System.Globalization;

namespace Torikumi.Core.Comments;

/// <summary>
/// Rules of a comment period (意見募集期間) on a draft. Everything is in Japan time (see <see cref="JapanTime"/>): an
/// administrator picks dates, and a period opened from dates covers whole days, from 00:00:00 JST of the first day to
/// the last tick (23:59:59.9999999) JST of the last day. Both ends are INCLUSIVE: a submission at exactly
/// <c>end</c> is still in time, one tick later it is not. A period may also start or end at a time of day
/// (e.g. until 17:00); the wording then says the time. See docs/comments-rules.md.
/// </summary>
public static class CommentPeriodRules
{
    /// <summary>The usual minimum length (行政手続法 第39条 takes 30 days for national rules; wards follow it).</summary>
    public const int MinimumDays = 30;

    /// <summary>A period over a year is almost certainly a mistyped year.</summary>
    public const int MaximumDays = 366;

    public const int MaxReasonLength = 500;

    public const string ShortCode = "period-short";

    public static DateTimeOffset StartOfDayJst(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), JapanTime.Offset);

    /// <summary>The last tick of that day in Japan, 23:59:59.9999999 +09:00: the inclusive end of a period ending that day.</summary>
    public static DateTimeOffset EndOfDayJst(DateOnly date) => StartOfDayJst(date.AddDays(1)).AddTicks(-1);

    /// <summary>Open from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    public static PeriodPhase PhaseAt(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now) =>
        now < start ? PeriodPhase.NotYetOpen : now > end ? PeriodPhase.Closed : PeriodPhase.Open;

    /// <summary>
    /// The number of whole days in Japan inside [start, end]. A first day that begins after midnight does not count
    /// (as in 民法 第140条, 初日不算入), nor a last day cut before its end.
    /// </summary>
    public static int WholeDays(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
            return 0;
        var first = JapanTime.DateOf(start);
        if (JapanTime.ToJst(start).TimeOfDay != TimeSpan.Zero)
            first = first.AddDays(1);
        var last = JapanTime.DateOf(end);
        if (end < EndOfDayJst(last))
            last = last.AddDays(-1);
        return Math.Max(0, last.DayNumber - first.DayNumber + 1);
    }

    /// <summary>Checks a period before it is opened; <paramref name="shortReason"/> is the reason for a period under 30 days.</summary>
    public static PeriodCheck Check(DateTimeOffset start, DateTimeOffset end, string? shortReason)
    {
        var errors = new List<CommentMessage>();
        var warnings = new List<CommentMessage>();
        var reason = string.IsNullOrWhiteSpace(shortReason) ? null : shortReason.Trim();

        if (start == default || end == default)
        {
            errors.Add(new("period-missing", "意見募集の開始日と終了日を入力してください。",
                "Enter both the first and the last day of the comment period."));
            return new PeriodCheck(errors, warnings, 0, reason);
        }
        if (end <= start)
        {
            errors.Add(new("period-end-before-start",
                $"終了（{Moment(end, false)}）が開始（{Moment(start, false)}）より前です。終了日を開始日より後の日にしてください。",
                $"The end ({Moment(end, true)}) is before the start ({Moment(start, true)}). Choose an end after the start."));
            return new PeriodCheck(errors, warnings, 0, reason);
        }

        var days = WholeDays(start, end);
        if (days > MaximumDays)
            errors.Add(new("period-too-long",
                $"期間が{days}日あります。1年（{MaximumDays}日）を超える期間は設定できません。年の入力に誤りがないか確認してください。",
                $"The period is {days} days long. It cannot be longer than a year ({MaximumDays} days); check the years entered."));
        if (days < MinimumDays)
        {
            warnings.Add(new(ShortCode,
                $"期間が{days}日で、{MinimumDays}日未満です。短くする理由を「理由」欄に記入してください（記録され、公表されます）。",
                $"The period is {days} days, shorter than {MinimumDays} days. Give the reason for the short period in the reason field (it is recorded and published)."));
            if (reason is null)
                errors.Add(new("period-reason-required",
                    $"{MinimumDays}日未満の期間には理由が必要です。「理由」欄に、期間を短くする理由を入力してください。",
                    $"A period shorter than {MinimumDays} days needs a reason. Enter why the period is short in the reason field."));
        }
        if (reason is { Length: > MaxReasonLength })
            errors.Add(new("period-reason-too-long",
                $"理由が{reason.Length}文字あります。{MaxReasonLength}文字以内にしてください。",
                $"The reason is {reason.Length} characters long. Keep it to {MaxReasonLength} characters."));
        return new PeriodCheck(errors, warnings, days, reason);
    }

    /// <summary>
    /// What the draft's pages say about the period at <paramref name="now"/>, and the refusal a submission outside it gets:
    /// code <c>period-open</c>, <c>period-not-yet-open</c> or <c>period-closed</c>.
    /// </summary>
    public static CommentMessage PhaseMessage(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now) => PhaseAt(start, end, now) switch
    {
        PeriodPhase.NotYetOpen => new("period-not-yet-open",
            $"この素案への意見の募集は、{Japanese(start, end)}です。まだ始まっていません。{Moment(start, false)}からお送りください。",
            $"Comments on this draft are invited from {English(start, end)}. The period has not started yet: please send your opinion from {Moment(start, true)}."),
        PeriodPhase.Open => new("period-open",
            $"この素案への意見を募集しています（{Japanese(start, end)}）。",
            $"Comments on this draft are invited ({English(start, end)})."),
        _ => new("period-closed",
            $"この素案への意見の募集は終了しました（{Japanese(start, end)}）。期間外の意見は受け付けられません。",
            $"The comment period on this draft has ended ({English(start, end)}). Opinions can no longer be accepted."),
    };

    /// <summary>
    /// <see cref="Check(DateTimeOffset, DateTimeOffset, string?)"/> for a period opened at <paramref name="now"/>: a
    /// period that has already ended cannot be opened (error), and one that has already started is opened with a
    /// warning (the days before opening were not announced).
    /// </summary>
    public static PeriodCheck Check(DateTimeOffset start, DateTimeOffset end, string? shortReason, DateTimeOffset now)
    {
        var check = Check(start, end, shortReason);
        if (check.Errors.Any(e => e.Code is "period-missing" or "period-end-before-start"))
            return check;
        if (end < now)
            return check with
            {
                Errors = [.. check.Errors, new("period-over",
                    $"終了（{Moment(end, false)}）が既に過ぎています。これから始まる期間を入力してください。",
                    $"The end ({Moment(end, true)}) has already passed. Enter a period that is still to come.")],
            };
        if (start < now)
            return check with
            {
                Warnings = [.. check.Warnings, new("period-started",
                    $"開始（{Moment(start, false)}）が既に過ぎています。公表前の日数も期間に数えられます。",
                    $"The start ({Moment(start, true)}) has already passed; days before the period was announced count as part of it.")],
            };
        return check;
    }

    /// <summary>令和8年12月1日（火）から令和8年12月31日（木）まで; a time of day is added when a bound is not a day boundary.</summary>
    public static string Japanese(DateTimeOffset start, DateTimeOffset end) => $"{Moment(start, false)}から{EndMoment(end, false)}まで";

    /// <summary>1 December 2026 to 31 December 2026; a time of day (Japan time) is added when a bound is not a day boundary.</summary>
    public static string English(DateTimeOffset start, DateTimeOffset end) =>
        $"{Moment(start, true)} to {EndMoment(end, true)}" + (HasTime(start) || HasTime(end) && !IsEndOfDay(end) ? " (Japan time)" : "");

    public static string Wording(DateTimeOffset start, DateTimeOffset end, bool english) => english ? English(start, end) : Japanese(start, end);

    static bool HasTime(DateTimeOffset instant) => JapanTime.ToJst(instant).TimeOfDay != TimeSpan.Zero;

    static bool IsEndOfDay(DateTimeOffset instant) => instant == EndOfDayJst(JapanTime.DateOf(instant));

    /// <summary>An end at 23:59:59.999… or at exactly midnight both mean "until the end of the day before midnight".</summary>
    static string EndMoment(DateTimeOffset end, bool english)
    {
        if (IsEndOfDay(end))
            return Day(JapanTime.DateOf(end), english);
        if (!HasTime(end))
            return Day(JapanTime.DateOf(end).AddDays(-1), english);
        return Moment(end, english);
    }

    static string Moment(DateTimeOffset instant, bool english)
    {
        var jst = JapanTime.ToJst(instant);
        var day = Day(DateOnly.FromDateTime(jst.DateTime), english);
        if (jst.TimeOfDay == TimeSpan.Zero)
            return day;
        if (english)
            return day + ", " + jst.ToString("HH:mm", CultureInfo.InvariantCulture);
        var hour = jst.Hour;
        var half = hour < 12 ? "午前" : "午後";
        var h12 = hour % 12;
        return $"{day}{half}{h12}時" + (jst.Minute != 0 ? $"{jst.Minute}分" : "");
    }

    static string Day(DateOnly date, bool english) => english ? EraDates.English(date) : EraDates.Japanese(date);
}
