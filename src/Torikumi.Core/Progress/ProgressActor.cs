namespace Torikumi.Core.Progress;

/// <summary>The roles of progress management; one account may hold several.</summary>
[Flags]
public enum ProgressRoles
{
    None = 0,
    /// <summary>所管課の入力担当: writes and submits reports for the units in its scope.</summary>
    DepartmentEditor = 1,
    /// <summary>確認担当: reads everything, returns or approves.</summary>
    Reviewer = 2,
    /// <summary>企画課 (planning division): everything, including publishing.</summary>
    Administrator = 4,
}

/// <summary>A unit an editor is scoped to: a whole department (部), or one section (課) of it.</summary>
public sealed record OrgUnit(string Department, string? Section = null)
{
    public override string ToString() => Section is null ? Department : $"{Department} {Section}";
}

/// <summary>Who is acting, as far as the workflow cares: roles and, for editors, the units they write for.</summary>
public sealed record ProgressActor(ProgressRoles Roles, IReadOnlyList<OrgUnit> Scope)
{
    public static ProgressActor Administrator { get; } = new(ProgressRoles.Administrator, []);
    public static ProgressActor Reviewer { get; } = new(ProgressRoles.Reviewer, []);
    public static ProgressActor Public { get; } = new(ProgressRoles.None, []);

    public static ProgressActor Editor(params OrgUnit[] scope) => new(ProgressRoles.DepartmentEditor, scope);

    public bool Is(ProgressRoles role) => (Roles & role) == role;

    /// <summary>
    /// May this editor write the part of an item that <paramref name="owner"/> (a 部 with the 課 named for this item)
    /// carries? Yes when the scope holds the whole 部, or one of those 課 within it.
    /// </summary>
    public bool Covers(Plans.Owner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return Is(ProgressRoles.DepartmentEditor) && Scope.Any(u =>
            string.Equals(u.Department, owner.Department, StringComparison.Ordinal)
            && (u.Section is null || owner.Sections.Contains(u.Section, StringComparer.Ordinal)));
    }
}
