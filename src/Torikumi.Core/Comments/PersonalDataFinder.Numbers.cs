using System.Text.RegularExpressions;

namespace Torikumi.Core.Comments;

// Phone numbers, e-mail addresses and postal codes: shapes of digits and letters, full-width or half-width.
public static partial class PersonalDataFinder
{
    // D = a digit, H = any dash a Japanese keyboard produces (ー is typed for - more often than one would think).
    const string D = "[0-9０-９]";
    const string H = "[\\-\u2010-\u2015\u2212\uFF0D\u30FC\uFF70]";
    const string NoDigitBefore = "(?<![0-9０-９]|[0-9０-９]" + H + ")";
    const string NoDigitAfter = "(?![0-9０-９]|" + H + "[0-9０-９])";

    /// <summary>
    /// A run of 9–12 digits that starts with 0 (or +81), with at most one dash, space or bracket between two digits:
    /// 03-1234-5678, 0312345678, （03）1234-5678, 090 1234 5678, +81 3-1234-5678. Checked afterwards by <see cref="IsPhone"/>.
    /// </summary>
    [GeneratedRegex(NoDigitBefore + "(?:(?<intl>[+＋][8８][1１])[ 　]?" + H + "?[ 　]?(?:[(（][0０][)）])?[ 　]?|[(（](?=[0０][0-9０-９]{0,4}[)）])|(?=[0０]))"
        + D + "(?:[ 　]?(?:" + H + "|[(（)）])?[ 　]?" + D + "){8,11}" + NoDigitAfter)]
    private static partial Regex PhoneShape();

    [GeneratedRegex("(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９._%+\\-．＿％＋－])[A-Za-z0-9Ａ-Ｚａ-ｚ０-９._%+\\-．＿％＋－]+[ 　]?[@＠][ 　]?"
        + "[A-Za-z0-9Ａ-Ｚａ-ｚ０-９\\-－]+(?:[.．][A-Za-z0-9Ａ-Ｚａ-ｚ０-９\\-－]+)+")]
    private static partial Regex EmailShape();

    [GeneratedRegex("〒[ 　]?" + D + "{3}" + H + "?" + D + "{4}" + NoDigitAfter)]
    private static partial Regex MarkedPostalCode();

    [GeneratedRegex("(?<![0-9０-９]|" + H + ")" + D + "{3}" + H + D + "{4}" + NoDigitAfter)]
    private static partial Regex BarePostalCode();

    /// <summary>Words that, just before a bare 123-4567, say it is a postal code.</summary>
    [GeneratedRegex("(?:郵便番号|住所|所在地|〒|[Zz][Ii][Pp])[:：は]?[ 　]*$")]
    private static partial Regex PostalLabelBefore();

    static IEnumerable<PersonalDataHit> Phones(string text)
    {
        foreach (Match m in PhoneShape().Matches(text))
        {
            var digits = Digits(m.Value);
            if (m.Groups["intl"].Success)
            {
                digits = digits[2..];
                if (!digits.StartsWith('0'))
                    digits = "0" + digits;
            }
            if (IsPhone(digits))
                yield return Hit(text, PersonalDataKind.Phone, m.Index, m.Index + m.Length);
        }
    }

    /// <summary>
    /// Japanese numbers have 10 digits (0 + area code + subscriber: 03-1234-5678, 0120-123-456) or 11 for mobile,
    /// IP and some free-dial numbers (090/080/070/060/050-1234-5678, 0800-123-4567). The second digit is never 0.
    /// </summary>
    internal static bool IsPhone(string digits) => digits.Length switch
    {
        10 => digits[0] == '0' && digits[1] != '0',
        11 => digits[0] == '0' && (digits[1..3] is "90" or "80" or "70" or "60" or "50" || digits.StartsWith("0800", StringComparison.Ordinal)),
        _ => false,
    };

    static IEnumerable<PersonalDataHit> Emails(string text)
    {
        foreach (Match m in EmailShape().Matches(text))
        {
            var end = m.Index + m.Length;
            // A trailing dash or dot belongs to the sentence, not the domain.
            while (end > m.Index && text[end - 1] is '-' or '－')
                end--;
            yield return Hit(text, PersonalDataKind.Email, m.Index, end);
        }
    }

    static IEnumerable<PersonalDataHit> PostalCodes(string text)
    {
        foreach (Match m in MarkedPostalCode().Matches(text))
            yield return Hit(text, PersonalDataKind.PostalCode, m.Index, m.Index + m.Length);
        foreach (Match m in BarePostalCode().Matches(text))
        {
            var before = text[Math.Max(0, m.Index - 8)..m.Index];
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 16)].TrimStart(' ', '　');
            if (PostalLabelBefore().IsMatch(before) || StartsWithPlaceName(after))
                yield return Hit(text, PersonalDataKind.PostalCode, m.Index, m.Index + m.Length);
        }
    }

    /// <summary>The digits of a match, full-width folded to ASCII.</summary>
    static string Digits(string s)
    {
        var chars = new List<char>(s.Length);
        foreach (var c in s)
            if (c is >= '0' and <= '9')
                chars.Add(c);
            else if (c is >= '０' and <= '９')
                chars.Add((char)(c - '０' + '0'));
        return new string([.. chars]);
    }
}
