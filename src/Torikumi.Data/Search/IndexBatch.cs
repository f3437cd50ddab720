using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Search;

/// <summary>A stored version waiting to be indexed: its ids, the plan as stored, and the node id of every item key.</summary>
sealed record PendingVersion(int PlanId, int PlanVersionId, int Number, PlanDocument Plan, IReadOnlyDictionary<string, int> NodeIds);

/// <summary>A document's facets by name, before the names are numbered (<see cref="FacetValueIds"/>).</summary>
sealed record FacetNames(string Pillar, string Strategy, bool Starred, bool Related, IReadOnlyList<string> Departments);

/// <summary>What a batch adds to one gram's posting list: ascending ids and, for each, its encoded positions.</summary>
sealed class GramAdditions
{
    public List<int> Ids { get; } = [];
    public List<byte> Positions { get; } = [];
    /// <summary>Where each id's positions start in <see cref="Positions"/>, so the additions can be cut into chunks.</summary>
    public List<int> PositionStarts { get; } = [];

    public void Add(int id, List<int> positions)
    {
        Ids.Add(id);
        PositionStarts.Add(Positions.Count);
        PostingList.AppendPositions(Positions, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positions));
    }

    /// <summary>The encoded positions of ids [from, from + count).</summary>
    public byte[] PositionBytes(int from, int count)
    {
        var end = from + count < Ids.Count ? PositionStarts[from + count] : Positions.Count;
        return [.. Positions.GetRange(PositionStarts[from], end - PositionStarts[from])];
    }
}

/// <summary>
/// The rows that a set of versions adds to the index, built in memory before anything is written: documents with
/// consecutive ids in reading order, what to append to each gram's posting list, and each version's facets.
/// </summary>
sealed class IndexBatch(int firstId)
{
    public int NextId { get; private set; } = firstId;
    public List<SearchDocument> Documents { get; } = [];
    public Dictionary<string, GramAdditions> Postings { get; } = new(StringComparer.Ordinal);
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
            foreach (var (gram, positions) in GramPositions.Of(normalised))
            {
                if (!Postings.TryGetValue(gram, out var additions))
                    Postings[gram] = additions = new GramAdditions();
                additions.Add(id, positions);
            }
        }
    }
}
