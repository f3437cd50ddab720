using Microsoft.EntityFrameworkCore;
using Torikumi.Data;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// Receipt numbers run per year across every plan (<c>receipt:2026</c>), opinion numbers per plan (<c>opinions:1</c>),
/// in <c>CommentCounters</c>, taken with one upsert. Each counter also looks at the largest number already stored and
/// takes whichever is higher, so a counter that is missing (the first of a year) or behind (a restored database) can
/// never hand out a number twice; the unique indexes on the numbers would refuse it anyway.
/// </summary>
static class IntakeNumbers
{
    sealed class CounterValue
    {
        public string Key { get; set; } = "";
        public int Last { get; set; }
    }

    static string ReceiptSeries(int year) => $"receipt:{year}";

    static string OpinionSeries(int planId) => $"opinions:{planId}";

    /// <summary>Takes <paramref name="count"/> receipt sequences of the year and opinion numbers of the plan; returns the last of each.</summary>
    public static async Task<(int LastSequence, int LastNumber)> TakeAsync(TorikumiDbContext db, int year, int planId, int count,
        CancellationToken ct = default)
    {
        // Only the name of the larger-of-two function is put into the text; every value is a parameter.
        var sql = $$"""
            INSERT INTO "CommentCounters" ("Key", "Last") VALUES
              ({0}, COALESCE((SELECT max("Sequence") FROM "CommentSubmissions" WHERE "ReceiptYear" = {1}), 0) + {4}),
              ({2}, COALESCE((SELECT max("Number") FROM "Opinions" WHERE "PlanId" = {3}), 0) + {4})
            ON CONFLICT ("Key") DO UPDATE SET "Last" = {{Greatest(db)}}("CommentCounters"."Last" + {4}, excluded."Last")
            RETURNING "Key", "Last"
            """;
        var rows = await db.Database.SqlQueryRaw<CounterValue>(sql, ReceiptSeries(year), year, OpinionSeries(planId), planId, count).ToListAsync(ct);
        return (rows.Single(r => r.Key == ReceiptSeries(year)).Last, rows.Single(r => r.Key == OpinionSeries(planId)).Last);
    }

    /// <summary><paramref name="count"/> new opinion numbers of the plan (a split); returns the first.</summary>
    public static async Task<int> TakeOpinionNumbersAsync(TorikumiDbContext db, int planId, int count, CancellationToken ct = default)
    {
        var sql = $$"""
            INSERT INTO "CommentCounters" ("Key", "Last") VALUES
              ({0}, COALESCE((SELECT max("Number") FROM "Opinions" WHERE "PlanId" = {1}), 0) + {2})
            ON CONFLICT ("Key") DO UPDATE SET "Last" = {{Greatest(db)}}("CommentCounters"."Last" + {2}, excluded."Last")
            RETURNING "Key", "Last"
            """;
        var rows = await db.Database.SqlQueryRaw<CounterValue>(sql, OpinionSeries(planId), planId, count).ToListAsync(ct);
        return rows.Single().Last - count + 1;
    }

    /// <summary>SQL's larger-of-two: PostgreSQL's GREATEST, SQLite's two-argument max.</summary>
    static string Greatest(TorikumiDbContext db) => db.Database.IsNpgsql() ? "GREATEST" : "max";
}
