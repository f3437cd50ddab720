namespace Torikumi.Data.Entities;

/// <summary>
/// An indexed version (索引済みの版): the range of its <see cref="SearchDocument"/> ids and, packed in one blob, each
/// document's pillar, strategic plan, flags and departments. A search reads these few rows instead of one row per
/// hit, so counting facets over a quarter of a million hits stays cheap (see docs/search.md).
/// </summary>
public sealed class SearchVersion
{
    public int PlanVersionId { get; set; }
    public PlanVersion PlanVersion { get; set; } = null!;
    public int PlanId { get; set; }
    /// <summary>The version's number within its plan: the highest indexed one is <see cref="Current"/>.</summary>
    public int Number { get; set; }
    public bool Current { get; set; }
    public int FirstDocumentId { get; set; }
    public int DocumentCount { get; set; }
    /// <summary>Per document, in id order: facet value ids and flags (<c>Search.DocumentFacets</c>).</summary>
    public byte[] Facets { get; set; } = [];
}
