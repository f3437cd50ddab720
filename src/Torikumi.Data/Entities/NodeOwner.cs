namespace Torikumi.Data.Entities;

/// <summary>
/// One implementing department (事業実施課) of a node, or one of its sections: a row per section, or a single row
/// without a section when the department is listed alone. <see cref="OwnerIndex"/> keeps the printed order of
/// the owners and <see cref="SectionIndex"/> the order of sections within one owner.
/// </summary>
public sealed class NodeOwner
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public PlanNode Node { get; set; } = null!;
    public int OwnerIndex { get; set; }
    public int SectionIndex { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
}
