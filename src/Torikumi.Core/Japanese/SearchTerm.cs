namespace Torikumi.Core.Japanese;

/// <summary>
/// One term of a search query: a word, or a quoted phrase. Either way it must occur as one contiguous
/// stretch of the normalised document text.
/// </summary>
public sealed class SearchTerm
{
    internal SearchTerm(string raw, string normalised, bool isPhrase)
    {
        Raw = raw;
        Normalised = normalised;
        IsPhrase = isPhrase;
        Grams = SearchText.LookupGrams(normalised);
    }

    /// <summary>The term as typed (without its quotes).</summary>
    public string Raw { get; }

    /// <summary>The term through <see cref="SearchText.Normalise"/>; never empty.</summary>
    public string Normalised { get; }

    public bool IsPhrase { get; }

    /// <summary>
    /// The index terms to look up: the unigram for a one-character term, else its distinct bigrams. Every
    /// document containing the term contains all of them; the converse needs checking with
    /// <see cref="SearchText.Matches"/>.
    /// </summary>
    public IReadOnlyList<string> Grams { get; }
}
