using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class SearchIndexStateConfiguration : IEntityTypeConfiguration<SearchIndexState>
{
    public void Configure(EntityTypeBuilder<SearchIndexState> b)
    {
        b.ToTable("SearchIndexState");
        b.Property(s => s.Id).ValueGeneratedNever();
    }
}
