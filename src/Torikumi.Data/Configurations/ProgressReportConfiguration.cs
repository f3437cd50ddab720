using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    /// <summary>Column limits; the service validates against the smaller limits it documents before anything reaches these.</summary>
    public const int KeyLength = 40;
    public const int CodeLength = 32;
    public const int UserLength = 200;

    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("ProgressReports");
        // One report per item, fiscal year and department.
        b.HasIndex(r => new { r.PlanId, r.ItemKey, r.FiscalYear, r.DepartmentId }).IsUnique();
        // Dashboards and lists read a plan's year at a time.
        b.HasIndex(r => new { r.PlanId, r.FiscalYear, r.State });
        b.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        // The organisation outlives reports: a department with reports cannot vanish underneath them.
        b.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ItemKey).HasMaxLength(KeyLength);
        b.Property(r => r.Sections).AsJson();
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.StatusCode).HasMaxLength(CodeLength);
        b.Property(r => r.Evidence).AsJson();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.CreatedById).HasMaxLength(UserLength);
        b.Property(r => r.CreatedByName).HasMaxLength(UserLength);
        b.Property(r => r.UpdatedById).HasMaxLength(UserLength);
        b.Property(r => r.UpdatedByName).HasMaxLength(UserLength);
    }
}
