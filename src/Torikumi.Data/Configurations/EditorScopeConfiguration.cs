using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class EditorScopeConfiguration : IEntityTypeConfiguration<EditorScope>
{
    public void Configure(EntityTypeBuilder<EditorScope> b)
    {
        b.ToTable("EditorScopes");
        b.HasIndex(s => new { s.UserId, s.DepartmentId, s.SectionId });
        // The organisation outlives accounts: a department or section someone is scoped to cannot vanish underneath.
        b.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Section).WithMany().HasForeignKey(s => s.SectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
