using System.Globalization;

namespace Torikumi.Web.Portal;

/// <summary>
/// The interface language (日本語 first, English second). Pages write both texts side by side,
/// <c>@Ui.T("計画", "Plan")</c>, so a translation can never go missing or drift from its key. The plan's own text
/// is always Japanese and is marked <c>lang="ja"</c> on English pages.
/// </summary>
public sealed class UiText
{
    public const string Japanese = "ja";
    public const string English = "en";
    public static readonly string[] Languages = [Japanese, English];

    public bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;
    public string Lang => IsEnglish ? English : Japanese;
    public string T(string japanese, string english) => IsEnglish ? english : japanese;

    /// <summary>A fiscal year as 令和4年度(2022年度) or FY2022.</summary>
    public string FiscalYear(int year) => IsEnglish ? $"FY{year}" : Core.Japanese.Era.FiscalYearLabel(year);

    /// <summary>The plan period: 令和4・5年度(2022・2023年度) or FY2022–2023.</summary>
    public string Period(IReadOnlyList<int> years)
    {
        if (years.Count == 0)
            return T("期間の記載なし", "period not stated");
        if (IsEnglish)
            return years.Count == 1 ? $"FY{years[0]}" : $"FY{years[0]}–{years[^1]}";
        var eras = years.Select(Core.Japanese.Era.ToEraYear).ToList();
        var era = new string(eras[0].TakeWhile(c => !char.IsAsciiDigit(c) && c != '元').ToArray());
        if (!eras.All(e => e.StartsWith(era, StringComparison.Ordinal)))
            return string.Join("・", eras.Select(e => e + "年度")) + $"({string.Join("・", years)}年度)";
        var eraYears = string.Join("・", eras.Select(e => e[era.Length..]));
        return $"{era}{eraYears}年度({string.Join("・", years)}年度)";
    }

    /// <summary>The stage as shown: 素案 (draft) etc.; English pages give both.</summary>
    public string Stage(string? stage) => stage switch
    {
        null => T("段階の記載なし", "stage not stated"),
        "素案" => T("素案", "Draft (素案)"),
        "案" => T("案", "Proposal (案)"),
        "決定" => T("決定", "Adopted (決定)"),
        _ => stage,
    };

    public string Count(int n, string japaneseUnit, string englishSingular, string englishPlural) =>
        IsEnglish ? $"{n:N0} {(n == 1 ? englishSingular : englishPlural)}" : $"{n:N0}{japaneseUnit}";
}
