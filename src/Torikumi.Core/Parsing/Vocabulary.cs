namespace Torikumi.Core.Parsing;

/// <summary>
/// The words plans use for their levels and owners. One small table, documented in docs/vocabulary.md:
/// a municipality's plan is recognised by adding its words here, not by a code path of its own.
/// Longer labels come first so that 施策の柱 wins over 施策.
/// </summary>
public sealed record Vocabulary
{
    /// <summary>Top level, 施策の柱 in the sample.</summary>
    public IReadOnlyList<string> PillarLabels { get; init; } = ["施策の柱", "基本目標", "基本方針", "政策の柱", "政策"];

    /// <summary>Second level, numbered across the whole plan: 戦略計画 in the sample.</summary>
    public IReadOnlyList<string> StrategyLabels { get; init; } = ["戦略計画", "重点施策", "重点戦略", "施策"];

    /// <summary>Optional word before an item's number (計画事業1 …); the sample has none.</summary>
    public IReadOnlyList<string> ItemLabels { get; init; } = ["計画事業", "主要事業", "事業", "取組"];

    /// <summary>Section of initiatives: exact labels, plus any label ending in 年度の取組 (令和4・5年度の取組).</summary>
    public IReadOnlyList<string> InitiativeSectionLabels { get; init; } = ["主な取組", "取組内容", "今後の取組", "具体的な取組"];

    public IReadOnlyList<string> InitiativeSectionSuffixes { get; init; } = ["年度の取組", "年度の主な取組", "年度の計画事業"];

    /// <summary>Section of related projects.</summary>
    public IReadOnlyList<string> RelatedSectionLabels { get; init; } = ["関連する事業", "関連事業", "関連する主な事業"];

    /// <summary>Label of the implementing departments line.</summary>
    public IReadOnlyList<string> OwnerLabels { get; init; } = ["事業実施課", "所管課", "担当課", "主管課", "関係課", "実施課", "所管部署", "担当部署", "担当所管"];

    /// <summary>Endings that make an owner name a department (部 level) rather than a section (課 level).</summary>
    public IReadOnlyList<string> DepartmentSuffixes { get; init; } = ["部", "室", "局", "事務局", "本部"];

    /// <summary>Separators between a footnote's term and its explanation (※1 用語・・・説明).</summary>
    public IReadOnlyList<string> FootnoteSeparators { get; init; } = ["・・・", "･･･", "……", "…", "‥"];

    /// <summary>Stage markers in the title: 【素案】 → 素案.</summary>
    public IReadOnlyList<(string Marker, string Stage)> StageMarkers { get; init; } =
        [("【素案】", "素案"), ("(素案)", "素案"), ("【案】", "案"), ("(案)", "案"), ("【決定】", "決定"), ("【確定版】", "決定"), ("【策定】", "決定")];

    public static Vocabulary Default { get; } = new();
}
