namespace Torikumi.Core.Revisions;

/// <summary>
/// The result of matching two versions of a plan: one entry per item correspondence (every item of both versions
/// appears in exactly one entry), and the organisation changes the owner changes point to.
/// </summary>
public sealed record VersionMatch(IReadOnlyList<ItemMatch> Matches, IReadOnlyList<OrganisationChange> OrganisationChanges)
{
    /// <summary>Strategic plans (<c>S4</c>) and pillars (<c>P1</c>) matched the same way, for showing moves.</summary>
    public IReadOnlyList<ItemMatch> StructureMatches { get; init; } = [];

    /// <summary>For every old key that survives, the new key(s) it became (the shape carry-over needs).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NewKeysByOldKey()
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var m in Matches)
            if (m.NewKeys.Count > 0)
                foreach (var old in m.OldKeys)
                    map[old] = m.NewKeys;
        return map;
    }

    public int Count(MatchKind kind) => Matches.Count(m => m.Kind == kind);
}
