namespace Torikumi.Data.Entities;

/// <summary>
/// One submission (意見の提出) as received: through the web form, or entered by staff from post, fax, e-mail or a
/// counter. The text is kept exactly as written; the submitter's name, address and e-mail live apart in
/// <see cref="CommentPersonalData"/> so they can be purged while the submission stays. Never changed after intake;
/// the staff work happens on <see cref="Opinion"/>s made from it.
/// </summary>
public sealed class CommentSubmission
{
    public long Id { get; set; }
    public int CommentPeriodId { get; set; }
    public CommentPeriod CommentPeriod { get; set; } = null!;
    /// <summary>Denormalised from the period for the plan-wide lists.</summary>
    public int PlanId { get; set; }
    /// <summary>The year (Japan time) the submission was received: receipt numbers run per year.</summary>
    public int ReceiptYear { get; set; }
    /// <summary>1, 2, … within the year the submission was received (Japan time), across all plans; the receipt number is formed from it.</summary>
    public int Sequence { get; set; }
    /// <summary>受付番号, given to the submitter; staff-only afterwards, never published.</summary>
    public required string ReceiptNumber { get; set; }
    /// <summary>web, post, fax, email, counter, form (the SubmissionChannel code).</summary>
    public required string Channel { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>The item commented on, or null for the plan as a whole.</summary>
    public string? ItemKey { get; set; }
    /// <summary>The opinion exactly as written (NFC only).</summary>
    public required string Text { get; set; }
    /// <summary>区内在住・在勤・在学 / 区外 (AddressArea code), when given.</summary>
    public string? AddressArea { get; set; }
    /// <summary>Age group code, when given.</summary>
    public string? AgeGroup { get; set; }
    /// <summary>Normalised text fingerprint: the same text on the same item in a period is a duplicate.</summary>
    public required string Fingerprint { get; set; }
    /// <summary>
    /// period|item|fingerprint for a web submission (null for staff entries, which may repeat a text, say a letter
    /// sent by many): its unique index refuses the same web opinion twice, also from two requests at the same moment.
    /// </summary>
    public string? DuplicateKey { get; set; }
    /// <summary>
    /// A keyed hash of the client address of a web submission (never the address itself), so the rate limit counts
    /// across every web node; null for staff entries and after the purge.
    /// </summary>
    public string? ClientKey { get; set; }
    /// <summary>The staff account that entered it (post, fax, counter, API); null for the resident form.</summary>
    public string? EnteredById { get; set; }
    public string? EnteredByName { get; set; }

    public CommentPersonalData? PersonalData { get; set; }
}
