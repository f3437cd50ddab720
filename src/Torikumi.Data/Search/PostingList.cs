using System.Runtime.CompilerServices;
namespace Torikumi.Data.Search;

/// <summary>
/// The compact form of a posting list (転置リスト): strictly ascending document ids written as the gaps between
/// them, each a little-endian base-128 varint, and beside them each document's positions of the gram (a count, the
/// first offset, then gaps). Neighbouring items of a plan share most grams, so most gaps take one byte.
/// The loops that a search runs over hundreds of thousands of ids are marked AggressiveOptimization (here and in
/// HitTally, DocumentFacets and Candidates): fully optimised from the first call, so the first searches after a start
/// are not several times slower while the JIT's tiering catches up (measured: 区 took 65 ms instead of 25).
/// </summary>
public static class PostingList
{
    /// <summary>Writes <paramref name="ids"/> as gaps from <paramref name="previous"/> (0 at the start of a chunk).</summary>
    /// <exception cref="ArgumentException">The ids are not strictly ascending above <paramref name="previous"/>.</exception>
    public static void Append(List<byte> into, int previous, ReadOnlySpan<int> ids)
    {
        ArgumentNullException.ThrowIfNull(into);
        foreach (var id in ids)
        {
            if (id <= previous)
                throw new ArgumentException($"Posting ids must be strictly ascending: {id} follows {previous}.", nameof(ids));
            WriteVarint(into, (uint)(id - previous));
            previous = id;
        }
    }

    public static byte[] Encode(ReadOnlySpan<int> ids, int previous = 0)
    {
        var bytes = new List<byte>(ids.Length + 4);
        Append(bytes, previous, ids);
        return [.. bytes];
    }

    /// <summary>Adds the ids of one chunk to <paramref name="into"/>; chunks of a gram are decoded one after the other.</summary>
    /// <exception cref="InvalidDataException">The bytes end inside a number or overflow: a damaged index, rebuild it.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(ReadOnlySpan<byte> bytes, List<int> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var id = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            id = checked(id + (int)ReadVarint(bytes, ref i));
            into.Add(id);
        }
    }

    public static List<int> Decode(ReadOnlySpan<byte> bytes)
    {
        var ids = new List<int>(bytes.Length);
        Decode(bytes, ids);
        return ids;
    }

    /// <summary>Writes one document's positions of a gram (ascending, not empty) after the previous document's.</summary>
    public static void AppendPositions(List<byte> into, ReadOnlySpan<int> positions)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (positions.IsEmpty)
            throw new ArgumentException("A document in a posting list has the gram somewhere.", nameof(positions));
        WriteVarint(into, (uint)positions.Length);
        var previous = -1;
        foreach (var p in positions)
        {
            if (p <= previous)
                throw new ArgumentException($"Positions must be strictly ascending: {p} follows {previous}.", nameof(positions));
            WriteVarint(into, (uint)(p - previous - 1));
            previous = p;
        }
    }

    /// <summary>
    /// Decodes the positions of one chunk: for each of its documents, where its positions start in
    /// <paramref name="positions"/> is added to <paramref name="starts"/> (the caller adds the end of the last).
    /// </summary>
    public static void DecodePositions(ReadOnlySpan<byte> bytes, List<int> starts, List<int> positions)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(positions);
        var i = 0;
        while (i < bytes.Length)
        {
            starts.Add(positions.Count);
            var count = ReadVarint(bytes, ref i);
            var p = -1;
            for (var k = 0u; k < count; k++)
            {
                p = checked(p + 1 + (int)ReadVarint(bytes, ref i));
                positions.Add(p);
            }
        }
    }

    /// <summary>
    /// Moves <paramref name="offset"/> past <paramref name="entries"/> documents' positions without decoding them: only
    /// the count of each is read, the positions themselves are skipped byte by byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SkipPositions(ReadOnlySpan<byte> bytes, ref int offset, int entries)
    {
        for (var e = 0; e < entries; e++)
        {
            var count = ReadVarint(bytes, ref offset);
            for (var k = 0u; k < count; k++)
            {
                while (offset < bytes.Length && bytes[offset] >= 0x80)
                    offset++;
                if (offset++ >= bytes.Length)
                    throw new InvalidDataException("A search posting list is damaged; rebuild the index (SearchIndexer.RebuildAsync).");
            }
        }
    }

    /// <summary>Decodes one document's positions at <paramref name="offset"/> into <paramref name="into"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadPositions(ReadOnlySpan<byte> bytes, ref int offset, List<int> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var count = ReadVarint(bytes, ref offset);
        var p = -1;
        for (var k = 0u; k < count; k++)
        {
            p = checked(p + 1 + (int)ReadVarint(bytes, ref offset));
            into.Add(p);
        }
    }

    /// <summary>The ids in every list, ascending. Starts from the shortest and gallops through the longer ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<int> Intersect(IReadOnlyList<List<int>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Count == 0)
            return [];
        var ordered = lists.OrderBy(l => l.Count).ToList();
        var result = new List<int>(ordered[0]);
        foreach (var other in ordered.Skip(1))
        {
            var kept = new List<int>(result.Count);
            var from = 0;
            foreach (var id in result)
            {
                from = LowerBound(other, id, from);
                if (from == other.Count)
                    break;
                if (other[from] == id)
                    kept.Add(id);
            }
            result = kept;
            if (result.Count == 0)
                break;
        }
        return result;
    }

    /// <summary>First index at or after <paramref name="from"/> whose id is not below <paramref name="id"/>: doubling steps, then binary search.</summary>
    public static int LowerBound(List<int> list, int id, int from)
    {
        ArgumentNullException.ThrowIfNull(list);
        var step = 1;
        var hi = from;
        while (hi < list.Count && list[hi] < id)
        {
            from = hi + 1;
            hi += step;
            step <<= 1;
        }
        hi = Math.Min(hi, list.Count);
        while (from < hi)
        {
            var mid = (from + hi) >>> 1;
            if (list[mid] < id)
                from = mid + 1;
            else
                hi = mid;
        }
        return from;
    }

    static void WriteVarint(List<byte> into, uint value)
    {
        while (value >= 0x80)
        {
            into.Add((byte)(value | 0x80));
            value >>= 7;
        }
        into.Add((byte)value);
    }

    static uint ReadVarint(ReadOnlySpan<byte> bytes, ref int i)
    {
        uint value = 0;
        for (var shift = 0; shift <= 28; shift += 7)
        {
            if (i == bytes.Length)
                break;
            var b = bytes[i++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new InvalidDataException("A search posting list is damaged; rebuild the index (SearchIndexer.RebuildAsync).");
    }
}
