namespace Torikumi.Data.Entities;

/// <summary>
/// A personal access token (個人用アクセストークン) for scripts and other systems calling the API as its user. Only the
/// SHA-256 of the token is stored: the token itself is shown once, when it is created.
/// </summary>
public sealed class PersonalAccessToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public StaffUser User { get; set; } = null!;
    /// <summary>What the owner called it (e.g. "RPA 進捗登録"), to tell tokens apart when revoking one.</summary>
    public required string Name { get; set; }
    /// <summary>SHA-256 of the whole token text, lower-case hex.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Updated at most once a minute, so busy scripts do not turn every read into a write.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
