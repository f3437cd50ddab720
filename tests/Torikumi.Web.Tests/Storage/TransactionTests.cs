using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Torikumi.Core.Export;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Storage;

/// <summary>One import is one transaction: a failure half-way leaves the database exactly as it was.</summary>
public sealed class TransactionTests
{
    /// <summary>Fails the first command that writes owners, i.e. after the municipality, plan and organisation were written.</summary>
    sealed class FailOnOwnersInsert : DbCommandInterceptor
    {
        public bool Fired { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            Check(command);
            return base.ReaderExecutingAsync(command, eventData, result, ct);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            Check(command);
            return base.NonQueryExecutingAsync(command, eventData, result, ct);
        }

        void Check(DbCommand command)
        {
            if (command.CommandText.Contains("INSERT INTO \"NodeOwners\"", StringComparison.Ordinal))
            {
                Fired = true;
                throw new InvalidOperationException("injected failure while writing owners");
            }
        }
    }

    [Theory, BothProviders]
    public async Task a_failed_first_import_leaves_an_empty_database(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var failure = new FailOnOwnersInsert();
        await using (var failing = database.NewContext(failure))
        {
            var e = await Assert.ThrowsAsync<DbUpdateException>(() =>
                new PlanStore(failing).ImportAsync(new PlanImport(RichPlan.Build(), "x")));
            Assert.Contains("injected failure", e.InnerException?.Message);
        }

        Assert.True(failure.Fired);
        await using var context = database.NewContext();
        Assert.Equal("0,0,0,0,0,0,0", await RowCounts(context));
    }

    [Theory, BothProviders]
    public async Task a_failed_new_version_leaves_the_stored_versions_and_organisation_as_they_were(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
            await new PlanStore(context).ImportAsync(new PlanImport(RichPlan.Build(), "v1"));
        string before;
        await using (var context = database.NewContext())
            before = await RowCounts(context);

        // v2 brings a department and a section that v1 did not have: they must not survive the failure either.
        var changed = RichPlan.Changed();
        var pillar = changed.Pillars[1];
        var strategy = pillar.Strategies[0];
        var withNewOwner = changed with
        {
            Pillars =
            [
                changed.Pillars[0],
                pillar with { Strategies = [strategy with { Items = [strategy.Items[0] with { Owners = [new("環境部", ["みどり推進課"])] }] }, pillar.Strategies[1]] },
                changed.Pillars[2],
            ],
        };
        await using (var failing = database.NewContext(new FailOnOwnersInsert()))
        {
            var store = new PlanStore(failing);
            await Assert.ThrowsAsync<DbUpdateException>(() => store.ImportAsync(new PlanImport(withNewOwner, "v2")));
        }

        await using (var context = database.NewContext())
        {
            Assert.Equal(before, await RowCounts(context));
            Assert.False(await context.Departments.AnyAsync(d => d.Name == "環境部"));
            var store = new PlanStore(context);
            Assert.Equal([1], (await store.ListVersionsAsync(1)).Select(v => v.Number));
            Assert.Equal(PlanJson.Serialize(RichPlan.Build()), PlanJson.Serialize((await store.LoadAsync(1))!));

            // The same import succeeds once nothing gets in its way, as the next version.
            var retried = await store.ImportAsync(new PlanImport(withNewOwner, "v2"));
            Assert.Equal((ImportStatus.Imported, 2), (retried.Status, retried.VersionNumber));
            await Revisions.TestRevisions.ConfirmAllAsync(context);
            Assert.Equal(PlanJson.Serialize(withNewOwner), PlanJson.Serialize((await store.LoadAsync(1))!));
        }
    }

    [Theory, BothProviders]
    public async Task the_store_is_usable_after_a_failure_on_the_same_context(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var failure = new ToggleFailure();
        await using var context = database.NewContext(failure);
        var store = new PlanStore(context);

        failure.On = true;
        await Assert.ThrowsAsync<DbUpdateException>(() => store.ImportAsync(new PlanImport(RichPlan.Build(), "x")));
        failure.On = false;
        var result = await store.ImportAsync(new PlanImport(RichPlan.Build(), "x"));

        Assert.Equal((ImportStatus.Imported, 1), (result.Status, result.VersionNumber));
        Assert.Equal(1, await context.Municipalities.CountAsync());
        Assert.Equal(1, await context.PlanVersions.CountAsync());
    }

    sealed class ToggleFailure : DbCommandInterceptor
    {
        public bool On { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default) =>
            On && command.CommandText.Contains("INSERT INTO \"Nodes\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("injected failure while writing nodes")
                : base.ReaderExecutingAsync(command, eventData, result, ct);
    }

    static async Task<string> RowCounts(TorikumiDbContext db) =>
        string.Join(",", await db.Municipalities.CountAsync(), await db.Plans.CountAsync(), await db.PlanVersions.CountAsync(),
            await db.Nodes.CountAsync(), await db.NodeOwners.CountAsync(), await db.Departments.CountAsync(), await db.Sections.CountAsync());
}
