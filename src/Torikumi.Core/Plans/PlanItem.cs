using System.Text.Json.Serialization;

namespace Torikumi.Core.Plans;

/// <summary>
/// An initiative (取組) or related project (関連する事業), or one of their sub-items ((1), (2) …).
/// Key: <c>4-1</c>, <c>4-1-3</c> (sub-item 3), <c>12-R3</c> (related project 3), <c>12-R3-1</c>.
/// </summary>
public sealed record PlanItem
{
    public required string Key { get; init; }
    public required int Number { get; init; }
    public required ItemSection Section { get; init; }
    public required string Title { get; init; }
    /// <summary>Body paragraphs before the enumerated list, as readable text.</summary>
    public IReadOnlyList<string> Body { get; init; } = [];
    /// <summary>The enumerated paragraphs ①②③…, without their marks, in order.</summary>
    public IReadOnlyList<string> List { get; init; } = [];
    /// <summary>Paragraphs after the enumerated list, if any.</summary>
    public IReadOnlyList<string> BodyAfterList { get; init; } = [];
    /// <summary>Marked with ★ in this revision.</summary>
    public bool Starred { get; init; }
    /// <summary>Marked 【再掲】: repeated from another strategic plan.</summary>
    public bool Repost { get; init; }
    /// <summary>Key of the original item when <see cref="Repost"/> is set and the original was found.</summary>
    public string? RepostOf { get; init; }
    public IReadOnlyList<Owner> Owners { get; init; } = [];
    /// <summary>The owners' label as printed (事業実施課, 所管課 …), when there is one.</summary>
    public string? OwnersLabel { get; init; }
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
    public IReadOnlyList<PlanItem> Children { get; init; } = [];
    public SourceSpan Span { get; init; }

    [JsonIgnore]
    public bool IsOwned => Owners.Count > 0;

    public IEnumerable<PlanItem> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var d in child.SelfAndDescendants())
                yield return d;
    }

    public static string KeyFor(int strategy, ItemSection section, int number) =>
        section == ItemSection.Related ? $"{strategy}-R{number}" : $"{strategy}-{number}";

    public static string ChildKeyFor(string parentKey, int number) => $"{parentKey}-{number}";
}

/// <summary>An implementing department (事業実施課): a department (部, 室, 局 …) and its sections (課 …).</summary>
public sealed record Owner(string Department, IReadOnlyList<string> Sections);

/// <summary>A footnote (※N): its mark as printed, the term it explains and the explanation.</summary>
public sealed record Footnote(string Mark, string? Term, string Text);
