using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class CommentPersonalDataConfiguration : IEntityTypeConfiguration<CommentPersonalData>
{
    public void Configure(EntityTypeBuilder<CommentPersonalData> b)
    {
        b.ToTable("CommentPersonalData");
        b.HasKey(d => d.SubmissionId);
        b.Property(d => d.SubmissionId).ValueGeneratedNever();
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Address).HasMaxLength(500);
        b.Property(d => d.Email).HasMaxLength(254);
    }
}
