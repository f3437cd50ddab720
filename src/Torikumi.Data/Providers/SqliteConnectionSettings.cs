using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Torikumi.Data.Providers;

/// <summary>
/// Run on every SQLite connection the app opens: SQLite's own busy handler (<c>busy_timeout</c>), so a writer waiting
/// for the lock retries after 1, 2, 5 … ms instead of Microsoft.Data.Sqlite's fixed 150 ms sleep — with 16 editors
/// saving at once this halved the p95 of a save (docs/performance.md). The file itself is put in WAL mode when it is
/// migrated (<see cref="TorikumiDb.MigrateAsync"/>), so readers never wait for a writer. <c>synchronous</c> stays at its
/// safe default (FULL): a committed report survives a power cut. Reads go through a memory map (<c>mmap_size</c>): in
/// WAL mode a connection's page cache is dropped whenever another connection commits, and re-reading pages with
/// <c>pread</c> then cost a fifth of the CPU of a public comment send under load. Both settings belong to the native
/// connection, which the pool keeps open, so they are set once per native connection, not on every open.
/// </summary>
sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA mmap_size = 268435456;";

    public static readonly SqliteConnectionSettings Instance = new();

    /// <summary>The native connections already set up (weak: a handle the pool closes is forgotten with it).</summary>
    readonly ConditionalWeakTable<object, object> configured = [];

    bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || configured.TryAdd(handle, handle);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection))
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
