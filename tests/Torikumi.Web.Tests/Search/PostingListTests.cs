using Torikumi.Data.Search;

namespace Torikumi.Web.Tests.Search;

/// <summary>The compact forms the index stores: posting lists (gaps as varints) and per-version facet blobs.</summary>
public sealed class PostingListTests
{
    [Fact]
    public void Ids_round_trip_through_gaps_of_every_size()
    {
        int[] ids = [1, 2, 3, 130, 131, 20_000, 2_000_000, int.MaxValue];
        var bytes = PostingList.Encode(ids);

        Assert.Equal(ids, PostingList.Decode(bytes));
        // Gaps 1, 1, 1, 127, 1 take a byte each; 19,869 and 1,980,000 three; 2,145,483,647 five.
        Assert.Equal(5 + 3 + 3 + 5, bytes.Length);
    }

    [Fact]
    public void An_appended_chunk_continues_from_its_last_id_and_chunks_decode_in_turn()
    {
        var chunk = PostingList.Encode([5, 9]).ToList();
        PostingList.Append(chunk, 9, [10, 300]);
        var next = PostingList.Encode([301, 302]);

        var ids = new List<int>();
        PostingList.Decode(chunk.ToArray(), ids);
        PostingList.Decode(next, ids);

        Assert.Equal([5, 9, 10, 300, 301, 302], ids);
    }

    [Fact]
    public void Ids_must_ascend()
    {
        Assert.Throws<ArgumentException>(() => PostingList.Encode([3, 3]));
        Assert.Throws<ArgumentException>(() => PostingList.Encode([2], previous: 5));
    }

    [Fact]
    public void A_damaged_list_is_reported_not_misread()
    {
        Assert.Throws<InvalidDataException>(() => PostingList.Decode([0x81]));
        Assert.Throws<InvalidDataException>(() => PostingList.Decode([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]));
    }

    [Fact]
    public void Positions_round_trip_per_document_in_id_order()
    {
        var bytes = new List<byte>();
        PostingList.AppendPositions(bytes, [0]);
        PostingList.AppendPositions(bytes, [3, 4, 200, 70_000]);
        PostingList.AppendPositions(bytes, [127, 128]);
        var starts = new List<int>();
        var positions = new List<int>();

        PostingList.DecodePositions(bytes.ToArray(), starts, positions);

        Assert.Equal([0, 1, 5], starts);
        Assert.Equal([0, 3, 4, 200, 70_000, 127, 128], positions);
        Assert.Throws<ArgumentException>(() => PostingList.AppendPositions(bytes, []));
        Assert.Throws<ArgumentException>(() => PostingList.AppendPositions(bytes, [5, 5]));
    }

    [Fact]
    public void Intersection_keeps_the_ids_in_every_list_in_order()
    {
        List<int> all = [.. Enumerable.Range(1, 10_000)];
        List<int> even = [.. all.Where(i => i % 2 == 0)];
        List<int> few = [3, 4, 500, 9_998, 10_001];

        Assert.Equal([4, 500, 9_998], PostingList.Intersect([all, even, few]));
        Assert.Equal(even, PostingList.Intersect([even, all]));
        Assert.Empty(PostingList.Intersect([few, []]));
        Assert.Empty(PostingList.Intersect([]));
    }

    [Fact]
    public void Facets_round_trip_per_document()
    {
        DocumentFacet[] documents =
        [
            new(1, 7, true, false, [3, 200]),
            new(1, 8, false, true, []),
            new(300, 70_000, true, true, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        ];

        var decoded = DocumentFacets.Decode(DocumentFacets.Encode(documents));

        Assert.Equal(documents.Length, decoded.Count);
        for (var i = 0; i < documents.Length; i++)
        {
            Assert.Equal((documents[i].Pillar, documents[i].Strategy, documents[i].Starred, documents[i].Related),
                (decoded[i].Pillar, decoded[i].Strategy, decoded[i].Starred, decoded[i].Related));
            Assert.Equal(documents[i].Departments, decoded[i].Departments);
        }
        Assert.Throws<InvalidDataException>(() => DocumentFacets.Decode([1, 7, 0, 2, 3]));
    }
}
