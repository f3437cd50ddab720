namespace Torikumi.Core.Japanese;

/// <summary>Character classes and width rules for Japanese text.</summary>
public static class JapaneseText
{
    /// <summary>Maps full-width ASCII (！–～) and the ideographic space to their half-width forms; one char to one char.</summary>
    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Display width in full-width units: ASCII and half-width katakana count ½.</summary>
    public static double Width(ReadOnlySpan<char> s)
    {
        double w = 0;
        foreach (var c in s)
            w += c < 0x80 || (c >= '\uFF61' && c <= '\uFF9F') ? 0.5 : 1;
        return w;
    }

    public static bool IsAsciiWord(char c) => c < 0x80 && (char.IsLetterOrDigit(c) || c is '%' or '.' or ',' or '-' or '/' or '&' or '+' or '\'');

    public static bool IsAsciiLetterOrDigit(char c) => c < 0x80 && char.IsLetterOrDigit(c);

    /// <summary>Circled numbers ①…⑳ give 0…19; anything else −1.</summary>
    public static int CircledIndex(char c) => c is >= '\u2460' and <= '\u2473' ? c - '\u2460' : -1;

    public static char Circled(int index) => (char)('\u2460' + index);

    /// <summary>Sentence-final punctuation.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '．' or '！' or '？' or '!' or '?';
}
