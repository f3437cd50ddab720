using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class SearchPostingConfiguration : IEntityTypeConfiguration<SearchPosting>
{
    public void Configure(EntityTypeBuilder<SearchPosting> b)
    {
        b.ToTable("SearchPostings");
        b.HasKey(p => new { p.Gram, p.Chunk });
        // A gram is one or two characters: at most four UTF-16 units (two astral-plane kanji).
        b.Property(p => p.Gram).HasMaxLength(4);
        b.Property(p => p.Chunk).ValueGeneratedNever();
    }
}
