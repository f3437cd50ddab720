using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class PlanStatusScaleConfiguration : IEntityTypeConfiguration<PlanStatusScale>
{
    public void Configure(EntityTypeBuilder<PlanStatusScale> b)
    {
        b.ToTable("PlanStatusScales");
        b.HasKey(s => s.PlanId);
        b.HasOne(s => s.Plan).WithOne().HasForeignKey<PlanStatusScale>(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Statuses).AsJson();
        b.Property(s => s.SuggestReached).HasMaxLength(ProgressReportConfiguration.CodeLength);
        b.Property(s => s.SuggestNearly).HasMaxLength(ProgressReportConfiguration.CodeLength);
        b.Property(s => s.SuggestBehind).HasMaxLength(ProgressReportConfiguration.CodeLength);
        b.Property(s => s.UpdatedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(s => s.UpdatedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
    }
}
