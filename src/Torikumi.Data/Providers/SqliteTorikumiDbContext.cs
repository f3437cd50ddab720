using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Providers;

/// <summary>The SQLite flavour of <see cref="TorikumiDbContext"/>; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteTorikumiDbContext(DbContextOptions<SqliteTorikumiDbContext> options) : TorikumiDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var node = modelBuilder.Entity<PlanNode>();
        node.Property(n => n.Body).HasConversion(SqliteJson.StringList, SqliteJson.StringListComparer);
        node.Property(n => n.List).HasConversion(SqliteJson.StringList, SqliteJson.StringListComparer);
        node.Property(n => n.BodyAfterList).HasConversion(SqliteJson.StringList, SqliteJson.StringListComparer);
    }
}

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteTorikumiDbContext</c> build the model without an app.</summary>
sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTorikumiDbContext>
{
    public SqliteTorikumiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTorikumiDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
