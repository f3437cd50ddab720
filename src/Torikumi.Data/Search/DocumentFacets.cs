using System.Runtime.CompilerServices;
namespace Torikumi.Data.Search;

/// <summary>What a search filters and counts by, for one document: facet value ids (<c>SearchFacetValues</c>) and flags.</summary>
public readonly record struct DocumentFacet(int Pillar, int Strategy, bool Starred, bool Related, IReadOnlyList<int> Departments);

/// <summary>
/// The facets of a version's documents packed in id order into one blob (<c>SearchVersions.Facets</c>): per document
/// the pillar and strategic-plan value ids, a flags byte, the number of departments and their value ids, as varints.
/// Reading a version's blob is one row however many of its items match.
/// </summary>
public static class DocumentFacets
{
    const byte StarredFlag = 1;
    const byte RelatedFlag = 2;

    public static byte[] Encode(IEnumerable<DocumentFacet> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var bytes = new List<byte>();
        foreach (var d in documents)
        {
            Write(bytes, d.Pillar);
            Write(bytes, d.Strategy);
            bytes.Add((byte)((d.Starred ? StarredFlag : 0) | (d.Related ? RelatedFlag : 0)));
            Write(bytes, d.Departments.Count);
            foreach (var department in d.Departments)
                Write(bytes, department);
        }
        return [.. bytes];
    }

    public static List<DocumentFacet> Decode(byte[] blob)
    {
        var list = new List<DocumentFacet>();
        var reader = new Reader(blob);
        while (reader.Next())
            list.Add(new DocumentFacet(reader.Pillar, reader.Strategy, reader.Starred, reader.Related, [.. reader.Departments]));
        return list;
    }

    static void Write(List<byte> into, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var v = (uint)value;
        while (v >= 0x80)
        {
            into.Add((byte)(v | 0x80));
            v >>= 7;
        }
        into.Add((byte)v);
    }

    /// <summary>Steps through a blob document by document without allocating per document (a search may read 300,000).</summary>
    public ref struct Reader(ReadOnlySpan<byte> blob)
    {
        readonly ReadOnlySpan<byte> blob = blob;
        int position;
        int[] departments = new int[8];

        public int Pillar { get; private set; }
        public int Strategy { get; private set; }
        public bool Starred { get; private set; }
        public bool Related { get; private set; }
        public int DepartmentCount { get; private set; }
        public readonly ReadOnlySpan<int> Departments => departments.AsSpan(0, DepartmentCount);

        /// <summary>Moves to the next document; false at the end of the blob.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Next()
        {
            if (position >= blob.Length)
                return false;
            Pillar = ReadInt();
            Strategy = ReadInt();
            var flags = ReadByte();
            Starred = (flags & StarredFlag) != 0;
            Related = (flags & RelatedFlag) != 0;
            DepartmentCount = ReadInt();
            if (departments.Length < DepartmentCount)
                departments = new int[DepartmentCount];
            for (var i = 0; i < DepartmentCount; i++)
                departments[i] = ReadInt();
            return true;
        }

        byte ReadByte() => position < blob.Length ? blob[position++] : throw Damaged();

        int ReadInt()
        {
            uint value = 0;
            for (var shift = 0; shift <= 28; shift += 7)
            {
                var b = ReadByte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                    return checked((int)value);
            }
            throw Damaged();
        }

        static InvalidDataException Damaged() =>
            new("The facets of a search version are damaged; rebuild the index (SearchIndexer.RebuildAsync).");
    }
}
