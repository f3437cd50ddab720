using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Torikumi.Data.Configurations;

/// <summary>
/// The key ring that protects sign-in cookies and anti-forgery tokens, shared by every web node on one database (a
/// cookie issued by one node must open on the next).
/// </summary>
sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b) => b.ToTable("DataProtectionKeys");
}
