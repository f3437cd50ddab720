using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Torikumi.Core.Comments;

/// <summary>
/// Receipt numbers (受付番号) given to a submitter: <c>PC2026-00042-5</c> = public comment, the year it was received, a
/// sequence within the year (at least 5 digits) and a check digit (Damm algorithm), which catches every single mistyped
/// digit and every swap of two neighbouring digits when a resident reads the number out on the phone or types it in a
/// mail. Parsing accepts full-width characters, lower case, spaces and any dash, and the number without dashes.
/// <para>
/// A receipt number is PRIVATE: it links a person to an opinion, so it appears only on the submitter's receipt page and
/// mail and on staff pages, never on public pages, in downloads or in public API responses. It is not a credential
/// either: it is guessable from its sequence, so nothing may be looked up or changed by the number alone.
/// </para>
/// </summary>
public static partial class ReceiptNumbers
{
    public const string Prefix = "PC";

    public static string Format(int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9_999_999);
        var digits = year.ToString(CultureInfo.InvariantCulture) + sequence.ToString("D5", CultureInfo.InvariantCulture);
        return $"{Prefix}{digits[..4]}-{digits[4..]}-{Damm(digits)}";
    }

    /// <summary>True and the year and sequence when <paramref name="text"/> is a receipt number with a right check digit.</summary>
    public static bool TryParse(string? text, out int year, out int sequence)
    {
        year = 0;
        sequence = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
            return false;
        var s = Dashes().Replace(text.Normalize(NormalizationForm.FormKC), "-");
        s = s.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var m = Shape().Match(s);
        if (!m.Success)
            return false;
        var digits = m.Groups["year"].Value + m.Groups["seq"].Value;
        if (m.Groups["check"].Value[0] - '0' != Damm(digits))
            return false;
        year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        sequence = int.Parse(m.Groups["seq"].Value, CultureInfo.InvariantCulture);
        return year >= 1000 && sequence >= 1;
    }

    /// <summary>The canonical spelling of a typed receipt number, or null when it is not one.</summary>
    public static string? Canonical(string? text) => TryParse(text, out var y, out var s) ? Format(y, s) : null;

    // Damm's totally anti-symmetric quasigroup of order 10 (H. M. Damm, 2004).
    static readonly byte[,] Table =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
        { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
        { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
        { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
        { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
        { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
        { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    internal static int Damm(string digits)
    {
        var interim = 0;
        foreach (var c in digits)
            interim = Table[interim, c - '0'];
        return interim;
    }

    [GeneratedRegex(@"[\u2010-\u2015\u2212\u30FC\uFF70\u2043\uFE63-]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"^PC-?(?<year>[0-9]{4})-?(?<seq>[0-9]{5,7})-?(?<check>[0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
