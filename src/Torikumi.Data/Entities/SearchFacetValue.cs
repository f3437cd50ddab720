namespace Torikumi.Data.Entities;

/// <summary>What a facet value names.</summary>
public enum SearchFacetKind
{
    Pillar,
    Strategy,
    Department,
}

/// <summary>
/// A pillar key (P1), strategic-plan key (S4) or department name, numbered once for all plans so the per-version
/// facet blobs hold small integers and the same department of two municipalities counts as one facet value.
/// </summary>
public sealed class SearchFacetValue
{
    public int Id { get; set; }
    public SearchFacetKind Kind { get; set; }
    public required string Value { get; set; }
}
