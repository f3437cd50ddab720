namespace Torikumi.Core.Comments;

/// <summary>
/// Japan Standard Time (日本標準時): UTC+9 all year, no summer time since 1951, so a fixed offset is exact and needs no
/// time-zone database (which a slim container may lack).
/// </summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The same instant seen on a clock in Japan.</summary>
    public static DateTimeOffset ToJst(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The calendar date in Japan at that instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToJst(instant).DateTime);
}
