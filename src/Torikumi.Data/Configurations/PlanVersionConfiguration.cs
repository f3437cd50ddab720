using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class PlanVersionSourceConfiguration : IEntityTypeConfiguration<PlanVersionSource>
{
    public void Configure(EntityTypeBuilder<PlanVersionSource> b)
    {
        b.ToTable("PlanVersions");
        b.Property(s => s.Text).HasColumnName("SourceText");
    }
}

sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.ToTable("PlanVersions");
        b.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.PlanId, v.ContentHash });
        b.Property(v => v.ContentHash).HasMaxLength(64).IsFixedLength();
        b.Property(v => v.SourceFormat).HasMaxLength(8);
        // AwaitingConfirmation is false for existing rows (the column's default), so they stay public.
        b.Property(v => v.ConfirmedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
        // Table splitting: the source text is the column SourceText of this table, read only when included.
        b.HasOne(v => v.Source).WithOne().HasForeignKey<PlanVersionSource>(s => s.Id);
        b.Navigation(v => v.Source).IsRequired();
        b.HasMany(v => v.Nodes).WithOne(n => n.PlanVersion).HasForeignKey(n => n.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
