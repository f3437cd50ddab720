using Torikumi.Core.Progress;

namespace Torikumi.Web.Accounts;

/// <summary>Authorisation policy names, used on page folders and API groups (never only by hiding buttons).</summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in staff account (editor, reviewer or administrator).</summary>
    public const string Staff = "staff";
    /// <summary>Reviewer or administrator.</summary>
    public const string Reviewer = "reviewer";
    /// <summary>Planning division (企画課): everything.</summary>
    public const string Administrator = "administrator";
}

/// <summary>
/// The person behind the current request — signed in with a cookie or a personal access token — as the domain sees
/// them. Scoped per request; department scoping in queries and handlers starts from <see cref="Actor"/>.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    /// <summary>The account id (stable; used in the audit trail).</summary>
    string? UserId { get; }
    string? Email { get; }
    /// <summary>What the audit trail and pages show (the account's display name, else its e-mail).</summary>
    string? DisplayName { get; }
    /// <summary>Roles and, for editors, the units (部 or 部+課) they may write for; <see cref="ProgressActor.Public"/> when anonymous.</summary>
    ProgressActor Actor { get; }
}
