namespace Torikumi.Data.Search;

/// <summary>
/// The compact form of a posting list (転置リスト): strictly ascending document ids written as the gaps between
/// them, each a little-endian base-128 varint. Neighbouring items of a plan share most grams, so most gaps are small
/// and take one byte; 300,000 items cost about what their ids' count is in bytes, not four times that.
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
            var gap = (uint)(id - previous);
            while (gap >= 0x80)
            {
                into.Add((byte)(gap | 0x80));
                gap >>= 7;
            }
            into.Add((byte)gap);
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
    public static void Decode(ReadOnlySpan<byte> bytes, List<int> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var id = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            uint gap = 0;
            var shift = 0;
            byte b;
            do
            {
                if (i == bytes.Length || shift > 28)
                    throw new InvalidDataException("A search posting list is damaged; rebuild the index (SearchIndexer.RebuildAsync).");
                b = bytes[i++];
                gap |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);
            id = checked(id + (int)gap);
            into.Add(id);
        }
    }

    public static List<int> Decode(ReadOnlySpan<byte> bytes)
    {
        var ids = new List<int>(bytes.Length);
        Decode(bytes, ids);
        return ids;
    }

    /// <summary>The ids in every list, ascending. Starts from the shortest and gallops through the longer ones.</summary>
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
    static int LowerBound(List<int> list, int id, int from)
    {
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
}
