using Microsoft.EntityFrameworkCore;

namespace Torikumi.Web.Features.Comments;

public sealed partial class PublicComments
{
    /// <summary>A row the counter upsert returns.</summary>
    sealed class CounterValue
    {
        public string Key { get; set; } = "";
        public int Last { get; set; }
    }

    static string ReceiptSeries(int year) => $"receipt:{year}";

    static string OpinionSeries(int planId) => $"opinions:{planId}";

    /// <summary>
    /// The next receipt sequence of <paramref name="year"/> (across every plan) and the next opinion number of the plan,
    /// in one upsert on <c>CommentCounters</c>. Each counter also looks at the largest number already stored and takes
    /// whichever is higher, so a counter that is missing (the first of a year) or behind (a restored database) can
    /// never hand out a number twice; the unique indexes on the numbers would refuse it anyway.
    /// </summary>
    async Task<(int Sequence, int Number)> TakeIntakeNumbersAsync(int year, int planId, CancellationToken ct)
    {
        // Only the name of the larger-of-two function is put into the text; every value is a parameter.
        var sql = $$"""
            INSERT INTO "CommentCounters" ("Key", "Last") VALUES
              ({0}, COALESCE((SELECT max("Sequence") FROM "CommentSubmissions" WHERE "ReceiptYear" = {1}), 0) + 1),
              ({2}, COALESCE((SELECT max("Number") FROM "Opinions" WHERE "PlanId" = {3}), 0) + 1)
            ON CONFLICT ("Key") DO UPDATE SET "Last" = {{Greatest}}("CommentCounters"."Last" + 1, excluded."Last")
            RETURNING "Key", "Last"
            """;
        var rows = await db.Database.SqlQueryRaw<CounterValue>(sql, ReceiptSeries(year), year, OpinionSeries(planId), planId).ToListAsync(ct);
        return (rows.Single(r => r.Key == ReceiptSeries(year)).Last, rows.Single(r => r.Key == OpinionSeries(planId)).Last);
    }

    /// <summary><paramref name="count"/> new opinion numbers of the plan (a split); returns the first.</summary>
    async Task<int> TakeOpinionNumbersAsync(int planId, int count, CancellationToken ct)
    {
        var sql = $$"""
            INSERT INTO "CommentCounters" ("Key", "Last") VALUES
              ({0}, COALESCE((SELECT max("Number") FROM "Opinions" WHERE "PlanId" = {1}), 0) + {2})
            ON CONFLICT ("Key") DO UPDATE SET "Last" = {{Greatest}}("CommentCounters"."Last" + {2}, excluded."Last")
            RETURNING "Key", "Last"
            """;
        var rows = await db.Database.SqlQueryRaw<CounterValue>(sql, OpinionSeries(planId), planId, count).ToListAsync(ct);
        return rows.Single().Last - count + 1;
    }

    /// <summary>SQL's larger-of-two: PostgreSQL's GREATEST, SQLite's two-argument max.</summary>
    string Greatest => db.Database.IsNpgsql() ? "GREATEST" : "max";
}
