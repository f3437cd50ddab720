using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Torikumi.Bench.Progress;

/// <summary>
/// For the comparison <c>--sqlite-tuned</c>: on every connection, SQLite's own busy handler (<c>busy_timeout</c>: a writer
/// waiting for the lock retries after 1, 2, 5 … ms instead of Microsoft.Data.Sqlite's fixed 150 ms sleep) and
/// <c>synchronous=NORMAL</c> (in WAL mode, commits no longer wait for a sync; a power cut may lose the last commits but
/// never corrupts the file). What the app would set when it opens a connection, measured here before proposing it.
/// </summary>
sealed class SqlitePragmas : DbConnectionInterceptor
{
    const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
