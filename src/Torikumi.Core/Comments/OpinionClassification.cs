namespace Torikumi.Core.Comments;

/// <summary>
/// How the ward's view (区の考え方) treats an opinion, the column every published result 「意見の概要と区の考え方」 has.
/// </summary>
public enum OpinionClassification
{
    /// <summary>反映: the plan was changed as the opinion asks.</summary>
    Reflected,

    /// <summary>一部反映: changed in part.</summary>
    PartlyReflected,

    /// <summary>既に記載: the plan already says it.</summary>
    AlreadyIncluded,

    /// <summary>今後の参考: kept in mind for future work.</summary>
    ForFuture,

    /// <summary>その他: questions, opinions on other matters.</summary>
    Other,
}

public static class OpinionClassifications
{
    static readonly Labels<OpinionClassification> Table = new Labels<OpinionClassification>(
        (OpinionClassification.Reflected, "reflected", "反映", "Reflected in the plan"),
        (OpinionClassification.PartlyReflected, "partly-reflected", "一部反映", "Partly reflected"),
        (OpinionClassification.AlreadyIncluded, "already-included", "既に記載", "Already in the plan"),
        (OpinionClassification.ForFuture, "for-future", "今後の参考", "For future reference"),
        (OpinionClassification.Other, "other", "その他", "Other"))
        .Also(OpinionClassification.AlreadyIncluded, "既記載", "記載済み")
        .Also(OpinionClassification.ForFuture, "参考");

    public static IReadOnlyList<OpinionClassification> All { get; } = Enum.GetValues<OpinionClassification>();

    public static string Label(OpinionClassification c, bool english = false) => Table.Label(c, english);

    /// <summary>The stable code: reflected, partly-reflected, already-included, for-future, other.</summary>
    public static string Code(OpinionClassification c) => Table.Code(c);

    /// <summary>Accepts the Japanese label (反映 …), the code (reflected …), the English label or the enum name; null otherwise.</summary>
    public static OpinionClassification? Parse(string? text) => Table.Parse(text);

    /// <summary>反映 and 一部反映 may be linked to the item of the next version that changed because of the opinion.</summary>
    public static bool ChangesThePlan(OpinionClassification c) => c is OpinionClassification.Reflected or OpinionClassification.PartlyReflected;
}
