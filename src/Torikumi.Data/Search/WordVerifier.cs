using System.Runtime.InteropServices;

namespace Torikumi.Data.Search;

/// <summary>
/// Decides whether a document holds a word longer than two characters, from the positions of the word's bigrams:
/// having every bigram is not enough (きゃっ…しゅれす), they must follow each other, the k-th at p + k. Exact, so
/// no document text is read: a search for 推進します checks 12,000 candidates in memory instead of in SQL.
/// </summary>
sealed class WordVerifier
{
    readonly Cursor[] bigrams;

    /// <param name="postings">Must hold every bigram of the word, with positions.</param>
    public WordVerifier(string normalisedWord, IReadOnlyDictionary<string, PostingData> postings)
    {
        var characters = normalisedWord.EnumerateRunes().Select(r => r.ToString()).ToList();
        bigrams = [.. Enumerable.Range(0, characters.Count - 1).Select(k => new Cursor(postings[characters[k] + characters[k + 1]]))];
    }

    /// <summary>True when the word occurs in document <paramref name="id"/>. Ask in ascending order of id.</summary>
    public bool Matches(int id)
    {
        foreach (var bigram in bigrams)
            if (!bigram.MoveTo(id))
                return false;
        var first = bigrams[0].Positions;
        foreach (var p in first)
        {
            var all = true;
            for (var k = 1; all && k < bigrams.Length; k++)
                all = CollectionsMarshal.AsSpan(bigrams[k].Positions).BinarySearch(p + k) >= 0;
            if (all)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Walks one bigram's list forwards: the ids by index, the encoded positions chunk by chunk, decoding only the
    /// documents asked about and skipping the rest (ます is in most documents; a word needs its positions in a few).
    /// </summary>
    sealed class Cursor(PostingData data)
    {
        readonly List<(byte[] Bytes, int Count)> chunks = data.Positions
            ?? throw new ArgumentException("The bigrams of a long word must be read with their positions.", nameof(data));
        int index;          // next id to look at
        int chunk;          // chunk holding entry `entry`
        int chunkStart;     // index of the chunk's first entry
        int offset;         // byte offset of entry `entry` in its chunk
        int entry;          // the entry `offset` points at

        public List<int> Positions { get; } = [];

        public bool MoveTo(int id)
        {
            index = PostingList.LowerBound(data.Ids, id, index);
            if (index == data.Ids.Count || data.Ids[index] != id)
                return false;
            while (index >= chunkStart + chunks[chunk].Count)
            {
                chunkStart += chunks[chunk++].Count;
                (entry, offset) = (chunkStart, 0);
            }
            var bytes = chunks[chunk].Bytes;
            PostingList.SkipPositions(bytes, ref offset, index - entry);
            PostingList.ReadPositions(bytes, ref offset, Positions);
            entry = index + 1;
            index++;
            return true;
        }
    }
}
