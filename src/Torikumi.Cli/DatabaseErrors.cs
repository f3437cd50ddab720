using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Torikumi.Data;

namespace Torikumi.Cli;

/// <summary>Turns a failure of the database itself into one clear line instead of a stack trace.</summary>
static class DatabaseErrors
{
    public static bool IsDatabaseFailure(Exception e) =>
        e is DbException or DbUpdateException or TimeoutException
        || e is InvalidOperationException { InnerException: DbException or TimeoutException };

    public static int Report(Exception e, DatabaseConfig config, TextWriter error)
    {
        var inner = e.InnerException is { } i && e is DbUpdateException or InvalidOperationException ? i : e;
        error.WriteLine($"Database error on {config.Display}: {inner.Message}");
        error.WriteLine("Check that the database is reachable and the setting (--db or TORIKUMI_DB) is right; nothing was changed.");
        return ExitCodes.Failed;
    }
}
