using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class NodeOwnerConfiguration : IEntityTypeConfiguration<NodeOwner>
{
    public void Configure(EntityTypeBuilder<NodeOwner> b)
    {
        b.ToTable("NodeOwners");
        b.HasIndex(o => new { o.NodeId, o.OwnerIndex, o.SectionIndex }).IsUnique();
        // The organisation outlives plan versions: a department or section in use cannot vanish underneath them.
        b.HasOne(o => o.Department).WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Section).WithMany().HasForeignKey(o => o.SectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
