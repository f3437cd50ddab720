namespace Torikumi.Data.Entities;

/// <summary>
/// The public comment period (パブリックコメントの実施期間) of one plan version (usually the 素案): when residents may
/// submit opinions, how, whom to ask, and — once the ward has answered — when the result 「意見の概要と区の考え方」 was
/// published. Times are instants (shown in Japan time); <see cref="EndsAt"/> is the last instant still accepted.
/// </summary>
public sealed class CommentPeriod
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public int PlanVersionId { get; set; }
    public PlanVersion PlanVersion { get; set; } = null!;

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    /// <summary>How to submit (the form, post, fax, e-mail, counters), as the ward words it.</summary>
    public string HowToSubmit { get; set; } = "";
    /// <summary>Whom to ask (the planning division's address and phone).</summary>
    public string Contact { get; set; } = "";
    /// <summary>Why the period is shorter than 30 days, when it is (recorded, and shown with the period).</summary>
    public string? ShortPeriodReason { get; set; }
    /// <summary>Days after the end of the period that submitters' names, addresses and e-mails are kept before purge.</summary>
    public int RetentionDays { get; set; }

    public DateTimeOffset? ResultPublishedAt { get; set; }
    public string? ResultPublishedById { get; set; }
    public string? ResultPublishedByName { get; set; }
    /// <summary>When the personal data of this period was last purged (null: never).</summary>
    public DateTimeOffset? PersonalDataPurgedAt { get; set; }

    /// <summary>Incremented on every change; a concurrency token.</summary>
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedById { get; set; }
    public required string CreatedByName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedById { get; set; }
    public required string UpdatedByName { get; set; }
}
