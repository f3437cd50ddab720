using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class SearchVersionConfiguration : IEntityTypeConfiguration<SearchVersion>
{
    public void Configure(EntityTypeBuilder<SearchVersion> b)
    {
        b.ToTable("SearchVersions");
        b.HasKey(v => v.PlanVersionId);
        b.Property(v => v.PlanVersionId).ValueGeneratedNever();
        b.HasOne(v => v.PlanVersion).WithOne().HasForeignKey<SearchVersion>(v => v.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        // Every search reads the id ranges of all current versions: this index covers that read, so the facet blobs
        // in the rows are not touched until the hits are known.
        b.HasIndex(v => new { v.Current, v.FirstDocumentId, v.DocumentCount, v.PlanId, v.PlanVersionId }).HasDatabaseName("IX_SearchVersions_CurrentRanges");
        b.HasIndex(v => new { v.PlanId, v.Number });
    }
}
