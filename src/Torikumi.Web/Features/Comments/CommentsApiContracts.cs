using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

/// <summary>An opinion entered by another intake system or by staff (POST /api/v1/plans/{id}/comments).</summary>
/// <param name="Item">The item key (4-1-3), or null for the plan as a whole.</param>
/// <param name="Channel">post, fax, email, counter or form.</param>
/// <param name="ReceivedAt">When it arrived (ISO 8601; a date alone means the start of that day in Japan).</param>
public sealed record CommentEntryInput(string? Item, string? Text, string? Channel, string? ReceivedAt, string? Name = null,
    string? Address = null, string? Email = null, string? AddressArea = null, string? AgeGroup = null);

/// <summary>The answer to an entry: the opinion's number (for PUT) and the receipt number (for the submitter's enquiries).</summary>
public sealed record CommentEntered(int Number, string ReceiptNumber, DateTimeOffset ReceivedAt, string? Item);

/// <summary>A change to an opinion (PUT …/comments/{number}); absent fields stay as they are.</summary>
public sealed record OpinionInput(string? Summary = null, string? View = null, string? Classification = null, string? Department = null,
    string? DraftAnswer = null, string? Item = null, int? ReflectedVersion = null, string? ReflectedItem = null);

/// <summary>An opinion as the staff API shows it. <see cref="PersonalData"/> only for administrators.</summary>
public sealed record OpinionJson(int Number, string ReceiptNumber, string? Item, string? ItemTitle, string Channel, DateTimeOffset ReceivedAt,
    string State, string? Department, string Text, string Summary, string DraftAnswer, string View, string? Classification, int? MergedInto,
    int? ReflectedVersion, string? ReflectedItem, IReadOnlyList<string> PersonalDataFlags, PersonalDataView? PersonalData, int Version)
{
    public static OpinionJson From(OpinionDetail d) => new(d.Number, d.ReceiptNumber, d.ItemKey, d.ItemTitle, d.Channel, d.ReceivedAt,
        StateCode(d.State), d.Department, d.Text, d.Summary, d.DraftAnswer, d.View, d.Classification, d.MergedInto, d.ReflectedVersion,
        d.ReflectedItemKey, [.. d.TextFlags.Concat(d.PublicFlags).Select(f => $"{f.Kind}: {f.Found}")], d.PersonalData, d.Version);

    public static string StateCode(OpinionState state) => state.ToString().ToLowerInvariant();
}

/// <summary>A row of the staff list (GET /api/v1/plans/{id}/comments).</summary>
public sealed record OpinionListJson(int Number, string? Item, string? Strategy, string Channel, DateTimeOffset ReceivedAt, string State,
    string? Department, string Summary, string? Classification, int? MergedInto, IReadOnlyList<string> PersonalDataFlags, int Version);

/// <summary>The staff list.</summary>
public sealed record OpinionList(int PlanId, int Count, IReadOnlyList<OpinionListJson> Opinions);
