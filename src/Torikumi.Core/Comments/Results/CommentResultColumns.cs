using System.Globalization;

namespace Torikumi.Core.Comments.Results;

/// <summary>One row of the result table: an opinion with the section it belongs to.</summary>
public sealed record CommentResultRow(CommentResult Result, ResultSection Section, ResultOpinion Opinion);

/// <summary>A column of the result table: Japanese header, stable English name, meaning, and its value in a row.</summary>
public sealed record CommentResultColumn(string Header, string Name, string Description, double Width, bool Long, Func<CommentResultRow, object?> Value);

/// <summary>The columns of the result table, shared by the CSV and the XLSX so that both say the same thing.</summary>
public static class CommentResultColumns
{
    public static IReadOnlyList<CommentResultColumn> All { get; } =
    [
        new("計画名", "plan", "意見を募集した計画の名称", 30, false, r => r.Result.PlanTitle),
        new("段階", "stage", "意見を募集した時の計画の段階（素案など）", 8, false, r => r.Result.Stage),
        new("番号", "number", "意見の番号（公表用の通し番号）", 6, false, r => r.Opinion.Number),
        new("項目番号", "item", "意見の対象の項目の番号（例：4-1-3）。計画全体への意見は空欄", 10, false, r => r.Section.ItemKey),
        new("項目", "itemTitle", "意見の対象の項目の名称、または「計画全体について」", 30, true, r => r.Section.Title),
        new("意見の概要", "summary", "寄せられた意見の要旨（区が要約したもの。原文ではありません）", 60, true, r => r.Opinion.Summary),
        new("区の考え方", "view", "意見に対する区の考え方", 60, true, r => r.Opinion.View),
        new("分類", "classification", "反映・一部反映・既に記載・今後の参考・その他", 12, false,
            r => OpinionClassifications.Label(r.Opinion.Classification)),
        new("分類コード", "classificationCode", "分類の英語名（プログラム用）：reflected, partly-reflected, already-included, for-future, other", 16, false,
            r => OpinionClassifications.Code(r.Opinion.Classification)),
    ];

    /// <summary>The rows in publication order: sections as given, opinions by number.</summary>
    public static IEnumerable<CommentResultRow> Rows(CommentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var section in result.Sections)
            foreach (var opinion in section.Opinions.OrderBy(o => o.Number))
                yield return new CommentResultRow(result, section, opinion);
    }

    internal static string Cell(object? value) => value switch
    {
        null => "",
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => (string)value,
    };
}
