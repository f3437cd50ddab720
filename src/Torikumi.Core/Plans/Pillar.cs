namespace Torikumi.Core.Plans;

/// <summary>A policy pillar (施策の柱). Key <c>P1</c>….</summary>
public sealed record Pillar
{
    public required string Key { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<Strategy> Strategies { get; init; } = [];
    public SourceSpan Span { get; init; }

    public static string KeyFor(int number) => $"P{number}";
}

/// <summary>A strategic plan (戦略計画), numbered across the whole plan. Key <c>S4</c>….</summary>
public sealed record Strategy
{
    public required string Key { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    /// <summary>Initiatives (令和4・5年度の取組) first, then related projects (関連する事業).</summary>
    public IReadOnlyList<PlanItem> Items { get; init; } = [];
    /// <summary>The section headings as printed, e.g. 令和4・5年度の取組 and 関連する事業.</summary>
    public IReadOnlyList<SectionHeading> Sections { get; init; } = [];
    public SourceSpan Span { get; init; }

    public static string KeyFor(int number) => $"S{number}";
}

/// <summary>A section heading inside a strategic plan: which section and how the document named it.</summary>
public sealed record SectionHeading(ItemSection Section, string Label, SourceSpan Span);

/// <summary>The two sections of a strategic plan.</summary>
public enum ItemSection
{
    /// <summary>令和4・5年度の取組: the initiatives of the plan period.</summary>
    Initiatives,
    /// <summary>関連する事業: related projects.</summary>
    Related,
}
