using System.Text.Json.Serialization;

namespace Torikumi.Core.Plans;

/// <summary>
/// A published action plan (アクションプラン / 年度別取組計画) as read from its text: document facts and the
/// tree of pillars → strategic plans → items. This is also the open-data JSON format (docs/plan.schema.json).
/// </summary>
public sealed record PlanDocument
{
    public required string Title { get; init; }
    public string? Municipality { get; init; }
    /// <summary>素案, 案 or 決定; null when the document does not say.</summary>
    public string? Stage { get; init; }
    /// <summary>Western fiscal years (令和4年度 → 2022).</summary>
    public IReadOnlyList<int> FiscalYears { get; init; } = [];
    /// <summary>The fiscal years as the document writes them, era form kept (令和4年度(2022年度)・令和5年度(2023年度)).</summary>
    public string? FiscalYearsText { get; init; }
    /// <summary>Publication month as yyyy-MM.</summary>
    public string? Published { get; init; }
    public Colophon? Colophon { get; init; }
    public IReadOnlyList<Pillar> Pillars { get; init; } = [];

    [JsonIgnore]
    public IEnumerable<Strategy> Strategies => Pillars.SelectMany(p => p.Strategies);

    /// <summary>Every item and sub-item, depth first, in document order.</summary>
    [JsonIgnore]
    public IEnumerable<PlanItem> AllItems => Strategies.SelectMany(s => s.Items).SelectMany(i => i.SelfAndDescendants());

    public PlanItem? FindItem(string key) => AllItems.FirstOrDefault(i => i.Key == key);
}

/// <summary>The colophon (奥付): who published the plan and how to reach them.</summary>
public sealed record Colophon
{
    public string? Publisher { get; init; }
    public string? PostalCode { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
    public string? Fax { get; init; }
    public string? Url { get; init; }
    /// <summary>The colophon as printed, spaces normalised.</summary>
    public string? Text { get; init; }
}

/// <summary>Start and end offsets (end exclusive) in the decoded input text, in UTF-16 code units.</summary>
public readonly record struct SourceSpan(int Start, int End)
{
    [JsonIgnore]
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
}
