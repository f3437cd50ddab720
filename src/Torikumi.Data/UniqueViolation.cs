using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Torikumi.Data;

/// <summary>Recognises a save refused by a unique index, on either database, so a caller can explain it instead of failing.</summary>
public static class UniqueViolation
{
    /// <summary>True when <paramref name="e"/> was caused by the unique index on <paramref name="table"/>.<paramref name="column"/>.</summary>
    public static bool On(DbUpdateException e, string table, string column) => e.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE: "UNIQUE constraint failed: Table.Column"
        SqliteException { SqliteExtendedErrorCode: 2067 } s => s.Message.Contains($"{table}.{column}", StringComparison.Ordinal),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } p => p.ConstraintName == $"IX_{table}_{column}",
        _ => false,
    };
}
