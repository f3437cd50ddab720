using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class NodeSectionHeadingConfiguration : IEntityTypeConfiguration<NodeSectionHeading>
{
    public void Configure(EntityTypeBuilder<NodeSectionHeading> b)
    {
        b.ToTable("NodeSectionHeadings");
        b.HasIndex(h => new { h.NodeId, h.Position }).IsUnique();
        b.Property(h => h.Section).HasConversion<string>().HasMaxLength(16);
    }
}
