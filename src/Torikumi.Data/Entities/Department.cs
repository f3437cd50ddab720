namespace Torikumi.Data.Entities;

/// <summary>A department (部, 室, 局 …) of a municipality's organisation; owners of items refer to it.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;
    public required string Name { get; set; }
    public List<Section> Sections { get; set; } = [];
}
