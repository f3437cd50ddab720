using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Torikumi.Data;
using Torikumi.Data.Accounts;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Accounts;

/// <summary>
/// Managing staff accounts — add, change roles and scope, disable — for the administrator's pages and the CLI alike,
/// so both apply the same rules. Each change is one transaction; a refused change writes nothing.
/// </summary>
public sealed class StaffDirectory(TorikumiDbContext db, UserManager<StaffUser> users, TimeProvider time)
{
    public const int MaxEmailLength = 256;
    public const int MaxDisplayNameLength = 100;

    public async Task<AccountResult> AddAsync(NewStaffUser request, string password, CancellationToken ct = default)
    {
        var email = request.Email.Trim();
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email : request.DisplayName.Trim();
        var errors = new List<AccountError>();
        if (!IsEmail(email))
            errors.Add(new("Email", AccountText.T($"「{email}」はメールアドレスの形ではありません(例: taro@city.example.jp)。", $"“{email}” is not an e-mail address (e.g. taro@city.example.jp).")));
        if (displayName.Length > MaxDisplayNameLength)
            errors.Add(new("DisplayName", AccountText.T($"表示名は{MaxDisplayNameLength}文字以内にしてください。", $"The display name must be at most {MaxDisplayNameLength} characters.")));
        var (roles, scope) = await CheckAccessAsync(request.Roles, request.Scope, errors, ct);
        if (errors.Count > 0)
            return new AccountResult(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new StaffUser { UserName = email, Email = email, DisplayName = displayName, CreatedAt = time.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return FromIdentity(created);
        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
            return FromIdentity(added);
        db.EditorScopes.AddRange(scope.Select(u => new EditorScope { UserId = user.Id, DepartmentId = u.DepartmentId, SectionId = u.SectionId }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AccountResult.Ok;
    }

    /// <summary>Replaces an account's roles and scope. The last enabled administrator keeps the role.</summary>
    public async Task<AccountResult> SetAccessAsync(string userId, IReadOnlyCollection<string> roles, IReadOnlyList<UnitChoice> scope, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return NoSuchUser(userId);
        var errors = new List<AccountError>();
        var (wanted, units) = await CheckAccessAsync(roles, scope, errors, ct);
        if (errors.Count > 0)
            return new AccountResult(errors);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(StaffRoles.Administrator) && !wanted.Contains(StaffRoles.Administrator) && await IsLastAdministratorAsync(userId, ct))
            return AccountResult.Fail("Roles", AccountText.T("最後の管理者から管理者の役割は外せません。先に別の管理者を追加してください。",
                "The last administrator cannot lose the role; add another administrator first."));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (!removed.Succeeded)
            return FromIdentity(removed);
        var added = await users.AddToRolesAsync(user, wanted.Except(current));
        if (!added.Succeeded)
            return FromIdentity(added);
        await db.EditorScopes.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        db.EditorScopes.AddRange(units.Select(u => new EditorScope { UserId = userId, DepartmentId = u.DepartmentId, SectionId = u.SectionId }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AccountResult.Ok;
    }

    /// <summary>
    /// Disables (or enables again) an account. Disabling changes its security stamp, which signs it out everywhere;
    /// its tokens stop working while it is disabled. The last enabled administrator cannot be disabled.
    /// </summary>
    public async Task<AccountResult> SetDisabledAsync(string userId, bool disabled, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return NoSuchUser(userId);
        if (user.IsDisabled == disabled)
            return AccountResult.Ok;
        if (disabled && await users.IsInRoleAsync(user, StaffRoles.Administrator) && await IsLastAdministratorAsync(userId, ct))
            return AccountResult.Fail("Disabled", AccountText.T("最後の管理者は無効にできません。先に別の管理者を追加してください。",
                "The last administrator cannot be disabled; add another administrator first."));
        user.DisabledAt = disabled ? time.GetUtcNow() : null;
        var updated = await users.UpdateAsync(user);
        if (updated.Succeeded && disabled)
            updated = await users.UpdateSecurityStampAsync(user);
        return updated.Succeeded ? AccountResult.Ok : FromIdentity(updated);
    }

    public Task<StaffUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email.Trim());

    public async Task<List<StaffUserSummary>> ListAsync(CancellationToken ct = default) =>
        [.. (await Summaries(db.Users).ToListAsync(ct)).OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)];

    public Task<StaffUserSummary?> FindAsync(string userId, CancellationToken ct = default) =>
        Summaries(db.Users.Where(u => u.Id == userId)).FirstOrDefaultAsync(ct);

    /// <summary>The departments and sections stored with the plans (per municipality), to choose scopes from.</summary>
    public async Task<List<OrgDepartment>> OrganisationAsync(CancellationToken ct = default)
    {
        var rows = await db.Departments.AsNoTracking()
            .OrderBy(d => d.MunicipalityId).ThenBy(d => d.Id)
            .Select(d => new { d.Id, Municipality = d.Municipality.Name, d.Name, Sections = d.Sections.OrderBy(s => s.Id).Select(s => new OrgSection(s.Id, s.Name)).ToList() })
            .ToListAsync(ct);
        return [.. rows.Select(d => new OrgDepartment(d.Id, d.Municipality, d.Name, d.Sections))];
    }

    IQueryable<StaffUserSummary> Summaries(IQueryable<StaffUser> query) => query.AsNoTracking().AsSingleQuery().Select(u => new StaffUserSummary(
        u.Id, u.Email ?? "", u.DisplayName, u.CreatedAt, u.DisabledAt, u.LockoutEnd,
        db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToList(),
        db.EditorScopes.Where(s => s.UserId == u.Id).OrderBy(s => s.DepartmentId).ThenBy(s => s.SectionId)
            .Select(s => new StaffUnit(s.DepartmentId, s.SectionId, s.Department.Municipality.Name, s.Department.Name, s.Section == null ? null : s.Section.Name))
            .ToList()));

    /// <summary>Roles known, scope units existing, an editor role exactly when there is a scope.</summary>
    async Task<(List<string> Roles, List<UnitChoice> Scope)> CheckAccessAsync(
        IReadOnlyCollection<string> roles, IReadOnlyList<UnitChoice> scope, List<AccountError> errors, CancellationToken ct)
    {
        var unknown = roles.Where(r => !StaffRoles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            errors.Add(new("Roles", AccountText.T($"不明な役割: {string.Join(", ", unknown)}(使える役割: {string.Join(", ", StaffRoles.All)})",
                $"Unknown role: {string.Join(", ", unknown)} (roles: {string.Join(", ", StaffRoles.All)})")));
        var units = scope.Distinct().ToList();
        var wanted = roles.Where(StaffRoles.All.Contains).ToHashSet();
        if (units.Count > 0)
            wanted.Add(StaffRoles.Editor);
        else if (wanted.Contains(StaffRoles.Editor))
            errors.Add(new("Scope", AccountText.T("入力担当には、担当する部か課を1つ以上選んでください。", "An editor needs at least one department or section.")));
        if (wanted.Count == 0 && unknown.Count == 0)
            errors.Add(new("Roles", AccountText.T("役割(管理者・確認担当)か、担当する部・課を選んでください。",
                "Choose a role (administrator, reviewer) or the departments or sections the account edits for.")));

        var departmentIds = units.Select(u => u.DepartmentId).Distinct().ToList();
        var known = await db.Sections.AsNoTracking().Where(s => departmentIds.Contains(s.DepartmentId))
            .Select(s => new { s.Id, s.DepartmentId }).ToListAsync(ct);
        var knownDepartments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        if (units.Any(u => !knownDepartments.Contains(u.DepartmentId)
                || (u.SectionId is int s && !known.Any(k => k.Id == s && k.DepartmentId == u.DepartmentId))))
            errors.Add(new("Scope", AccountText.T("選ばれた部・課の一部が見つかりません。一覧から選び直してください。",
                "Some chosen departments or sections do not exist; choose them again from the list.")));
        // A whole department already covers its sections.
        units = [.. units.Where(u => u.SectionId is null || !units.Contains(new UnitChoice(u.DepartmentId, null)))];
        return ([.. wanted.Order(StringComparer.Ordinal)], units);
    }

    async Task<bool> IsLastAdministratorAsync(string userId, CancellationToken ct)
    {
        var adminRole = await db.Roles.Where(r => r.Name == StaffRoles.Administrator).Select(r => r.Id).FirstAsync(ct);
        return !await db.UserRoles.AnyAsync(ur => ur.RoleId == adminRole && ur.UserId != userId
            && db.Users.Any(u => u.Id == ur.UserId && u.DisabledAt == null), ct);
    }

    static bool IsEmail(string email) =>
        email.Length is > 0 and <= MaxEmailLength && MailAddress.TryCreate(email, out var address)
        && address.Address == email && email.IndexOf('@') > 0;

    static AccountResult NoSuchUser(string userId) =>
        AccountResult.Fail("Email", AccountText.T($"アカウント {userId} はありません。", $"There is no account {userId}."));

    internal static AccountResult FromIdentity(IdentityResult result) => new(
        [.. result.Errors.DistinctBy(e => e.Description).Select(e => new AccountError(FieldOf(e.Code), e.Description))]);

    static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "Email"
        : "";
}
