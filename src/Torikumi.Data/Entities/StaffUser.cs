using Microsoft.AspNetCore.Identity;

namespace Torikumi.Data.Entities;

/// <summary>
/// A staff account (職員アカウント): the planning division, reviewers and department editors. Signs in with its e-mail;
/// roles are Identity roles (<see cref="Accounts.StaffRoles"/>), an editor's units are <see cref="EditorScope"/> rows.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>What pages and the audit trail show, e.g. 練馬 太郎 (企画課).</summary>
    public required string DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set when an administrator disables the account; a disabled account cannot sign in or use its tokens.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    public List<EditorScope> Scope { get; set; } = [];
    public List<PersonalAccessToken> AccessTokens { get; set; } = [];
}
