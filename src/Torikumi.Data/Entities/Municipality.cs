namespace Torikumi.Data.Entities;

/// <summary>A municipality (自治体: 区・市・町・村) that publishes plans.</summary>
public sealed class Municipality
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Plan> Plans { get; set; } = [];
    public List<Department> Departments { get; set; } = [];
}
