using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Storage;

/// <summary>Each provider's committed migrations build exactly the current model (see docs/database.md to add one).</summary>
public sealed class MigrationTests
{
    [Theory, BothProviders]
    public async Task the_committed_migrations_match_the_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The model changed without a {provider} migration: add one for both providers (docs/database.md).");
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
    }
}

/// <summary>The intake migration fills the new columns of submissions stored before it.</summary>
public sealed class IntakeMigrationTests
{
    const string Before = "AddRevisionsAndPublicComment";

    [Theory, BothProviders]
    public async Task stored_submissions_get_their_receipt_year_and_web_ones_their_duplicate_key(string provider)
    {
        await using var app = await Comments.CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        await app.SendAsync(resident, "移行前の意見です。");
        await app.SendAsync(resident, "計画全体への意見です。", key: null);
        await app.EnterAsync(await app.StaffAsync(Comments.CommentsApp.Reviewer), "郵送で届いた意見です。");
        await using var db = app.Database.NewContext();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        await migrator.MigrateAsync(Before);
        // An older duplicate of the first web submission (the check then was not atomic): it must not get the key too.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "CommentSubmissions" ("CommentPeriodId", "PlanId", "Sequence", "ReceiptNumber", "Channel", "ReceivedAt", "ItemKey",
                "Text", "AddressArea", "AgeGroup", "Fingerprint", "ClientKey", "EnteredById", "EnteredByName")
            SELECT "CommentPeriodId", "PlanId", 99, 'PC2025-00099-0', "Channel", "ReceivedAt", "ItemKey", "Text", "AddressArea", "AgeGroup",
                "Fingerprint", "ClientKey", "EnteredById", "EnteredByName"
            FROM "CommentSubmissions" WHERE "Sequence" = 1
            """);

        await migrator.MigrateAsync();

        db.ChangeTracker.Clear();
        var rows = await db.CommentSubmissions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(int.Parse(r.ReceiptNumber[2..6], System.Globalization.CultureInfo.InvariantCulture), r.ReceiptYear));
        Assert.Equal($"{rows[0].CommentPeriodId}|{Comments.CommentsApp.Item}|{rows[0].Fingerprint}", rows[0].DuplicateKey);
        Assert.Equal($"{rows[1].CommentPeriodId}||{rows[1].Fingerprint}", rows[1].DuplicateKey);
        Assert.Null(rows[2].DuplicateKey);   // entered by staff
        Assert.Null(rows[3].DuplicateKey);   // the older duplicate
        Assert.Equal(2025, rows[3].ReceiptYear);
    }
}
