using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.ToTable("Municipalities");
        b.HasIndex(m => m.Name).IsUnique();
        // Removing a municipality is deliberate: its plans and organisation go first, explicitly.
        b.HasMany(m => m.Plans).WithOne(p => p.Municipality).HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Departments).WithOne(d => d.Municipality).HasForeignKey(d => d.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
