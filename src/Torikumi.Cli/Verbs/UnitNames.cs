using Torikumi.Web.Accounts;

namespace Torikumi.Cli.Verbs;

/// <summary>
/// Turns <c>--department 企画部</c> and <c>--section 企画部/企画課</c> into units of the stored organisation, or into
/// messages that list what is there to choose from.
/// </summary>
static class UnitNames
{
    public static List<UnitChoice>? Resolve(IReadOnlyList<OrgDepartment> organisation, string? municipality,
        IEnumerable<string> departments, IEnumerable<string> sections, TextWriter error)
    {
        if (organisation.Count == 0 && (departments.Any() || sections.Any()))
        {
            error.WriteLine("No departments are stored yet: they come from imported plans. Import a plan first (torikumi import FILE).");
            return null;
        }
        var known = organisation.ToList();
        if (municipality is not null)
        {
            known = [.. known.Where(d => d.Municipality == municipality.Trim())];
            if (known.Count == 0)
            {
                error.WriteLine($"Unknown municipality 「{municipality}」. Known: {string.Join(", ", organisation.Select(d => d.Municipality).Distinct())}.");
                return null;
            }
        }
        var units = new List<UnitChoice>();
        var ok = true;
        foreach (var name in departments)
        {
            if (FindDepartment(known, name.Trim(), error) is { } department)
                units.Add(new UnitChoice(department.Id, null));
            else
                ok = false;
        }
        foreach (var path in sections)
        {
            var parts = path.Split(['/', '／'], 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                error.WriteLine($"--section 「{path}」: give the department and the section as 部/課, e.g. --section 企画部/企画課.");
                ok = false;
                continue;
            }
            if (FindDepartment(known, parts[0], error) is not { } department)
            {
                ok = false;
                continue;
            }
            if (department.Sections.FirstOrDefault(s => s.Name == parts[1]) is { } section)
                units.Add(new UnitChoice(department.Id, section.Id));
            else
            {
                error.WriteLine($"Unknown section 「{parts[1]}」 in {department.Name}. Its sections: {string.Join("、", department.Sections.Select(s => s.Name))}.");
                ok = false;
            }
        }
        return ok ? units : null;
    }

    static OrgDepartment? FindDepartment(List<OrgDepartment> known, string name, TextWriter error)
    {
        var matches = known.Where(d => d.Name == name).ToList();
        if (matches.Count == 1)
            return matches[0];
        if (matches.Count == 0)
            error.WriteLine($"Unknown department 「{name}」. Known departments: {string.Join("、", known.Select(d => d.Name).Distinct())}.");
        else
            error.WriteLine($"「{name}」 exists in several municipalities ({string.Join(", ", matches.Select(d => d.Municipality))}): add --municipality NAME.");
        return null;
    }
}
