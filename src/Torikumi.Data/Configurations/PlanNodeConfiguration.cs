using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class PlanNodeConfiguration : IEntityTypeConfiguration<PlanNode>
{
    public void Configure(EntityTypeBuilder<PlanNode> b)
    {
        b.ToTable("Nodes");
        // Later issues (progress, comments, revisions) find an item by version and key.
        b.HasIndex(n => new { n.PlanVersionId, n.Key }).IsUnique();
        b.HasIndex(n => new { n.PlanVersionId, n.Kind });
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.ItemSection).HasConversion<string>().HasMaxLength(16);
        b.HasOne(n => n.Parent).WithMany(n => n.Children).HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Owners).WithOne(o => o.Node).HasForeignKey(o => o.NodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Footnotes).WithOne(f => f.Node).HasForeignKey(f => f.NodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.SectionHeadings).WithOne(h => h.Node).HasForeignKey(h => h.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
