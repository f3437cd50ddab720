using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class SearchFacetValueConfiguration : IEntityTypeConfiguration<SearchFacetValue>
{
    public void Configure(EntityTypeBuilder<SearchFacetValue> b)
    {
        b.ToTable("SearchFacetValues");
        b.HasIndex(v => new { v.Kind, v.Value }).IsUnique();
        b.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
