using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class DiscardedCandidateConfiguration : IEntityTypeConfiguration<DiscardedCandidate>
{
    /// <summary>An excerpt is a name of at most 30 characters and its figure; the key adds the year.</summary>
    public const int CandidateKeyLength = 300;

    public void Configure(EntityTypeBuilder<DiscardedCandidate> b)
    {
        b.ToTable("DiscardedCandidates");
        // A candidate is discarded once per item and department; the page reads them per item and department.
        b.HasIndex(d => new { d.PlanId, d.ItemKey, d.DepartmentId, d.CandidateKey }).IsUnique();
        b.HasOne(d => d.Plan).WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.ItemKey).HasMaxLength(ProgressReportConfiguration.KeyLength);
        b.Property(d => d.CandidateKey).HasMaxLength(CandidateKeyLength);
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Unit).HasMaxLength(40);
        b.Property(d => d.DiscardedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(d => d.DiscardedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
    }
}
