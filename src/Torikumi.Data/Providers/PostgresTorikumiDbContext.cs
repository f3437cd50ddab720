using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Torikumi.Data.Providers;

/// <summary>The PostgreSQL flavour of <see cref="TorikumiDbContext"/>; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresTorikumiDbContext(DbContextOptions<PostgresTorikumiDbContext> options) : TorikumiDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresTorikumiDbContext</c> build the model; it never connects.</summary>
sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTorikumiDbContext>
{
    public PostgresTorikumiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTorikumiDbContext>().UseNpgsql("Host=localhost;Database=torikumi").Options);
}
