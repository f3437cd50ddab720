using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> b)
    {
        b.ToTable("SearchDocuments");
        // Ids are handed out by the indexer (one consecutive range per version), never by the database.
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasIndex(d => d.NodeId).IsUnique();
        b.HasIndex(d => d.PlanVersionId);
        b.HasOne(d => d.Node).WithMany().HasForeignKey(d => d.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
