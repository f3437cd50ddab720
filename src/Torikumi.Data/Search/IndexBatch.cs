using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Search;

/// <summary>A stored version waiting to be indexed: its ids, the plan as stored, and the node id of every item key.</summary>
sealed record PendingVersion(int PlanId, int PlanVersionId, int Number, PlanDocument Plan, IReadOnlyDictionary<string, int> NodeIds);

/// <summary>A document's facets by name, before the names are numbered (<see cref="FacetValueIds"/>).</summary>
sealed record FacetNames(string Pillar, string Strategy, bool Starred, bool Related, IReadOnlyList<string> Departments);

/// <summary>
/// The rows that a set of versions adds to the index, built in memory before anything is written: documents with
/// consecutive ids in reading order, the ids to append to each gram's posting list, and each version's facets.
/// </summary>
sealed class IndexBatch(int firstId)
{
    public int NextId { get; private set; } = firstId;
    public List<SearchDocument> Documents { get; } = [];
    public Dictionary<string, List<int>> Postings { get; } = new(StringComparer.Ordinal);
    public List<(PendingVersion Version, int FirstId, List<FacetNames> Facets)> Versions { get; } = [];

    public void Add(PendingVersion version)
    {
        var index = new PlanIndex(version.Plan);
        var facets = new List<FacetNames>(index.Items.Count);
        Versions.Add((version, NextId, facets));
        foreach (var item in index.Items)
        {
            var id = NextId++;
            var strategy = index.StrategyOf(item);
            var pillar = index.PillarOf(strategy);
            var departments = index.DepartmentsOf(item);
            var normalised = SearchText.Normalise(ItemSearchText.Of(item));
            Documents.Add(new SearchDocument
            {
                Id = id,
                NodeId = version.NodeIds.TryGetValue(item.Key, out var node) ? node
                    : throw new InvalidOperationException($"Item {item.Key} of plan version {version.PlanVersionId} has no stored node."),
                PlanId = version.PlanId,
                PlanVersionId = version.PlanVersionId,
                Key = item.Key,
                PillarKey = pillar.Key,
                StrategyKey = strategy.Key,
                Starred = item.Starred,
                Related = item.Section == ItemSection.Related,
                Departments = string.Join('\n', departments),
                Title = item.Title,
                Normalised = normalised,
            });
            facets.Add(new FacetNames(pillar.Key, strategy.Key, item.Starred, item.Section == ItemSection.Related, departments));
            foreach (var gram in SearchText.Grams(normalised))
            {
                if (!Postings.TryGetValue(gram, out var ids))
                    Postings[gram] = ids = [];
                ids.Add(id);
            }
        }
    }
}
