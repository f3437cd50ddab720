namespace Torikumi.Data.Entities;

/// <summary>A section (課, センター, 所 …) of a department.</summary>
public sealed class Section
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public required string Name { get; set; }
}
