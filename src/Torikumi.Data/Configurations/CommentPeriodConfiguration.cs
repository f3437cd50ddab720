using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class CommentPeriodConfiguration : IEntityTypeConfiguration<CommentPeriod>
{
    public void Configure(EntityTypeBuilder<CommentPeriod> b)
    {
        b.ToTable("CommentPeriods");
        // One period per version: a second round of comment is on the next version (案 after 素案).
        b.HasIndex(p => p.PlanVersionId).IsUnique();
        b.HasIndex(p => p.PlanId);
        b.HasOne(p => p.Plan).WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        // The version outlives nothing here: deleting a plan deletes its versions and their periods through the plan.
        b.HasOne(p => p.PlanVersion).WithMany().HasForeignKey(p => p.PlanVersionId).OnDelete(DeleteBehavior.NoAction);
        b.Property(p => p.HowToSubmit).HasMaxLength(2000);
        b.Property(p => p.Contact).HasMaxLength(1000);
        b.Property(p => p.ShortPeriodReason).HasMaxLength(1000);
        b.Property(p => p.ResultPublishedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(p => p.ResultPublishedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Property(p => p.CreatedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(p => p.CreatedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(p => p.UpdatedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(p => p.UpdatedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
    }
}
