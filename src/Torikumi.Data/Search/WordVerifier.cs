using System.Runtime.InteropServices;

namespace Torikumi.Data.Search;

/// <summary>
/// Decides whether a document holds a word longer than two characters, from the positions of the word's bigrams:
/// having every bigram is not enough (きゃっ…しゅれす), they must follow each other, the k-th at p + k. Exact, so
/// no document text is read: a search for 推進します checks 12,000 candidates in memory instead of in SQL.
/// </summary>
sealed class WordVerifier
{
    readonly PostingData[] bigrams;
    readonly int[] cursors;

    /// <param name="postings">Must hold every bigram of the word, with positions.</param>
    public WordVerifier(string normalisedWord, IReadOnlyDictionary<string, PostingData> postings)
    {
        var characters = normalisedWord.EnumerateRunes().Select(r => r.ToString()).ToList();
        bigrams = [.. Enumerable.Range(0, characters.Count - 1).Select(k => postings[characters[k] + characters[k + 1]])];
        if (bigrams.Any(b => b.Starts is null))
            throw new ArgumentException($"The bigrams of {normalisedWord} were read without positions.", nameof(postings));
        cursors = new int[bigrams.Length];
    }

    /// <summary>True when the word occurs in document <paramref name="id"/>. Ask in ascending order of id.</summary>
    public bool Matches(int id)
    {
        for (var k = 0; k < bigrams.Length; k++)
        {
            var i = cursors[k] = PostingList.LowerBound(bigrams[k].Ids, id, cursors[k]);
            if (i == bigrams[k].Ids.Count || bigrams[k].Ids[i] != id)
                return false;
        }
        foreach (var p in PositionsOf(0))
        {
            var all = true;
            for (var k = 1; all && k < bigrams.Length; k++)
                all = PositionsOf(k).BinarySearch(p + k) >= 0;
            if (all)
                return true;
        }
        return false;
    }

    /// <summary>The positions in the current document (the one the cursors point at) of the k-th bigram.</summary>
    ReadOnlySpan<int> PositionsOf(int k)
    {
        var b = bigrams[k];
        var start = b.Starts![cursors[k]];
        return CollectionsMarshal.AsSpan(b.Positions)[start..b.Starts[cursors[k] + 1]];
    }
}
