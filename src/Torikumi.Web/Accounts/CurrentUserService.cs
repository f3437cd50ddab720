using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Accounts;

namespace Torikumi.Web.Accounts;

/// <summary>A unit of an editor's scope, with the ids the queries use and the names people read.</summary>
public sealed record StaffUnit(int DepartmentId, int? SectionId, string Municipality, string Department, string? Section)
{
    public OrgUnit ToOrgUnit() => new(Department, Section);
    public override string ToString() => Section is null ? Department : $"{Department}/{Section}";
}

/// <summary>An account as loaded from the database for one request: who, whether usable, roles and scope.</summary>
public sealed record StaffAccount(
    string UserId, string Email, string DisplayName, string? SecurityStamp, bool Disabled,
    IReadOnlyList<string> Roles, IReadOnlyList<StaffUnit> Units)
{
    public ProgressActor Actor { get; } = new(StaffRoles.ToProgressRoles(Roles), [.. Units.Select(u => u.ToOrgUnit())]);
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}

/// <summary>
/// <see cref="ICurrentUser"/> for one request. Roles and scope are read from the database once per request (when the
/// cookie or token is checked), never from the cookie, so a change by an administrator applies on the next request
/// on every node. A disabled or unknown account, or a cookie from before a password change, is anonymous.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, TorikumiDbContext db) : ICurrentUser
{
    readonly Dictionary<string, StaffAccount?> loaded = new(StringComparer.Ordinal);

    /// <summary>The signed-in, usable account of this request, or null.</summary>
    public StaffAccount? Account
    {
        get
        {
            var principal = http.HttpContext?.User;
            if (principal?.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
                return null;
            return loaded.TryGetValue(id, out var account) && account is { Disabled: false } ? account : null;
        }
    }

    public bool IsAuthenticated => Account is not null;
    public string? UserId => Account?.UserId;
    public string? Email => Account?.Email;
    public string? DisplayName => Account is { } a ? (string.IsNullOrWhiteSpace(a.DisplayName) ? a.Email : a.DisplayName) : null;
    public ProgressActor Actor => Account?.Actor ?? ProgressActor.Public;
    /// <summary>The editor's units with their database ids (for scoping queries by id rather than by name).</summary>
    public IReadOnlyList<StaffUnit> Units => Account?.Units ?? [];
    public bool IsInRole(string role) => Account?.IsInRole(role) == true;

    /// <summary>Loads an account once per request (the authentication handlers call this); null when it does not exist.</summary>
    public async Task<StaffAccount?> LoadAsync(string userId, CancellationToken ct = default)
    {
        if (loaded.TryGetValue(userId, out var known))
            return known;
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.SecurityStamp, u.DisabledAt,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
                Units = db.EditorScopes.Where(s => s.UserId == u.Id)
                    .OrderBy(s => s.Department.Name).ThenBy(s => s.SectionId)
                    .Select(s => new { s.DepartmentId, s.SectionId, Municipality = s.Department.Municipality.Name, Department = s.Department.Name, Section = s.Section == null ? null : s.Section.Name })
                    .ToList(),
            })
            // One round trip; the product of a few roles and a few units is small.
            .AsSingleQuery()
            .FirstOrDefaultAsync(ct);
        var account = row is null ? null : new StaffAccount(
            row.Id, row.Email ?? "", row.DisplayName, row.SecurityStamp, row.DisabledAt is not null,
            [.. row.Roles.OfType<string>().Order(StringComparer.Ordinal)],
            [.. row.Units.Select(u => new StaffUnit(u.DepartmentId, u.SectionId, u.Municipality, u.Department, u.Section))]);
        loaded[userId] = account;
        return account;
    }
}
