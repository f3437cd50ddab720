using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class CommentSubmissionConfiguration : IEntityTypeConfiguration<CommentSubmission>
{
    public const int ReceiptLength = 32;
    public const int CodeLength = 16;
    public const int DuplicateKeyLength = 160;

    public void Configure(EntityTypeBuilder<CommentSubmission> b)
    {
        b.ToTable("CommentSubmissions");
        b.HasIndex(s => s.ReceiptNumber).IsUnique();
        // The next receipt number of a year is one index look-up (and two submissions can never share one).
        b.HasIndex(s => new { s.ReceiptYear, s.Sequence }).IsUnique();
        // Duplicate detection: the same text on the same item within the period (the unique key for web submissions).
        b.HasIndex(s => new { s.CommentPeriodId, s.Fingerprint });
        b.HasIndex(s => s.DuplicateKey).IsUnique();
        b.Property(s => s.DuplicateKey).HasMaxLength(DuplicateKeyLength);
        // The rate limit reads a client's N-th latest submission (by id: SQLite cannot order instants in SQL).
        b.HasIndex(s => new { s.ClientKey, s.Id });
        b.HasIndex(s => s.PlanId);
        b.HasOne(s => s.CommentPeriod).WithMany().HasForeignKey(s => s.CommentPeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.PersonalData).WithOne(d => d.Submission).HasForeignKey<CommentPersonalData>(d => d.SubmissionId)
            .OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.ReceiptNumber).HasMaxLength(ReceiptLength);
        b.Property(s => s.Channel).HasMaxLength(CodeLength);
        b.Property(s => s.ItemKey).HasMaxLength(ProgressReportConfiguration.KeyLength);
        b.Property(s => s.AddressArea).HasMaxLength(CodeLength);
        b.Property(s => s.AgeGroup).HasMaxLength(CodeLength);
        b.Property(s => s.Fingerprint).HasMaxLength(64);
        b.Property(s => s.ClientKey).HasMaxLength(64);
        b.Property(s => s.EnteredById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(s => s.EnteredByName).HasMaxLength(ProgressReportConfiguration.UserLength);
    }
}
