using Torikumi.Data.Entities;

namespace Torikumi.Data.Storage;

/// <summary>
/// The departments and sections of one municipality during an import: existing rows are reused by name, new ones
/// are added to the tracked municipality so they are written in the import's transaction.
/// </summary>
sealed class Organisation(Municipality municipality)
{
    readonly Dictionary<string, Department> departments =
        municipality.Departments.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public Department Department(string name)
    {
        if (!departments.TryGetValue(name, out var department))
        {
            department = new Department { Name = name, Municipality = municipality };
            municipality.Departments.Add(department);
            departments.Add(name, department);
        }
        return department;
    }

    public Section Section(Department department, string name)
    {
        var section = department.Sections.FirstOrDefault(s => s.Name == name);
        if (section is null)
        {
            section = new Section { Name = name, Department = department };
            department.Sections.Add(section);
        }
        return section;
    }
}
