using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        // The trail of an item is read in order of writing (Id), per plan.
        b.HasIndex(a => new { a.PlanId, a.ItemKey, a.Id });
        b.Property(a => a.UserId).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(a => a.UserName).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(a => a.ItemKey).HasMaxLength(ProgressReportConfiguration.KeyLength);
        b.Property(a => a.Department).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(32);
    }
}
