using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data.Providers;

namespace Torikumi.Data;

/// <summary>Opens the database named by a <see cref="DatabaseConfig"/>, for the CLI and for the web app's services.</summary>
public static class TorikumiDb
{
    /// <summary>A new context on the configured database (the SQLite folder is created if missing).</summary>
    public static TorikumiDbContext CreateContext(DatabaseConfig config, Action<DbContextOptionsBuilder>? configure = null)
    {
        config.EnsureFolder();
        return config.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteTorikumiDbContext(Options<SqliteTorikumiDbContext>(config, configure)),
            _ => new PostgresTorikumiDbContext(Options<PostgresTorikumiDbContext>(config, configure)),
        };
    }

    /// <summary>
    /// Registers <see cref="TorikumiDbContext"/> (scoped, on the configured provider; pooled, so a request reuses a
    /// context instead of building its internal services again), <see cref="PlanStore"/> and <see cref="Search.PlanSearch"/>.
    /// </summary>
    public static IServiceCollection AddTorikumiData(this IServiceCollection services, DatabaseConfig config)
    {
        config.EnsureFolder();
        _ = config.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContextPool<TorikumiDbContext, SqliteTorikumiDbContext>(o => Configure(o, config)),
            _ => services.AddDbContextPool<TorikumiDbContext, PostgresTorikumiDbContext>(o => Configure(o, config)),
        };
        services.AddScoped<PlanStore>();
        services.AddScoped<Search.PlanSearch>();
        return services;
    }

    /// <summary>Brings the schema up to date; safe to call on every start, also from several nodes at once.</summary>
    public static async Task MigrateAsync(this TorikumiDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        // WAL is a property of the file, set once: readers no longer wait for a writer, and writers for readers.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
    }

    static DbContextOptions<T> Options<T>(DatabaseConfig config, Action<DbContextOptionsBuilder>? configure) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Configure(builder, config);
        configure?.Invoke(builder);
        return builder.Options;
    }

    static void Configure(DbContextOptionsBuilder builder, DatabaseConfig config)
    {
        _ = config.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(config.ConnectionString).AddInterceptors(SqliteConnectionSettings.Instance),
            _ => builder.UseNpgsql(PostgresConnectionDefaults.Apply(config.ConnectionString)),
        };
    }
}
