namespace Torikumi.Data.Entities;

/// <summary>Where an opinion is in the staff work.</summary>
public enum OpinionState
{
    /// <summary>受付: received, no summary yet.</summary>
    Received,
    /// <summary>要旨作成済み: summarised, not yet with a department.</summary>
    Summarised,
    /// <summary>所管課に割当: waiting for the department's draft answer.</summary>
    Assigned,
    /// <summary>回答案あり: the department drafted an answer.</summary>
    Drafted,
    /// <summary>承認済み: the planning division approved the ward's view and classification.</summary>
    Approved,
    /// <summary>統合済み: merged into another opinion (<see cref="Opinion.MergedIntoId"/>); not published on its own.</summary>
    Merged,
}

/// <summary>
/// One opinion (意見) as staff handle it: a whole submission, or one part of a split one. Numbered per plan; staff write
/// its summary (要旨), assign it to a department for a draft answer, and the planning division approves the ward's view
/// (区の考え方) with a classification. A 反映/一部反映 opinion may name the item of a later version it changed.
/// </summary>
public sealed class Opinion
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int CommentPeriodId { get; set; }
    public CommentPeriod CommentPeriod { get; set; } = null!;
    /// <summary>1, 2, … per plan: the number in the API and the staff pages.</summary>
    public int Number { get; set; }
    public long SubmissionId { get; set; }
    public CommentSubmission Submission { get; set; } = null!;
    /// <summary>0 for the whole submission; 1, 2, … for the parts of a split one.</summary>
    public int Part { get; set; }
    /// <summary>The item it is about (from the submission; staff may correct it), or null for the plan as a whole.</summary>
    public string? ItemKey { get; set; }
    /// <summary>The text this opinion covers: the submission's, or the part staff cut out of it.</summary>
    public required string Text { get; set; }
    public int? MergedIntoId { get; set; }

    /// <summary>要旨: what is published instead of the text.</summary>
    public string Summary { get; set; } = "";
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    /// <summary>The department's draft answer (回答案).</summary>
    public string DraftAnswer { get; set; } = "";
    /// <summary>区の考え方: the ward's view, published once approved.</summary>
    public string View { get; set; } = "";
    /// <summary>The classification code (OpinionClassification), set on approval.</summary>
    public string? Classification { get; set; }
    public OpinionState State { get; set; }
    public string? ApprovedById { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>The later version whose item changed because of this opinion (反映 / 一部反映).</summary>
    public int? ReflectedVersionId { get; set; }
    public string? ReflectedItemKey { get; set; }

    /// <summary>Incremented on every change; a concurrency token, and the ETag of the API.</summary>
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
    public string? UpdatedByName { get; set; }
}
