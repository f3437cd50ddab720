using System.Data.Common;
using Npgsql;

namespace Torikumi.Data.Providers;

/// <summary>
/// Npgsql settings the app uses unless the connection string sets them itself: statements used again and again (every
/// page's and every send's queries) are prepared once per connection (<c>Max Auto Prepare</c>), and a connection going
/// back to the pool is not reset (<c>No Reset On Close</c>: the app leaves no session state behind). Together they took
/// the public comment load test on PostgreSQL from 690 to 870 sends a second (docs/performance.md).
/// </summary>
public static class PostgresConnectionDefaults
{
    static readonly (string Key, string Value)[] Defaults =
    [
        ("Max Auto Prepare", "100"),
        ("Auto Prepare Min Usages", "2"),
        ("No Reset On Close", "true"),
    ];

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var present = given.Keys.Cast<string>().Select(Normal).ToHashSet();
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (key, value) in Defaults)
            if (!present.Contains(Normal(key)))
                tuned[key] = value;
        return tuned.ConnectionString;
    }

    static string Normal(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
