using Torikumi.Core.Comments;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

/// <summary>A comment period as pages and the API show it (no personal data; safe in public).</summary>
public sealed record PeriodView(int Id, int PlanId, int VersionId, int VersionNumber, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string HowToSubmit, string Contact, string? ShortPeriodReason, int RetentionDays, PeriodPhase Phase, DateTimeOffset? ResultPublishedAt,
    int Version)
{
    public bool IsOpen => Phase == PeriodPhase.Open;
    public bool IsPublished => ResultPublishedAt is not null;
    public string Wording(bool english) => CommentPeriodRules.Wording(StartsAt, EndsAt, english);
}

/// <summary>What an administrator sets when opening or changing a period; dates are Japan-time days, both included.</summary>
public sealed record PeriodInput(DateOnly? From, DateOnly? To, string? HowToSubmit, string? Contact, string? ShortPeriodReason,
    int? RetentionDays, int? VersionNumber = null, int? ExpectedVersion = null);

/// <summary>The period as saved, with the warnings the rules gave (a short period, recorded with its reason).</summary>
public sealed record PeriodSaved(PeriodView Period, IReadOnlyList<CommentMessage> Warnings, bool Created);

/// <summary>One submission as received: from the resident form (<see cref="ClientAddress"/> set) or entered by staff.</summary>
public sealed record SubmissionInput
{
    public string? ItemKey { get; init; }
    public string? Text { get; init; }
    public string? Name { get; init; }
    public string? Address { get; init; }
    public string? Email { get; init; }
    public string? AddressArea { get; init; }
    public string? AgeGroup { get; init; }
    /// <summary>Channel code; the resident form is always <c>web</c>.</summary>
    public string? Channel { get; init; }
    /// <summary>When it arrived (staff entries: the postmark or counter date); web submissions use the server clock.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }
}

/// <summary>What the submitter is told: the receipt number (受付番号) and when it was received.</summary>
public sealed record Receipt(string ReceiptNumber, int Number, DateTimeOffset ReceivedAt, string? ItemKey, string? Email);

/// <summary>A personal-data flag in an opinion's summary or view, for the staff list and the publish refusal.</summary>
public sealed record OpinionFlag(int Number, string Field, string Kind, string Found);

/// <summary>An opinion in the staff list (full text: staff only).</summary>
public sealed record OpinionRow(int Number, string? ItemKey, string? ItemTitle, string? Strategy, string Channel, DateTimeOffset ReceivedAt,
    OpinionState State, string? Department, string Text, string Summary, string View, string? Classification, int? MergedInto,
    IReadOnlyList<PersonalDataFlag> TextFlags, IReadOnlyList<PersonalDataFlag> PublicFlags, int Version);

/// <summary>The submitter's personal data; administrators only.</summary>
public sealed record PersonalDataView(string? Name, string? Address, string? Email);

/// <summary>One opinion in full, for the staff page and the staff API.</summary>
public sealed record OpinionDetail(int Number, string ReceiptNumber, int Part, string? ItemKey, string? ItemTitle, string Channel,
    DateTimeOffset ReceivedAt, string? AddressArea, string? AgeGroup, string Text, string SubmissionText, string Summary,
    string? Department, string DraftAnswer, string View, string? Classification, OpinionState State, int? MergedInto,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, int? ReflectedVersion, string? ReflectedItemKey, int Version,
    IReadOnlyList<PersonalDataFlag> TextFlags, IReadOnlyList<PersonalDataFlag> PublicFlags, PersonalDataView? PersonalData,
    string? EnteredBy);

/// <summary>
/// A change to an opinion; null fields are left as they are. <see cref="View"/> with <see cref="Classification"/> is the
/// approval (administrators); <see cref="DraftAnswer"/> may come from an editor of the assigned department.
/// </summary>
public sealed record OpinionChange
{
    public string? Summary { get; init; }
    public string? View { get; init; }
    public string? Classification { get; init; }
    public string? Department { get; init; }
    public string? DraftAnswer { get; init; }
    /// <summary>"" for the plan as a whole.</summary>
    public string? ItemKey { get; init; }
    public int? ReflectedVersion { get; init; }
    public string? ReflectedItemKey { get; init; }
}

/// <summary>Which opinions the staff list shows.</summary>
public sealed record OpinionFilter(string? ItemKey = null, string? Strategy = null, string? Department = null, string? Channel = null,
    OpinionState? State = null);
