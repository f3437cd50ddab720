namespace Torikumi.Core.Japanese;

/// <summary>Why a search query was refused, in Japanese (shown first) and English.</summary>
public sealed record SearchQueryError(SearchQueryErrorKind Kind, string Japanese, string English)
{
    public override string ToString() => $"{Japanese} / {English}";
}

public enum SearchQueryErrorKind
{
    Empty,
    TooLong,
    TooManyTerms,
    UnbalancedQuote,
    EmptyPhrase,
}

/// <summary>Thrown by <see cref="SearchQuery.Parse"/>; <see cref="SearchQuery.TryParse"/> returns the same error instead.</summary>
public sealed class SearchQueryException(SearchQueryError error) : Exception(error.ToString())
{
    public SearchQueryError Error { get; } = error;
}
