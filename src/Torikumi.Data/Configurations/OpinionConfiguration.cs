using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> b)
    {
        b.ToTable("Opinions");
        b.HasIndex(o => new { o.PlanId, o.Number }).IsUnique();
        b.HasIndex(o => new { o.CommentPeriodId, o.State });
        b.HasIndex(o => o.SubmissionId);
        b.HasIndex(o => new { o.ReflectedVersionId, o.ReflectedItemKey });
        b.HasOne(o => o.CommentPeriod).WithMany().HasForeignKey(o => o.CommentPeriodId).OnDelete(DeleteBehavior.Cascade);
        // Two cascade paths from the period would be refused by some engines; the submission goes with its period.
        b.HasOne(o => o.Submission).WithMany().HasForeignKey(o => o.SubmissionId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(o => o.Department).WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Opinion>().WithMany().HasForeignKey(o => o.MergedIntoId).OnDelete(DeleteBehavior.NoAction);
        b.Property(o => o.ItemKey).HasMaxLength(ProgressReportConfiguration.KeyLength);
        b.Property(o => o.ReflectedItemKey).HasMaxLength(ProgressReportConfiguration.KeyLength);
        b.Property(o => o.Summary).HasMaxLength(4000);
        b.Property(o => o.DraftAnswer).HasMaxLength(8000);
        b.Property(o => o.View).HasMaxLength(8000);
        b.Property(o => o.Classification).HasMaxLength(CommentSubmissionConfiguration.CodeLength);
        b.Property(o => o.State).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.ApprovedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(o => o.ApprovedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(o => o.UpdatedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(o => o.UpdatedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(o => o.Version).IsConcurrencyToken();
    }
}
