using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class NodeFootnoteConfiguration : IEntityTypeConfiguration<NodeFootnote>
{
    public void Configure(EntityTypeBuilder<NodeFootnote> b)
    {
        b.ToTable("NodeFootnotes");
        b.HasIndex(f => new { f.NodeId, f.Position }).IsUnique();
    }
}
