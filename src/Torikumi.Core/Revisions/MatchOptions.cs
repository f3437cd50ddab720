namespace Torikumi.Core.Revisions;

/// <summary>
/// Thresholds of <see cref="VersionMatcher"/>. The defaults were tuned on revisions generated from the sample
/// (docs/revisions.md gives the precision and recall they reach); change them only with those figures in hand.
/// </summary>
public sealed record MatchOptions
{
    public static readonly MatchOptions Default = new();

    /// <summary>Lowest similarity (0–1, before structural bonuses) for two items with different keys to be a pair.</summary>
    public double MinSimilarity { get; init; } = 0.45;

    /// <summary>Lowest similarity for two items with the same key to be a pair (the key itself is strong evidence).</summary>
    public double MinSimilaritySameKey { get; init; } = 0.3;

    /// <summary>Share of a part's text (its body, or its title when it has none) that must be found in the whole for it to count as a split part or merged piece.</summary>
    public double MinContainment { get; init; } = 0.5;

    /// <summary>Share of a part's text that must be found in the whole but not in the parts already matched to it.</summary>
    public double MinNewShare { get; init; } = 0.4;

    /// <summary>Alternatively: share of the whole's text left unexplained by the other parts that the part covers.</summary>
    public double MinCoverOfRest { get; init; } = 0.6;

    /// <summary>Fewest matched items that must agree before an owner change is reported as an organisation change.</summary>
    public int MinOrganisationItems { get; init; } = 2;

    /// <summary>Share of an old unit's matched items that must show the same change for it to count as a reorganisation.</summary>
    public double MinOrganisationAgreement { get; init; } = 0.8;

    /// <summary>Candidates kept per item, from each side, from the n-gram index before exact scoring.</summary>
    public int Candidates { get; init; } = 12;
}
