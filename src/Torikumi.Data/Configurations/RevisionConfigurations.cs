using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class RevisionMatchSetConfiguration : IEntityTypeConfiguration<RevisionMatchSet>
{
    public void Configure(EntityTypeBuilder<RevisionMatchSet> b)
    {
        b.ToTable("RevisionMatchSets");
        // One set per new version; the staff list reads a plan's sets.
        b.HasIndex(s => s.NewVersionId).IsUnique();
        b.HasIndex(s => new { s.PlanId, s.State });
        b.HasOne(s => s.Plan).WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        // Versions are deleted only with their plan (which cascades to the set), so these never cascade themselves.
        b.HasOne(s => s.OldVersion).WithMany().HasForeignKey(s => s.OldVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.NewVersion).WithMany().HasForeignKey(s => s.NewVersionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.ConfirmedById).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(s => s.ConfirmedByName).HasMaxLength(ProgressReportConfiguration.UserLength);
        b.Property(s => s.CarriedOver).HasMaxLength(1000);
        b.HasMany(s => s.Matches).WithOne(m => m.Set).HasForeignKey(m => m.SetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.OrganisationChanges).WithOne(c => c.Set).HasForeignKey(c => c.SetId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class RevisionItemMatchConfiguration : IEntityTypeConfiguration<RevisionItemMatch>
{
    public void Configure(EntityTypeBuilder<RevisionItemMatch> b)
    {
        b.ToTable("RevisionItemMatches");
        b.HasIndex(m => new { m.SetId, m.Position });
        b.Property(m => m.Kind).HasMaxLength(16);
        b.Property(m => m.OldKeys).AsJson();
        b.Property(m => m.NewKeys).AsJson();
        b.Property(m => m.Changes).AsJson();
    }
}

sealed class RevisionOrganisationChangeConfiguration : IEntityTypeConfiguration<RevisionOrganisationChange>
{
    public void Configure(EntityTypeBuilder<RevisionOrganisationChange> b)
    {
        b.ToTable("RevisionOrganisationChanges");
        b.HasIndex(c => new { c.SetId, c.Position });
        b.Property(c => c.Kind).HasMaxLength(16);
        b.Property(c => c.Old).AsJson();
        b.Property(c => c.New).AsJson();
    }
}
