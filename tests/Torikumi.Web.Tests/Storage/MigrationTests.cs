using Microsoft.EntityFrameworkCore;
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
