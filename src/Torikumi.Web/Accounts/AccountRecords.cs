namespace Torikumi.Web.Accounts;

/// <summary>A problem with an account change: the field it concerns (as the pages name their inputs) and what to do.</summary>
public sealed record AccountError(string Field, string Message);

/// <summary>The outcome of an account change: nothing was written unless it succeeded.</summary>
public sealed record AccountResult(IReadOnlyList<AccountError> Errors)
{
    public static AccountResult Ok { get; } = new([]);
    public bool Succeeded => Errors.Count == 0;
    public static AccountResult Fail(string field, string message) => new([new AccountError(field, message)]);
}

/// <summary>A unit chosen for an editor: a whole department, or one of its sections.</summary>
public sealed record UnitChoice(int DepartmentId, int? SectionId);

/// <summary>A new staff account. An editor role is implied by a non-empty scope.</summary>
public sealed record NewStaffUser(string Email, string? DisplayName, IReadOnlyCollection<string> Roles, IReadOnlyList<UnitChoice> Scope);

/// <summary>A department of the stored organisation (from imported plans), with its sections, to choose scopes from.</summary>
public sealed record OrgDepartment(int Id, string Municipality, string Name, IReadOnlyList<OrgSection> Sections);

public sealed record OrgSection(int Id, string Name);

/// <summary>One account as the administrator's list shows it.</summary>
public sealed record StaffUserSummary(
    string Id, string Email, string DisplayName, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt,
    DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles, IReadOnlyList<StaffUnit> Units)
{
    public bool IsDisabled => DisabledAt is not null;
    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd > now;
}

/// <summary>A personal access token as listed (never its text, which is not stored).</summary>
public sealed record TokenSummary(
    int Id, string UserId, string Email, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
    public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;
}

/// <summary>A token just created: <see cref="Text"/> is shown once and never again.</summary>
public sealed record CreatedToken(TokenSummary Token, string Text);
