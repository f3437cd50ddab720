namespace Torikumi.Web.Features.Comments;

/// <summary>
/// Configuration section <c>Comments</c> (docs/comments.md). The rate limit counts a client's submissions in the
/// database, so it holds across every web node; the load benchmark raises it.
/// </summary>
public sealed class CommentOptions
{
    public const string Section = "Comments";

    /// <summary>Web submissions accepted from one client address within <see cref="RateLimitWindowMinutes"/>.</summary>
    public int RateLimitPerClient { get; set; } = 10;
    public int RateLimitWindowMinutes { get; set; } = 60;
    /// <summary>Largest request body of the form or the API, in bytes (an opinion is at most 2,000 characters).</summary>
    public int MaxRequestBytes { get; set; } = 32 * 1024;
    /// <summary>Default personal-data retention for a new period, in days after its end.</summary>
    public int DefaultRetentionDays { get; set; } = 365;
}
