using System.Text.RegularExpressions;

namespace Torikumi.Data.Storage;

/// <summary>
/// Which stored plan a document is a version of: same municipality and same title. The stage mark a title
/// may carry (【素案】, (案) …) is left out, so that the 素案, 案 and 決定 of one plan are versions of one plan.
/// </summary>
public static partial class PlanIdentity
{
    [GeneratedRegex(@"\s*[【\[［（(]\s*(素案|原案|案|最終案|決定|確定)\s*[】\]］）)]\s*$")]
    private static partial Regex StageMark();

    public static string TitleOf(string documentTitle)
    {
        var title = documentTitle.Trim();
        var withoutStage = StageMark().Replace(title, "");
        return withoutStage.Length > 0 ? withoutStage : title;
    }
}
