namespace Torikumi.Core.Comments.Results;

/// <summary>
/// The published result of a comment period, 「意見の概要と区の考え方」: the period, how many people submitted opinions
/// and by which channel, then per item (or for the plan as a whole) each opinion's summary, the ward's view and its
/// classification. This is everything the public sees, in pages, downloads and the API.
/// <para>
/// The model has NO personal fields at all — no name, address, address area, age, e-mail, receipt number, submission
/// date or original text — so nothing personal can leak through a public page, file or response built from it: there
/// is nowhere to put it. Only the summary (要旨) staff wrote and checked is published, never the text as submitted.
/// </para>
/// </summary>
public sealed record CommentResult(
    string PlanTitle,
    string? Stage,
    string PeriodText,
    int Submitters,
    IReadOnlyList<ChannelCount> ByChannel,
    IReadOnlyList<ResultSection> Sections)
{
    public int Opinions => Sections.Sum(s => s.Opinions.Count);
}

/// <summary>How many people sent opinions by one channel, and how many opinions their submissions were split into.</summary>
public sealed record ChannelCount(SubmissionChannel Channel, int Submitters, int Opinions);

/// <summary>
/// The opinions on one item (<see cref="ItemKey"/> such as <c>4-1-3</c>, with its title) or, when the key is null, on the
/// plan as a whole (計画全体について).
/// </summary>
public sealed record ResultSection(string? ItemKey, string Title, IReadOnlyList<ResultOpinion> Opinions)
{
    public const string WholePlanTitle = "計画全体について";
    public const string WholePlanTitleEnglish = "On the plan as a whole";

    public bool IsWholePlan => ItemKey is null;

    public static ResultSection WholePlan(IReadOnlyList<ResultOpinion> opinions) => new(null, WholePlanTitle, opinions);
}

/// <summary>One published opinion: its number in the result, the summary (意見の概要), the ward's view (区の考え方), the classification.</summary>
public sealed record ResultOpinion(int Number, string Summary, string View, OpinionClassification Classification);

/// <summary>What the about sheet says besides the result itself: who publishes it, when it was downloaded, where it lives.</summary>
public sealed record CommentResultAbout(string? Municipality, DateTimeOffset Downloaded, string? Url = null);
