namespace Torikumi.Core.Revisions;

/// <summary>
/// One correspondence between the two versions: which old keys became which new keys, how, and how sure the matcher
/// is. <see cref="OldKeys"/> is empty for <see cref="MatchKind.Added"/>, <see cref="NewKeys"/> for
/// <see cref="MatchKind.Removed"/>; several keys are listed (in document order) only for splits and merges.
/// </summary>
/// <param name="Confidence">
/// 0–1. For a pair: the text similarity with its structural evidence (1 for identical items). For a split or merge:
/// how much of the parts is found in the whole. For added/removed: how far the nearest candidate stayed below the
/// matching threshold (1 when nothing resembled it at all).
/// </param>
public sealed record ItemMatch(MatchKind Kind, IReadOnlyList<string> OldKeys, IReadOnlyList<string> NewKeys, double Confidence, ItemChanges Changes)
{
    /// <summary>The single old key, or null when there is none or several.</summary>
    public string? OldKey => OldKeys.Count == 1 ? OldKeys[0] : null;

    /// <summary>The single new key, or null when there is none or several.</summary>
    public string? NewKey => NewKeys.Count == 1 ? NewKeys[0] : null;
}

/// <summary>
/// Which aspects of a matched item differ between the versions. Owners are written as <c>部 課</c> (or the 部 alone
/// when it names no section), so a section moving from one department to another shows as one removed and one added.
/// </summary>
public sealed record ItemChanges
{
    public static readonly ItemChanges None = new();

    public bool Title { get; init; }
    /// <summary>Body paragraphs, ①②③ paragraphs or footnotes differ.</summary>
    public bool Body { get; init; }
    /// <summary>The ★ mark was added or dropped.</summary>
    public bool Star { get; init; }
    public IReadOnlyList<string> OwnersAdded { get; init; } = [];
    public IReadOnlyList<string> OwnersRemoved { get; init; } = [];
    /// <summary>The item now sits under another initiative (or became / stopped being a sub-item).</summary>
    public bool Parent { get; init; }
    /// <summary>The item now sits in another strategic plan.</summary>
    public bool Strategy { get; init; }
    /// <summary>The strategic plan now sits under another pillar.</summary>
    public bool Pillar { get; init; }

    public bool Owners => OwnersAdded.Count > 0 || OwnersRemoved.Count > 0;

    /// <summary>True when the item's own content (title, body, ★, owners) is identical.</summary>
    public bool ContentSame => !Title && !Body && !Star && !Owners;

    /// <summary>The differing aspects as lower-case words, in a fixed order: title, body, star, owners, parent, strategy, pillar.</summary>
    public IReadOnlyList<string> Aspects
    {
        get
        {
            var list = new List<string>(7);
            if (Title) list.Add("title");
            if (Body) list.Add("body");
            if (Star) list.Add("star");
            if (Owners) list.Add("owners");
            if (Parent) list.Add("parent");
            if (Strategy) list.Add("strategy");
            if (Pillar) list.Add("pillar");
            return list;
        }
    }

    public bool Equals(ItemChanges? other) =>
        other is not null && Title == other.Title && Body == other.Body && Star == other.Star && Parent == other.Parent
        && Strategy == other.Strategy && Pillar == other.Pillar
        && OwnersAdded.SequenceEqual(other.OwnersAdded) && OwnersRemoved.SequenceEqual(other.OwnersRemoved);

    public override int GetHashCode() => HashCode.Combine(Title, Body, Star, Parent, Strategy, Pillar, OwnersAdded.Count, OwnersRemoved.Count);
}
