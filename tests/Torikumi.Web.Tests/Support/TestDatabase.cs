using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Torikumi.Data;

namespace Torikumi.Web.Tests.Support;

/// <summary>
/// A fresh, migrated database for one test: a temp SQLite file, or a PostgreSQL database with a unique name on the
/// cluster named by <c>TORIKUMI_TEST_POSTGRES</c>. Disposing deletes it, so no test sees another's leftovers.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "TORIKUMI_TEST_POSTGRES";
    public const string PostgresNotConfigured = "PostgreSQL not configured: run ./scripts/test.sh";

    readonly string? adminConnectionString;
    readonly string? databaseName;

    TestDatabase(DatabaseConfig config, string setting, string? adminConnectionString = null, string? databaseName = null)
    {
        Config = config;
        Setting = setting;
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
    }

    public DatabaseConfig Config { get; }

    /// <summary>The value to pass as <c>--db</c>.</summary>
    public string Setting { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = provider switch
        {
            Providers.Sqlite => CreateSqlite(),
            Providers.Postgres => CreatePostgres(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
        };
        await using var context = database.NewContext();
        await context.MigrateAsync();
        return database;
    }

    static TestDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"torikumi-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseConfig.Sqlite(path), "sqlite:" + path);
    }

    static TestDatabase CreatePostgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Fail(PostgresNotConfigured);
        var name = $"torikumi_test_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        return new TestDatabase(DatabaseConfig.Postgres(connectionString), "postgres:" + connectionString, admin, name);
    }

    public TorikumiDbContext NewContext(params IInterceptor[] interceptors) =>
        TorikumiDb.CreateContext(Config, o =>
        {
            if (interceptors.Length > 0)
                o.AddInterceptors(interceptors);
        });

    public async ValueTask DisposeAsync()
    {
        if (Config.Provider == DatabaseProvider.Sqlite)
        {
            using (var connection = new SqliteConnection(Config.ConnectionString))
                SqliteConnection.ClearPool(connection);
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(Config.SqlitePath + suffix);
            return;
        }
        using (var connection = new NpgsqlConnection(Config.ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
