using Torikumi.Core.Comments;

namespace Torikumi.Web.Features.Comments;

/// <summary>A choice of a form or the API: the code sent and stored, and its labels.</summary>
public sealed record CommentChoice(string Code, string Japanese, string English)
{
    public string Label(bool english) => english ? English : Japanese;
}

/// <summary>A piece of personal data found in a text, for the staff list's flags.</summary>
public sealed record PersonalDataFlag(string Kind, string Japanese, string English, string Found);

/// <summary>
/// The web layer's view of the domain rules in Core/Comments: codes and labels of channels, areas, age groups and
/// classifications as stored (string codes), fingerprints, personal-data flags, receipt numbers and near-duplicate
/// suggestions, so the pages, the API and the service agree.
/// </summary>
public static class CommentRules
{
    public static IReadOnlyList<CommentChoice> Channels { get; } =
        [.. SubmissionChannels.All.Select(c => new CommentChoice(SubmissionChannels.Code(c), SubmissionChannels.Label(c), SubmissionChannels.Label(c, true)))];

    public static IReadOnlyList<CommentChoice> AddressAreas { get; } =
        [.. Core.Comments.AddressAreas.All.Select(a => new CommentChoice(Core.Comments.AddressAreas.Code(a), Core.Comments.AddressAreas.Label(a), Core.Comments.AddressAreas.Label(a, true)))];

    public static IReadOnlyList<CommentChoice> AgeGroups { get; } =
        [.. Core.Comments.AgeGroups.All.Select(a => new CommentChoice(Core.Comments.AgeGroups.Code(a), Core.Comments.AgeGroups.Label(a), Core.Comments.AgeGroups.Label(a, true)))];

    public static IReadOnlyList<CommentChoice> Classifications { get; } =
        [.. OpinionClassifications.All.Select(c => new CommentChoice(OpinionClassifications.Code(c), OpinionClassifications.Label(c), OpinionClassifications.Label(c, true)))];

    /// <summary>The choice a text names: its code, its label or another spelling the domain accepts (反映, FAX, 在住 …).</summary>
    public static CommentChoice? Find(IReadOnlyList<CommentChoice> choices, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        string? code = ReferenceEquals(choices, Channels) ? SubmissionChannels.Parse(text) is { } c ? SubmissionChannels.Code(c) : null
            : ReferenceEquals(choices, AddressAreas) ? Core.Comments.AddressAreas.Parse(text) is { } a ? Core.Comments.AddressAreas.Code(a) : null
            : ReferenceEquals(choices, AgeGroups) ? Core.Comments.AgeGroups.Parse(text) is { } g ? Core.Comments.AgeGroups.Code(g) : null
            : ReferenceEquals(choices, Classifications) ? OpinionClassifications.Parse(text) is { } k ? OpinionClassifications.Code(k) : null
            : null;
        return choices.FirstOrDefault(x => x.Code == (code ?? text.Trim()));
    }

    public static OpinionClassification? Classification(string? code) => OpinionClassifications.Parse(code);

    /// <summary>反映 and 一部反映 may be linked to the item of a later version.</summary>
    public static bool Reflects(string? classification) =>
        Classification(classification) is { } c && OpinionClassifications.ChangesThePlan(c);

    public static SubmissionChannel Channel(string code) => SubmissionChannels.Parse(code) ?? SubmissionChannel.Web;

    public static string Fingerprint(string text) => NearDuplicates.Fingerprint(text);

    public static IReadOnlyList<PersonalDataFlag> Flags(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. PersonalDataFinder.Find(text).Select(h => new PersonalDataFlag(KindCode(h.Kind), KindLabel(h.Kind, false), KindLabel(h.Kind, true), h.Text))];

    public static string ReceiptNumber(int year, int sequence) => ReceiptNumbers.Format(year, sequence);

    /// <summary>Groups of opinion numbers whose texts look alike, largest first.</summary>
    public static IReadOnlyList<DuplicateGroup> Suggest(IReadOnlyList<(int Number, string Text)> opinions) => NearDuplicates.Suggest(opinions);

    static string KindCode(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Phone => "phone",
        PersonalDataKind.Email => "email",
        PersonalDataKind.PostalCode => "postal-code",
        PersonalDataKind.Address => "address",
        _ => "name",
    };

    static string KindLabel(PersonalDataKind kind, bool english) => PersonalDataKinds.Label(kind, english);
}
