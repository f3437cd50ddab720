using System.Globalization;
using System.Security.Claims;

namespace Torikumi.Web.Accounts;

/// <summary>
/// Re-authentication (再認証) before sensitive changes: the cookie carries the time the password was last entered, and
/// changing roles or scope needs it to be within <see cref="Window"/>; otherwise the page asks for the password again.
/// </summary>
public static class RecentPassword
{
    public const string ClaimType = "torikumi:password_at";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static Claim ClaimFor(DateTimeOffset enteredAt) =>
        new(ClaimType, enteredAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? EnteredAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static bool IsRecent(ClaimsPrincipal user, DateTimeOffset now) =>
        EnteredAt(user) is { } at && now - at <= Window && at <= now + TimeSpan.FromMinutes(1);
}
