using Microsoft.EntityFrameworkCore;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Storage;

/// <summary>Japanese is stored as written, not as escapes, so the database stays readable and searchable with SQL.</summary>
public sealed class StoredTextTests
{
    [Theory, BothProviders]
    public async Task paragraphs_are_stored_as_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        await new PlanStore(context).ImportAsync(new PlanImport(RichPlan.Build(), "source"));

        var sql = database.Config.Provider == DatabaseProvider.Sqlite
            ? """SELECT "Body" || "List" AS "Value" FROM "Nodes" WHERE "Key" = '1-1'"""
            : """SELECT array_to_string("Body" || "List", '|') AS "Value" FROM "Nodes" WHERE "Key" = '1-1'""";
        var stored = await context.Database.SqlQueryRaw<string>(sql).SingleAsync();

        Assert.Contains("待機児童ゼロを継続するため、保育所を整備します。", stored);
        Assert.Contains("AI・RPAの活用により事務を効率化します。", stored);
    }
}
