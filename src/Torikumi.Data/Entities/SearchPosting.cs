namespace Torikumi.Data.Entities;

/// <summary>
/// One chunk of the posting list of a gram (a character or a pair, <c>SearchText.Grams</c>): ascending
/// <see cref="SearchDocument"/> ids as delta varints and, for each, where the gram occurs in the document
/// (<c>Search.PostingList</c>). A list is split into chunks of a bounded number of ids so an import rewrites only
/// the last, short one; a query reads a few rows per gram.
/// </summary>
public sealed class SearchPosting
{
    public required string Gram { get; set; }
    /// <summary>0, 1, … in id order; the highest is the one an import appends to.</summary>
    public int Chunk { get; set; }
    public int Count { get; set; }
    /// <summary>The highest id in the chunk: where the next delta starts from.</summary>
    public int LastId { get; set; }
    public byte[] Ids { get; set; } = [];
    /// <summary>
    /// Per id, in the same order: the character offsets in the normalised text where the gram starts. Read only for
    /// the bigrams of words longer than two characters, which match where their bigrams follow each other.
    /// </summary>
    public byte[] Positions { get; set; } = [];
}
