using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// The licence of the published open data (オープンデータの利用条件): CC BY 4.0, which the government's standard terms,
/// 公共データ利用規約（第1.0版）, are compatible with. One place for the wording, so that pages, downloads and the API
/// all say the same thing.
/// </summary>
public static class OpenDataLicence
{
    public const string Name = "CC BY 4.0";
    public const string Url = "https://creativecommons.org/licenses/by/4.0/deed.ja";
    public const string UrlEnglish = "https://creativecommons.org/licenses/by/4.0/";
    public const string PublicDataLicenceUrl = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";

    /// <summary>The licence line in Japanese, for pages and the XLSX 「この資料について」 sheet.</summary>
    public const string Japanese =
        "このデータはクリエイティブ・コモンズ 表示 4.0 国際 ライセンス（CC BY 4.0）の下で提供しています。" +
        "公共データ利用規約（第1.0版）と互換性があります。出典を記載すれば、複製、加工、再配布、商用利用ができます。";

    /// <summary>The licence line in English, for the English interface and the OpenAPI document.</summary>
    public const string English =
        "This data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0), " +
        "compatible with Japan's Public Data License (Version 1.0). You may copy, adapt, redistribute and use it " +
        "commercially if you credit the source.";

    /// <summary>How to credit the source, e.g. 出典：練馬区「第2次みどりの風吹くまちビジョン 改定アクションプラン…【素案】」.</summary>
    public static string Attribution(PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var stage = plan.Stage is null || plan.Title.EndsWith($"【{plan.Stage}】", StringComparison.Ordinal) ? "" : $"【{plan.Stage}】";
        return $"出典：{plan.Municipality ?? ""}「{plan.Title}{stage}」";
    }
}
