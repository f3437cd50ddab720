using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class ProgressDeadlineConfiguration : IEntityTypeConfiguration<ProgressDeadline>
{
    public void Configure(EntityTypeBuilder<ProgressDeadline> b)
    {
        b.ToTable("ProgressDeadlines");
        b.HasKey(d => new { d.PlanId, d.FiscalYear });
        b.HasOne(d => d.Plan).WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Property(d => d.UpdatedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(d => d.UpdatedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
    }
}
