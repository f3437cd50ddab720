namespace Torikumi.Data.Entities;

/// <summary>
/// One unit a department editor (所管課の入力担当) may write progress for: a whole department (部), or one section (課)
/// of it when <see cref="SectionId"/> is set. The municipality is the department's.
/// </summary>
public sealed class EditorScope
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public StaffUser User { get; set; } = null!;
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
}
