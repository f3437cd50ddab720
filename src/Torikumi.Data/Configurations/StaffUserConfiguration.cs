using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torikumi.Data.Accounts;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Configurations;

/// <summary>
/// Staff accounts and the Identity tables around them, named like the rest of the schema. Identity's own mapping (keys,
/// lengths, unique normalised names) comes from the base context; this adds our columns and names.
/// </summary>
sealed class StaffUserConfiguration :
    IEntityTypeConfiguration<StaffUser>,
    IEntityTypeConfiguration<IdentityRole>,
    IEntityTypeConfiguration<IdentityUserRole<string>>,
    IEntityTypeConfiguration<IdentityUserClaim<string>>,
    IEntityTypeConfiguration<IdentityUserLogin<string>>,
    IEntityTypeConfiguration<IdentityUserToken<string>>,
    IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.ToTable("StaffUsers");
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.Ignore(u => u.IsDisabled);
        b.HasMany(u => u.Scope).WithOne(s => s.User).HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(u => u.AccessTokens).WithOne(t => t.User).HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<IdentityRole> b)
    {
        b.ToTable("StaffRoles");
        // Seeded with fixed ids and stamps: the roles are part of the schema, not of an installation's data.
        b.HasData(StaffRoles.All.Select(role => new IdentityRole
        {
            Id = StaffRoles.IdOf(role),
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = StaffRoles.IdOf(role),
        }));
    }

    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> b) => b.ToTable("StaffUserRoles");
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> b) => b.ToTable("StaffUserClaims");
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> b) => b.ToTable("StaffUserLogins");
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> b) => b.ToTable("StaffUserTokens");
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> b) => b.ToTable("StaffRoleClaims");
}
