using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class CommentCounterConfiguration : IEntityTypeConfiguration<CommentCounter>
{
    public void Configure(EntityTypeBuilder<CommentCounter> b)
    {
        b.ToTable("CommentCounters");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(64);
    }
}
