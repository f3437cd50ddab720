using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Torikumi.Data;

/// <summary>Which database engine stores the plans.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The database setting: <c>sqlite:PATH</c> (the default, <c>sqlite:./data/torikumi.db</c>) or
/// <c>postgres:Host=…;Database=…;Username=…</c>. Given with <c>--db</c> or the <c>TORIKUMI_DB</c> variable.
/// </summary>
public sealed record DatabaseConfig
{
    public const string EnvironmentVariable = "TORIKUMI_DB";
    public const string DefaultSetting = "sqlite:./data/torikumi.db";

    const string Expected =
        "expected sqlite:PATH (e.g. sqlite:./data/torikumi.db) or postgres:CONNECTION-STRING " +
        "(e.g. \"postgres:Host=localhost;Database=torikumi;Username=torikumi\"); " +
        "set it with --db or the TORIKUMI_DB environment variable";

    DatabaseConfig(DatabaseProvider provider, string connectionString, string? sqlitePath)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The provider's own connection string (a full path for SQLite).</summary>
    public string ConnectionString { get; }

    /// <summary>The absolute path of the SQLite file; null for PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The setting as it could be written back, with any password hidden (safe to print).</summary>
    public string Display => Provider switch
    {
        DatabaseProvider.Sqlite => $"sqlite:{SqlitePath}",
        _ => "postgres:" + HidePassword(ConnectionString),
    };

    public override string ToString() => Display;

    public static DatabaseConfig Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        var cs = new SqliteConnectionStringBuilder { DataSource = full }.ToString();
        return new DatabaseConfig(DatabaseProvider.Sqlite, cs, full);
    }

    public static DatabaseConfig Postgres(string connectionString) =>
        Parse("postgres:" + connectionString);

    /// <summary>The setting to use: the option if given, else <c>TORIKUMI_DB</c>, else the default.</summary>
    public static DatabaseConfig Resolve(string? option) =>
        Resolve(option, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>As <see cref="Resolve(string?)"/>, with the value of <c>TORIKUMI_DB</c> given.</summary>
    public static DatabaseConfig Resolve(string? option, string? environmentValue) =>
        Parse(!string.IsNullOrWhiteSpace(option) ? option
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
            : DefaultSetting);

    /// <exception cref="DatabaseConfigException">The setting names no known provider or is malformed.</exception>
    public static DatabaseConfig Parse(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var s = setting.Trim();
        var colon = s.IndexOf(':');
        if (colon <= 0)
            throw new DatabaseConfigException($"Database setting \"{setting}\" names no provider: {Expected}.");
        var scheme = s[..colon].ToLowerInvariant();
        var rest = s[(colon + 1)..].Trim();
        return scheme switch
        {
            "sqlite" => ParseSqlite(setting, rest),
            "postgres" or "postgresql" => ParsePostgres(setting, rest),
            _ => throw new DatabaseConfigException(
                $"Database setting \"{setting}\" names an unknown provider \"{s[..colon]}\": {Expected}."),
        };
    }

    static DatabaseConfig ParseSqlite(string setting, string path)
    {
        if (path.Length == 0)
            throw new DatabaseConfigException($"Database setting \"{setting}\" gives no file: write sqlite:PATH, e.g. sqlite:./data/torikumi.db.");
        if (path.Contains('=') || path.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
            throw new DatabaseConfigException(
                $"Database setting \"{setting}\": after sqlite: give the path of the database file " +
                "(e.g. sqlite:./data/torikumi.db), not a connection string or an in-memory database.");
        try
        {
            return Sqlite(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new DatabaseConfigException($"Database setting \"{setting}\": \"{path}\" is not a usable file path ({e.Message}).");
        }
    }

    static DatabaseConfig ParsePostgres(string setting, string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new DatabaseConfigException(
                $"Database setting \"{HidePassword(setting)}\" is not a valid PostgreSQL connection string ({e.Message}); " +
                "write it as postgres:Host=HOST;Port=5432;Database=NAME;Username=USER;Password=…");
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new DatabaseConfigException(
                $"Database setting \"{HidePassword(setting)}\" gives no Host: write it as postgres:Host=HOST;Database=NAME;Username=USER.");
        return new DatabaseConfig(DatabaseProvider.Postgres, builder.ConnectionString, null);
    }

    // A regex rather than the Npgsql builder, so that even a malformed setting can be echoed in an error safely.
    static string HidePassword(string connectionString) =>
        Regex.Replace(connectionString, @"(?i)\b(password|pwd)\s*=\s*[^;]*", "$1=***");

    /// <summary>Creates the folder of the SQLite file, so a first start on a fresh checkout just works.</summary>
    public void EnsureFolder()
    {
        if (SqlitePath is not null && Path.GetDirectoryName(SqlitePath) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
    }
}

/// <summary>A database setting that cannot be used; the message says what was expected.</summary>
public sealed class DatabaseConfigException(string message) : Exception(message);
