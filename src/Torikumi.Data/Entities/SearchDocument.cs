namespace Torikumi.Data.Entities;

/// <summary>
/// One searchable item or sub-item of an indexed version (検索文書): what a hit shows and the normalised text a query is
/// verified against. <see cref="Id"/> is given by the indexer, consecutive within a version in reading order, so the
/// posting lists (<see cref="SearchPosting"/>) stay small and a version is one range of ids.
/// </summary>
public sealed class SearchDocument
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public PlanNode Node { get; set; } = null!;
    public int PlanId { get; set; }
    public int PlanVersionId { get; set; }
    /// <summary>True for the documents of the latest indexed version of the plan, the only ones a search returns.</summary>
    public bool Current { get; set; }
    public required string Key { get; set; }
    public required string PillarKey { get; set; }
    public required string StrategyKey { get; set; }
    public bool Starred { get; set; }
    /// <summary>A related project (関連する事業) or one of its sub-items.</summary>
    public bool Related { get; set; }
    /// <summary>
    /// The responsible departments (<c>PlanIndex.DepartmentsOf</c>), one per line: only shown with a hit, never
    /// queried (filters use <see cref="SearchVersion.Facets"/>), so one column serves both providers.
    /// </summary>
    public required string Departments { get; set; }
    public required string Title { get; set; }
    /// <summary>
    /// The item's searchable text (<c>ItemSearchText.Of</c>) through <c>SearchText.Normalise</c>, which the grams were
    /// taken from. Searches do not read it (the postings are exact); it is kept so that results can be checked with
    /// plain SQL (<c>LIKE '%…%'</c>, the benchmark's baseline) and the index explained. The text as written is not
    /// copied: snippets are cut for one page of hits only, from the nodes.
    /// </summary>
    public required string Normalised { get; set; }
}
