using Torikumi.Core.Japanese;

namespace Torikumi.Core.Comments;

/// <summary>
/// Dates written the Japanese way (和暦), era by the actual day of the change: 平成31年4月30日 is followed by 令和元年5月1日,
/// which <see cref="Era.ToEraYear"/> (a year-level helper for fiscal years) cannot tell apart.
/// </summary>
public static class EraDates
{
    static readonly DateOnly ReiwaBegins = new(2019, 5, 1);
    static readonly DateOnly HeiseiBegins = new(1989, 1, 8);
    static readonly string[] Weekdays = ["日", "月", "火", "水", "木", "金", "土"];
    static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>令和8年12月1日（火）.</summary>
    public static string Japanese(DateOnly date) => $"{EraYear(date)}年{date.Month}月{date.Day}日（{Weekdays[(int)date.DayOfWeek]}）";

    /// <summary>1 December 2026 (day month year, the order the English pages use).</summary>
    public static string English(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>令和8, 令和元, 平成31 — the era and year of that day.</summary>
    public static string EraYear(DateOnly date) =>
        date.Year == 2019 && date < ReiwaBegins ? "平成31"
        : date.Year == 1989 && date < HeiseiBegins ? "昭和64"
        : Era.ToEraYear(date.Year);
}
