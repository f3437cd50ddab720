using Torikumi.Core.Progress;

namespace Torikumi.Data.Accounts;

/// <summary>
/// The Identity role names of staff accounts — the one place they are spelled — and how they map to the workflow's
/// <see cref="ProgressRoles"/>. The roles are seeded by the migrations, so every database has exactly these.
/// </summary>
public static class StaffRoles
{
    /// <summary>企画課 (planning division): everything, including managing accounts.</summary>
    public const string Administrator = "administrator";
    /// <summary>確認担当: reads everything, returns or approves reports.</summary>
    public const string Reviewer = "reviewer";
    /// <summary>所管課の入力担当: writes progress for the units in the account's scope.</summary>
    public const string Editor = "editor";

    public static IReadOnlyList<string> All { get; } = [Administrator, Reviewer, Editor];

    public static ProgressRoles ToProgressRoles(IEnumerable<string> roles) =>
        roles.Aggregate(ProgressRoles.None, (all, role) => all | role switch
        {
            Administrator => ProgressRoles.Administrator,
            Reviewer => ProgressRoles.Reviewer,
            Editor => ProgressRoles.DepartmentEditor,
            _ => ProgressRoles.None,
        });

    /// <summary>Fixed ids so that the seed data (and so the migrations) never change.</summary>
    internal static string IdOf(string role) => role switch
    {
        Administrator => "role-administrator",
        Reviewer => "role-reviewer",
        Editor => "role-editor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a staff role"),
    };
}
