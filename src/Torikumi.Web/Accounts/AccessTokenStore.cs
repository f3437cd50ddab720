using Microsoft.EntityFrameworkCore;
using Torikumi.Data;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Accounts;

/// <summary>Creating, listing and revoking personal access tokens, for the tokens page and the CLI.</summary>
public sealed class AccessTokenStore(TorikumiDbContext db, TimeProvider time)
{
    public const int MaxNameLength = 100;
    public const int MaxExpiryDays = 3650;

    /// <summary>A new token for <paramref name="userId"/>; its text is in the result and nowhere else.</summary>
    public async Task<(CreatedToken? Token, AccountResult Result)> CreateAsync(string userId, string name, int? expiresInDays, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
            return (null, AccountResult.Fail("Name", AccountText.T($"トークンの名前を{MaxNameLength}文字以内で入力してください(例: RPA 進捗登録)。",
                $"Give the token a name of at most {MaxNameLength} characters (e.g. RPA progress upload).")));
        if (expiresInDays is < 1 or > MaxExpiryDays)
            return (null, AccountResult.Fail("ExpiresInDays", AccountText.T($"有効期限は1〜{MaxExpiryDays}日で指定してください(空欄なら無期限)。",
                $"The expiry must be 1 to {MaxExpiryDays} days (empty for none).")));
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisabledAt }).FirstOrDefaultAsync(ct);
        if (user is null || user.DisabledAt is not null)
            return (null, AccountResult.Fail("", AccountText.T("このアカウントではトークンを作れません。", "This account cannot have tokens.")));

        var text = AccessTokens.Generate();
        var now = time.GetUtcNow();
        var token = new PersonalAccessToken
        {
            UserId = userId, Name = name, TokenHash = AccessTokens.Hash(text), CreatedAt = now,
            ExpiresAt = expiresInDays is int days ? now.AddDays(days) : null,
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (new CreatedToken(Summary(token, user.Email ?? ""), text), AccountResult.Ok);
    }

    /// <summary>Tokens of one account (or of all, for the CLI), newest first; revoked ones stay listed.</summary>
    public async Task<List<TokenSummary>> ListAsync(string? userId, CancellationToken ct = default)
    {
        var query = db.PersonalAccessTokens.AsNoTracking();
        if (userId is not null)
            query = query.Where(t => t.UserId == userId);
        return await query.OrderByDescending(t => t.Id)
            .Select(t => new TokenSummary(t.Id, t.UserId, t.User.Email ?? "", t.Name, t.CreatedAt, t.LastUsedAt, t.ExpiresAt, t.RevokedAt))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Revokes a token, effective on the next request on every node. With <paramref name="ownerId"/>, only that
    /// account's token (someone else's id is "not found", not "forbidden"). Null when there is no such token.
    /// </summary>
    public async Task<TokenSummary?> RevokeAsync(int tokenId, string? ownerId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var query = db.PersonalAccessTokens.Where(t => t.Id == tokenId);
        if (ownerId is not null)
            query = query.Where(t => t.UserId == ownerId);
        await query.Where(t => t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        return await query.AsNoTracking()
            .Select(t => new TokenSummary(t.Id, t.UserId, t.User.Email ?? "", t.Name, t.CreatedAt, t.LastUsedAt, t.ExpiresAt, t.RevokedAt))
            .FirstOrDefaultAsync(ct);
    }

    static TokenSummary Summary(PersonalAccessToken t, string email) =>
        new(t.Id, t.UserId, email, t.Name, t.CreatedAt, t.LastUsedAt, t.ExpiresAt, t.RevokedAt);
}
