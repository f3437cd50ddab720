using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Torikumi.Core.Japanese;

/// <summary>
/// Fiscal years (年度) as city-hall staff type them: 令和4年度, 令和4, R4, 令和元年度, 平成30年度, H30, 2022, 2022年度,
/// FY2022, our own label 令和4年度(2022年度) or 令和4(2022)年度, in full or half width, with or without spaces.
/// Parsed to the Western year in which the fiscal year starts (令和4年度 → 2022).
/// </summary>
public static partial class FiscalYears
{
    public const int MinYear = 1926; // 昭和元年: nothing older appears in a plan
    public const int MaxYear = 2199;
    public const int MaxLength = 40;

    /// <summary>2022 → 令和4年度(2022年度).</summary>
    public static string Label(int year) => Era.FiscalYearLabel(year);

    /// <summary>2022 → 令和4年度.</summary>
    public static string EraLabel(int year) => $"{Era.ToEraYear(year)}年度";

    /// <summary>2022 → FY2022.</summary>
    public static string EnglishLabel(int year) => $"FY{year.ToString(CultureInfo.InvariantCulture)}";

    /// <exception cref="FiscalYearException">The text is not a fiscal year.</exception>
    public static int Parse(string? text) =>
        TryParse(text, out var year, out var error) ? year : throw new FiscalYearException(error);

    public static bool TryParse(string? text, out int year, [NotNullWhen(false)] out FiscalYearError? error)
    {
        year = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = FiscalYearError.Empty();
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = FiscalYearError.TooLong(text.Length);
            return false;
        }
        var folded = Fold(text);
        var both = BothForms().Match(folded);
        int? parsed;
        if (both.Success)
        {
            var first = ParseOne(both.Groups["a"].Value);
            var second = ParseOne(both.Groups["b"].Value);
            parsed = first == second ? first : null;
            if (first is { } a && second is { } b && a != b)
            {
                error = FiscalYearError.Disagree(text, a, b);
                return false;
            }
        }
        else
            parsed = ParseOne(folded);

        if (parsed is not { } y)
        {
            error = TwoDigits().IsMatch(folded) ? FiscalYearError.TwoDigitYear(text) : FiscalYearError.Unrecognised(text);
            return false;
        }
        if (y is < MinYear or > MaxYear)
        {
            error = FiscalYearError.OutOfRange(text, y);
            return false;
        }
        year = y;
        error = null;
        return true;
    }

    /// <summary>Full-width to half-width, no whitespace, Latin upper case, 年度 and 年 kept.</summary>
    static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = JapaneseText.FoldWidth(c);
            if (!char.IsWhiteSpace(f))
                sb.Append(char.ToUpperInvariant(f));
        }
        return sb.ToString();
    }

    static int? ParseOne(string s)
    {
        var western = Western().Match(s);
        if (western.Success)
            return int.Parse(western.Groups["y"].Value, CultureInfo.InvariantCulture);
        var era = EraForm().Match(s);
        if (!era.Success || EraYearNumber(era.Groups["n"].Value) is not { } n || n < 1)
            return null;
        var name = era.Groups["era"].Value switch
        {
            "R" => "令和",
            "H" => "平成",
            "S" => "昭和",
            var full => full,
        };
        return Era.ToWesternYear(name, n);
    }

    /// <summary>4, 元 (= 1), or kanji numerals up to 九十九 (四, 十二, 三十).</summary>
    static int? EraYearNumber(string n)
    {
        if (n == "元")
            return 1;
        if (int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic))
            return arabic;
        const string digits = "〇一二三四五六七八九";
        var ten = n.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
            return n.Length == 1 && digits.IndexOf(n[0], StringComparison.Ordinal) is > 0 and var d ? d : null;
        var tens = ten == 0 ? 1 : ten == 1 && digits.IndexOf(n[0], StringComparison.Ordinal) is > 1 and var t ? t : -1;
        var rest = n[(ten + 1)..];
        var ones = rest.Length == 0 ? 0 : rest.Length == 1 && digits.IndexOf(rest[0], StringComparison.Ordinal) is > 0 and var o ? o : -1;
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }

    [GeneratedRegex(@"^(?:FY)?(?<y>\d{4})(?:年度|年)?$")]
    private static partial Regex Western();

    [GeneratedRegex(@"^(?<era>令和|平成|昭和|R|H|S)\.?(?<n>\d{1,3}|元|[一二三四五六七八九十]{1,3})(?:年度|年)?$")]
    private static partial Regex EraForm();

    /// <summary>令和4年度(2022年度), 令和4(2022)年度, 2022(令和4)年度: two spellings of one year.</summary>
    [GeneratedRegex(@"^(?<a>[^()]+?)\((?<b>[^()]+)\)(?:年度|年)?$")]
    private static partial Regex BothForms();

    [GeneratedRegex(@"^(?:FY)?\d{2}(?:年度|年)?$")]
    private static partial Regex TwoDigits();
}

