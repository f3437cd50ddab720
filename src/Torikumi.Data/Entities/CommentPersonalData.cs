namespace Torikumi.Data.Entities;

/// <summary>
/// The submitter's personal data (個人情報) of one submission, kept in its own table: visible to administrators only,
/// never published, and deleted by <c>torikumi comments purge</c> once the plan's retention has passed.
/// </summary>
public sealed class CommentPersonalData
{
    public long SubmissionId { get; set; }
    public CommentSubmission Submission { get; set; } = null!;
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Email { get; set; }
}
