using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Torikumi.Core.Japanese;

/// <summary>
/// A resident's search (検索語): words separated by spaces (half- or full-width) must all occur (AND);
/// text in "…" or 「…」 is a phrase, one term whose inner spaces are normalised away like any other.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;

    SearchQuery(string raw, IReadOnlyList<SearchTerm> terms)
    {
        Raw = raw;
        Terms = terms;
    }

    public string Raw { get; }

    /// <summary>Distinct by normalised form, in the order typed; never empty.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <exception cref="SearchQueryException">The query is empty, too long or malformed.</exception>
    public static SearchQuery Parse(string? raw) =>
        TryParse(raw, out var query, out var error) ? query : throw new SearchQueryException(error);

    public static bool TryParse(string? raw, [NotNullWhen(true)] out SearchQuery? query, [NotNullWhen(false)] out SearchQueryError? error)
    {
        query = null;
        error = Check(raw, out var pieces);
        if (error is not null)
            return false;

        var terms = new List<SearchTerm>();
        foreach (var (text, isPhrase) in pieces)
        {
            var normalised = SearchText.Normalise(text);
            if (normalised.Length == 0)
            {
                if (!isPhrase)
                    continue; // only invisible characters: nothing to look for
                error = Errors.EmptyPhrase;
                return false;
            }
            if (terms.All(t => t.Normalised != normalised))
                terms.Add(new SearchTerm(text, normalised, isPhrase));
        }
        error = terms.Count == 0 ? Errors.Empty : terms.Count > MaxTerms ? Errors.TooManyTerms : null;
        if (error is not null)
            return false;
        query = new SearchQuery(raw!, terms);
        return true;
    }

    static SearchQueryError? Check(string? raw, out List<(string Text, bool IsPhrase)> pieces)
    {
        pieces = [];
        if (string.IsNullOrWhiteSpace(raw))
            return Errors.Empty;
        if (raw.Length > MaxLength)
            return Errors.TooLong(raw.Length);
        return Split(raw, pieces);
    }

    /// <summary>Cuts the query into words and phrases; a quote also ends the word before it.</summary>
    static SearchQueryError? Split(string raw, List<(string, bool)> pieces)
    {
        var word = new StringBuilder();
        void EndWord()
        {
            if (word.Length > 0)
                pieces.Add((word.ToString(), false));
            word.Clear();
        }

        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (ClosingQuote(c) is { } close)
            {
                EndWord();
                var end = raw.IndexOf(close, i + 1);
                if (end < 0)
                    return Errors.UnbalancedQuote(c);
                pieces.Add((raw[(i + 1)..end], true));
                i = end;
            }
            else if (IsStrayClosingQuote(c))
                return Errors.UnbalancedQuote(c);
            else if (char.IsWhiteSpace(c))
                EndWord();
            else
                word.Append(c);
        }
        EndWord();
        return null;
    }

    static char? ClosingQuote(char open) => open switch
    {
        '"' => '"',
        '\uFF02' => '\uFF02', // ＂
        '\u201C' => '\u201D', // “ ”
        '「' => '」',
        '『' => '』',
        _ => null,
    };

    static bool IsStrayClosingQuote(char c) => c is '\u201D' or '」' or '』';

    static class Errors
    {
        public static readonly SearchQueryError Empty = new(SearchQueryErrorKind.Empty,
            "検索語を入力してください。",
            "Please enter a word to search for.");

        public static SearchQueryError TooLong(int length) => new(SearchQueryErrorKind.TooLong,
            $"検索語が長すぎます({length}文字)。{MaxLength}文字以内にしてください。",
            $"The search is too long ({length} characters). Please use at most {MaxLength}.");

        public static readonly SearchQueryError TooManyTerms = new(SearchQueryErrorKind.TooManyTerms,
            $"検索語が多すぎます。語句は{MaxTerms}個までにしてください。",
            $"Too many search words. Please use at most {MaxTerms}.");

        public static SearchQueryError UnbalancedQuote(char quote) => new(SearchQueryErrorKind.UnbalancedQuote,
            $"引用符 {quote} が閉じていません(または開いていません)。対になる引用符を付けるか、削除してください。",
            $"The quote {quote} has no matching partner. Add the other quote or remove it.");

        public static readonly SearchQueryError EmptyPhrase = new(SearchQueryErrorKind.EmptyPhrase,
            "引用符の中が空です。語句を入れるか、引用符を削除してください。",
            "A quoted phrase is empty. Put words inside the quotes or remove them.");
    }
}
