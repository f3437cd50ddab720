using System.Security.Cryptography;
using System.Text;

namespace Torikumi.Web.Features.Comments;

/// <summary>A choice of a form or the API: the code sent and stored, and its labels.</summary>
public sealed record CommentChoice(string Code, string Japanese, string English)
{
    public string Label(bool english) => english ? English : Japanese;
}

/// <summary>A piece of personal data found in a text, for the staff list's flags.</summary>
public sealed record PersonalDataFlag(string Kind, string Japanese, string English, string Found);

/// <summary>
/// The one place the web layer reaches the domain rules of the public comment that live in Core/Comments (codes and
/// labels of channels, areas, age groups and classifications; fingerprints; personal-data flags; receipt numbers;
/// near-duplicate suggestions), so the pages, the API and the service agree.
/// TEMPORARY bodies until the core branch lands; then each delegates to Core/Comments.
/// </summary>
public static class CommentRules
{
    public static IReadOnlyList<CommentChoice> Channels { get; } =
    [
        new("web", "ウェブフォーム", "Web form"), new("post", "郵送", "Post"), new("fax", "ファクス", "Fax"),
        new("email", "電子メール", "E-mail"), new("counter", "窓口", "Counter"), new("form", "電子申請", "E-application form"),
    ];

    public static IReadOnlyList<CommentChoice> AddressAreas { get; } =
    [
        new("resident", "区内在住", "Lives in the ward"), new("worker", "区内在勤", "Works in the ward"),
        new("student", "区内在学", "Studies in the ward"), new("outside", "区外", "Outside the ward"),
    ];

    public static IReadOnlyList<CommentChoice> AgeGroups { get; } =
    [
        new("under20", "20歳未満", "Under 20"), new("20s", "20歳代", "20s"), new("30s", "30歳代", "30s"), new("40s", "40歳代", "40s"),
        new("50s", "50歳代", "50s"), new("60s", "60歳代", "60s"), new("70plus", "70歳以上", "70 or over"),
    ];

    public static IReadOnlyList<CommentChoice> Classifications { get; } =
    [
        new("reflected", "反映", "Reflected"), new("partly", "一部反映", "Partly reflected"), new("included", "既に記載", "Already included"),
        new("reference", "今後の参考", "For future reference"), new("other", "その他", "Other"),
    ];

    public static CommentChoice? Find(IReadOnlyList<CommentChoice> choices, string? code) =>
        code is null ? null : choices.FirstOrDefault(c => string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)
            || c.Japanese == code.Trim());

    /// <summary>反映 and 一部反映 may be linked to the item of a later version.</summary>
    public static bool Reflects(string? classification) => classification is "reflected" or "partly";

    public static string Fingerprint(string text)
    {
        var folded = new string(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    public static IReadOnlyList<PersonalDataFlag> Flags(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var flags = new List<PersonalDataFlag>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"[\w.+-]+@[\w-]+(\.[\w-]+)+"))
            flags.Add(new("email", "メールアドレス", "e-mail address", m.Value));
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"0\d{1,4}-\d{1,4}-\d{3,4}"))
            flags.Add(new("phone", "電話番号", "phone number", m.Value));
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"\S{1,6}(様|さん)"))
            flags.Add(new("name", "氏名", "name", m.Value));
        return flags;
    }

    public static string ReceiptNumber(DateTimeOffset receivedAt, int periodId, int sequence) =>
        $"PC{periodId:D3}-{sequence:D5}";

    /// <summary>Pairs of opinions whose texts look alike, most alike first.</summary>
    public static IReadOnlyList<(int A, int B, double Similarity)> Suggest(IReadOnlyList<(int Number, string Text)> opinions) => [];
}
