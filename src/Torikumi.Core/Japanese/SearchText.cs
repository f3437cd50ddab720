using System.Globalization;
using System.Text;

namespace Torikumi.Core.Japanese;

/// <summary>
/// The one normalisation that documents and queries both go through before they are compared (検索用正規化),
/// and the index terms (n-grams) derived from it. Pure string rules, so SQLite and PostgreSQL give the same
/// results: the database only stores and looks up what these functions produce. See docs/search.md.
/// </summary>
public static class SearchText
{
    /// <summary>The single form every wave dash and tilde becomes (〜, ～ and ~ are typed interchangeably).</summary>
    public const char WaveDash = '~';

    /// <summary>
    /// NFKC (full-width ASCII → ASCII, half-width katakana → full-width), lower case, katakana folded to
    /// hiragana, whitespace and invisible format characters removed, wave dashes unified. ー is kept.
    /// </summary>
    public static string Normalise(string text) => NormaliseWithMap(text).Text;

    /// <summary>As <see cref="Normalise"/>, keeping the way back to original offsets for highlighting.</summary>
    public static NormalisedText NormaliseWithMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var end = UnitEnd(text, i);
            if (end - i == 1 && IsNfkcStable(text[i]))
                Emit(text[i], i, end, sb, starts, ends);
            else
                foreach (var c in SpacingMarksToCombining(text.AsSpan(i, end - i)).Normalize(NormalizationForm.FormKC))
                    Emit(c, i, end, sb, starts, ends);
            i = end;
        }
        return new NormalisedText(text, sb.ToString(), [.. starts], [.. ends]);
    }

    static void Emit(char c, int start, int end, StringBuilder sb, List<int> starts, List<int> ends)
    {
        if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            return;
        sb.Append(Fold(c));
        starts.Add(start);
        ends.Add(end);
    }

    /// <summary>Case, kana and wave-dash folding of one character already in NFKC.</summary>
    static char Fold(char c) => c switch
    {
        // Katakana ァ…ヶ and the iteration marks ヽヾ sit exactly 0x60 above their hiragana. ヷ–ヺ have no
        // hiragana twin and ー is shared by both scripts, so they stay.
        >= '\u30A1' and <= '\u30F6' or '\u30FD' or '\u30FE' => (char)(c - 0x60),
        '\u301C' or '\u2053' or '\u223C' or '\u3030' or '~' => WaveDash,
        < '\u0080' => char.ToLowerInvariant(c),
        _ => char.IsUpper(c) ? char.ToLowerInvariant(c) : c,
    };

    /// <summary>
    /// A normalisation unit: one character (or surrogate pair) and the combining marks after it, so that
    /// ｶﾞ or か+゙ compose into one character the way NFKC of the whole text would.
    /// </summary>
    static int UnitEnd(string text, int i)
    {
        var end = i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);
        while (end < text.Length && IsCombining(text[end]))
            end++;
        return end;
    }

    /// <summary>
    /// ゛ and ゜ typed after a kana (か゛) mean が, but NFKC turns them into a space plus a combining mark,
    /// which would leave the mark stranded once spaces are removed; combine them with their kana instead.
    /// </summary>
    static string SpacingMarksToCombining(ReadOnlySpan<char> unit)
    {
        var s = unit.ToString();
        return s.Length > 1 ? s.Replace('\u309B', '\u3099').Replace('\u309C', '\u309A') : s;
    }

    static bool IsCombining(char c) =>
        c is '\uFF9E' or '\uFF9F' or '\u309B' or '\u309C' || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Characters NFKC leaves alone: the fast path for nearly all of a Japanese document.</summary>
    static bool IsNfkcStable(char c) => c is
        (>= '\u0020' and <= '\u007E') or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or '\u30FC'
        or (>= '\u4E00' and <= '\u9FFF') or '\u3001' or '\u3002' or '\u300C' or '\u300D' or '\u30FB';

    /// <summary>
    /// The index terms of a normalised text: every character (unigram) and every pair of neighbouring
    /// characters (bigram), distinct, in order of first appearance. A character is a Unicode scalar, so a
    /// kanji outside the BMP (𠮷) is one character, not two halves.
    /// </summary>
    public static IReadOnlyList<string> Grams(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        var chars = Characters(normalised);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var grams = new List<string>();
        for (var k = 0; k < chars.Count; k++)
        {
            if (seen.Add(chars[k]))
                grams.Add(chars[k]);
            if (k + 1 < chars.Count && seen.Add(chars[k] + chars[k + 1]))
                grams.Add(chars[k] + chars[k + 1]);
        }
        return grams;
    }

    /// <summary>The terms to look up in a gram index for one normalised query term (see <see cref="SearchTerm.Grams"/>).</summary>
    public static IReadOnlyList<string> LookupGrams(string normalisedTerm)
    {
        ArgumentNullException.ThrowIfNull(normalisedTerm);
        var chars = Characters(normalisedTerm);
        if (chars.Count <= 1)
            return chars;
        var grams = new List<string>();
        for (var k = 0; k + 1 < chars.Count; k++)
        {
            var g = chars[k] + chars[k + 1];
            if (!grams.Contains(g, StringComparer.Ordinal))
                grams.Add(g);
        }
        return grams;
    }

    /// <summary>True when every term of the query occurs in the normalised document text.</summary>
    public static bool Matches(SearchQuery query, string normalisedDocumentText)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(normalisedDocumentText);
        return query.Terms.All(t => normalisedDocumentText.Contains(t.Normalised, StringComparison.Ordinal));
    }

    static List<string> Characters(string s)
    {
        var list = new List<string>(s.Length);
        foreach (var rune in s.EnumerateRunes())
            list.Add(rune.ToString());
        return list;
    }
}
