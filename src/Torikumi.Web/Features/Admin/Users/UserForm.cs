using Microsoft.AspNetCore.Mvc;
using Torikumi.Data.Accounts;
using Torikumi.Web.Accounts;

namespace Torikumi.Web.Features.Admin.Users;

/// <summary>
/// What adding and editing an account share: the roles, the units an editor writes for (chosen from the organisation
/// stored with the plans, as <c>d{id}</c> for a whole 部 and <c>s{id}</c> for one 課), and the password that confirms the
/// change when the last one was entered more than 5 minutes ago.
/// </summary>
public abstract class UserFormModel : StaffFormPageModel
{
    /// <summary>The roles an administrator ticks; the editor role follows from choosing units.</summary>
    public static readonly string[] TickedRoles = [StaffRoles.Administrator, StaffRoles.Reviewer];

    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<string> Units { get; set; } = [];
    [BindProperty] public string? CurrentPassword { get; set; }

    public List<OrgDepartment> Organisation { get; protected set; } = [];

    /// <summary>The ticked units as department and section ids; values that are not in the organisation are dropped.</summary>
    protected List<UnitChoice> ChosenUnits()
    {
        var chosen = new List<UnitChoice>();
        foreach (var value in Units.Distinct())
        {
            if (value.Length < 2 || !int.TryParse(value.AsSpan(1), out var id))
                continue;
            if (value[0] == 'd' && Organisation.Any(d => d.Id == id))
                chosen.Add(new UnitChoice(id, null));
            else if (value[0] == 's' && Organisation.FirstOrDefault(d => d.Sections.Any(s => s.Id == id)) is { } department)
                chosen.Add(new UnitChoice(department.Id, id));
        }
        return chosen;
    }

    protected static List<string> UnitValues(IEnumerable<StaffUnit> units) =>
        [.. units.Select(u => u.SectionId is int s ? $"s{s}" : $"d{u.DepartmentId}")];

    /// <summary>StaffDirectory's field names onto this form's inputs.</summary>
    protected static string FieldOf(string field) => field switch
    {
        "Roles" => "Roles",
        "Scope" => "Units",
        "" => "",
        _ => field,
    };
}
