using System.Globalization;
using System.Text;

namespace Torikumi.Core.Comments;

/// <summary>
/// The text of one opinion (意見): required, not blank, at most <see cref="MaxLength"/> characters counted the way a
/// resident counts them: one user-perceived character (a text element, i.e. an extended grapheme cluster) after NFC is
/// one. So が typed as か + ゛(combining) is 1, 𠮷 (outside the BMP) is 1, 👨‍👩‍👧 is 1, and a line break is 1 whether the
/// browser sent CRLF or LF. Nothing is trimmed or rewritten beyond NFC and LF line breaks: the text is stored as written.
/// </summary>
public static class OpinionText
{
    public const int MaxLength = 2_000;

    /// <summary>
    /// A cap on UTF-16 units as well, so that a "character" piled with thousands of combining marks cannot slip a huge
    /// text past the count. Generous: 2,000 characters outside the BMP with a variation selector each stay under it.
    /// </summary>
    public const int MaxUtf16Length = 4 * MaxLength;

    public static OpinionTextCheck Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return Fail(0, null, new("opinion-required", "意見を入力してください。", "Enter your opinion."));
        var stored = Normalise(text);
        var length = Count(stored);
        if (IsBlank(stored))
            return Fail(length, null, new("opinion-blank",
                "意見が空白だけです。意見の内容を入力してください。",
                "The opinion contains only spaces or line breaks. Enter the text of your opinion."));
        if (length > MaxLength)
            return Fail(length, null, new("opinion-too-long",
                $"意見が{N(length)}文字あります。{N(MaxLength)}文字以内にしてください（あと{N(length - MaxLength)}文字減らしてください）。長い意見は、いくつかに分けて提出することもできます。",
                $"Your opinion is {N(length)} characters long. The limit is {N(MaxLength)}: shorten it by {N(length - MaxLength)} {(length - MaxLength == 1 ? "character" : "characters")}, or send it as several opinions."));
        if (stored.Length > MaxUtf16Length)
            return Fail(length, null, new("opinion-too-large",
                "意見に、文字に重ねる記号などが非常に多く含まれています。装飾の記号を取り除いてください。",
                "The opinion contains a very large number of combining marks or similar symbols. Remove the decorative marks."));
        return new OpinionTextCheck([], length, stored);
    }

    /// <summary>NFC and LF line breaks (CRLF and lone CR become LF), nothing else.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;
    }

    /// <summary>The characters a resident would count in <paramref name="text"/> (after <see cref="Normalise"/>).</summary>
    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return 0;
        return new StringInfo(Normalise(text)).LengthInTextElements;
    }

    /// <summary>Only whitespace (including the ideographic space 　) and invisible format characters such as U+200B.</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
                return false;
        return true;
    }

    static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    static OpinionTextCheck Fail(int length, string? text, CommentMessage error) => new([error], length, text);
}