/// <summary>Why a fiscal year was refused, in Japanese (shown first) and English, saying how to write it instead.</summary>
public sealed record FiscalYearError(FiscalYearErrorKind Kind, string Japanese, string English)
{
    const string HowJa = "「令和4年度」「R4」「2022」「2022年度」のように入力してください。";
    const string HowEn = "Write it like 令和4年度, R4, 2022 or FY2022.";

    public override string ToString() => $"{Japanese} / {English}";

    internal static FiscalYearError Empty() =>
        new(FiscalYearErrorKind.Empty, $"年度が入力されていません。{HowJa}", $"No fiscal year was given. {HowEn}");

    internal static FiscalYearError TooLong(int length) =>
        new(FiscalYearErrorKind.TooLong, $"年度の入力が長すぎます({length}文字、最大{FiscalYears.MaxLength}文字)。{HowJa}",
            $"The fiscal year is too long ({length} characters, at most {FiscalYears.MaxLength}). {HowEn}");

    internal static FiscalYearError Unrecognised(string text) =>
        new(FiscalYearErrorKind.Unrecognised, $"「{text}」は年度として読めません。{HowJa}",
            $"\"{text}\" is not a fiscal year. {HowEn}");

    internal static FiscalYearError TwoDigitYear(string text) =>
        new(FiscalYearErrorKind.TwoDigitYear, $"「{text}」は元号か西暦か分かりません。元号なら「R4」「令和4年度」、西暦なら4桁で「2022」と入力してください。",
            $"\"{text}\" could be an era year or a Western year. Write R4 or 令和4年度 for an era year, or the four digits 2022.");

    internal static FiscalYearError OutOfRange(string text, int year) =>
        new(FiscalYearErrorKind.OutOfRange, $"「{text}」({year}年度)は扱える範囲({FiscalYears.MinYear}〜{FiscalYears.MaxYear}年度)の外です。",
            $"\"{text}\" (FY{year}) is outside the years Torikumi handles (FY{FiscalYears.MinYear}–FY{FiscalYears.MaxYear}).");

    internal static FiscalYearError Disagree(string text, int first, int second) =>
        new(FiscalYearErrorKind.Disagree, $"「{text}」の二つの書き方が別の年度({first}年度と{second}年度)を指しています。どちらか一方を入力してください。",
            $"\"{text}\" names two different fiscal years (FY{first} and FY{second}). Give only one of them.");
}

public enum FiscalYearErrorKind
{
    Empty,
    TooLong,
    Unrecognised,
    TwoDigitYear,
    OutOfRange,
    Disagree,
}

/// <summary>Thrown by <see cref="FiscalYears.Parse"/>; <see cref="FiscalYears.TryParse"/> returns the same error instead.</summary>
public sealed class FiscalYearException(FiscalYearError error) : Exception(error.ToString())
{
    public FiscalYearError Error { get; } = error;
}
