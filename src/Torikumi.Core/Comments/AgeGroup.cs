namespace Torikumi.Core.Comments;

/// <summary>The submitter's age group (年代), an optional question on the form, shown only as totals.</summary>
public enum AgeGroup
{
    /// <summary>〜19歳.</summary>
    Under20,
    Twenties,
    Thirties,
    Forties,
    Fifties,
    Sixties,
    Seventies,

    /// <summary>80歳以上.</summary>
    EightyOrOver,
}

public static class AgeGroups
{
    static readonly Labels<AgeGroup> Table = new Labels<AgeGroup>(
        (AgeGroup.Under20, "under-20", "〜19歳", "19 or under"),
        (AgeGroup.Twenties, "20s", "20代", "20s"),
        (AgeGroup.Thirties, "30s", "30代", "30s"),
        (AgeGroup.Forties, "40s", "40代", "40s"),
        (AgeGroup.Fifties, "50s", "50代", "50s"),
        (AgeGroup.Sixties, "60s", "60代", "60s"),
        (AgeGroup.Seventies, "70s", "70代", "70s"),
        (AgeGroup.EightyOrOver, "80-plus", "80歳以上", "80 or over"))
        .Also(AgeGroup.Under20, "19歳以下", "10代以下", "10代", "19歳まで", "~19")
        .Also(AgeGroup.EightyOrOver, "80代以上", "80代", "80+");

    public static IReadOnlyList<AgeGroup> All { get; } = Enum.GetValues<AgeGroup>();

    public static string Label(AgeGroup a, bool english = false) => Table.Label(a, english);

    public static string Code(AgeGroup a) => Table.Code(a);

    public static AgeGroup? Parse(string? text) => Table.Parse(text);
}
