using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class ReportIndicatorConfiguration : IEntityTypeConfiguration<ReportIndicator>
{
    public void Configure(EntityTypeBuilder<ReportIndicator> b)
    {
        b.ToTable("ReportIndicators");
        b.HasIndex(i => new { i.PlanId, i.ItemKey, i.DepartmentId, i.Position });
        b.HasOne(i => i.Plan).WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Department).WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.ItemKey).HasMaxLength(ProgressReportConfiguration.KeyLength);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Unit).HasMaxLength(40);
        b.Property(i => i.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Targets).AsJson();
        b.Property(i => i.Actuals).AsJson();
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Property(i => i.UpdatedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(i => i.UpdatedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
    }
}
