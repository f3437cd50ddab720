using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Export;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Storage;

/// <summary>Plan identity and versions: same content changes nothing, changed content is the next version.</summary>
public sealed class VersioningTests
{
    [Theory, BothProviders]
    public async Task importing_the_same_content_again_changes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);

        var first = await store.ImportAsync(new PlanImport(RichPlan.Build(), "text as read"));
        var rowsBefore = await RowCounts(context);
        // Different source bytes (say, Shift_JIS instead of UTF-8) but the same plan: still unchanged.
        var again = await store.ImportAsync(new PlanImport(RichPlan.Build(), "the same plan, other source") { SourceEncoding = "shift_jis" });

        Assert.Equal(ImportStatus.Imported, first.Status);
        Assert.Equal(1, first.VersionNumber);
        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(1, again.VersionNumber);
        Assert.Equal(first.PlanId, again.PlanId);
        Assert.StartsWith("unchanged: same as version 1", again.ToString());
        Assert.Equal(rowsBefore, await RowCounts(context));
    }

    [Theory, BothProviders]
    public async Task changed_content_becomes_the_next_version(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);

        var first = await store.ImportAsync(new PlanImport(RichPlan.Build(), "v1"));
        var second = await store.ImportAsync(new PlanImport(RichPlan.Changed(), "v2"));
        await Revisions.TestRevisions.ConfirmAllAsync(context);
        var firstAgain = await store.ImportAsync(new PlanImport(RichPlan.Build(), "v1 again"));

        Assert.Equal((ImportStatus.Imported, 2), (second.Status, second.VersionNumber));
        Assert.Equal(first.PlanId, second.PlanId);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal((ImportStatus.Unchanged, 1), (firstAgain.Status, firstAgain.VersionNumber));
        Assert.Equal([1, 2], (await store.ListVersionsAsync(first.PlanId)).Select(v => v.Number));
        Assert.Equal(1, await context.Plans.CountAsync());
        Assert.Equal(1, await context.Municipalities.CountAsync());
    }

    [Theory, BothProviders]
    public async Task stages_of_one_plan_are_versions_of_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);
        var draft = RichPlan.Build();
        var proposal = draft with { Title = draft.Title.Replace("【素案】", "【案】"), Stage = "案" };

        var v1 = await store.ImportAsync(new PlanImport(draft, "素案"));
        var v2 = await store.ImportAsync(new PlanImport(proposal, "案"));
        var v3 = await store.ImportAsync(new PlanImport(proposal, "案") { Stage = "決定" });
        await Revisions.TestRevisions.ConfirmAllAsync(context);

        Assert.Equal(v1.PlanId, v2.PlanId);
        Assert.Equal(v1.PlanId, v3.PlanId);
        Assert.Equal("第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)", v1.Title);
        Assert.Equal(["素案", "案", "決定"], (await store.ListVersionsAsync(v1.PlanId)).Select(v => v.Stage));
        Assert.Equal("決定", (await store.LoadAsync(v1.PlanId))!.Stage);
    }

    [Theory, BothProviders]
    public async Task another_title_or_municipality_is_another_plan(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);

        var nerima = await store.ImportAsync(new PlanImport(RichPlan.Build(), "a"));
        var other = await store.ImportAsync(new PlanImport(RichPlan.Build(), "b") { Municipality = "あきる野市" });
        var retitled = await store.ImportAsync(new PlanImport(RichPlan.Build() with { Title = "別の計画" }, "c"));

        Assert.Equal(3, new[] { nerima.PlanId, other.PlanId, retitled.PlanId }.Distinct().Count());
        Assert.Equal("あきる野市", (await store.LoadAsync(other.PlanId))!.Municipality);
        Assert.Equal(["練馬区", "あきる野市"], (await store.ListMunicipalitiesAsync()).Select(m => m.Name));
        Assert.Equal(3, (await store.ListPlansAsync()).Count);
    }

    [Theory, BothProviders]
    public async Task a_plan_without_municipality_is_refused_with_a_hint(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);

        var e = await Assert.ThrowsAsync<PlanImportException>(() =>
            store.ImportAsync(new PlanImport(RichPlan.Build() with { Municipality = null }, "x")));
        var named = await store.ImportAsync(new PlanImport(RichPlan.Build() with { Municipality = null }, "x") { Municipality = "練馬区" });

        Assert.Contains("--municipality", e.Message);
        Assert.Equal("練馬区", named.Municipality);
        Assert.Equal(PlanJson.Serialize(RichPlan.Build()), PlanJson.Serialize((await store.LoadAsync(named.PlanId))!));
    }

    [Theory, BothProviders]
    public async Task duplicate_keys_and_unknown_stages_are_refused_before_anything_is_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);
        var plan = RichPlan.Build();
        var duplicated = plan with { Pillars = [plan.Pillars[0], plan.Pillars[1] with { Key = "P1" }] };

        var keys = await Assert.ThrowsAsync<PlanImportException>(() => store.ImportAsync(new PlanImport(duplicated, "x")));
        var stage = await Assert.ThrowsAsync<PlanImportException>(() => store.ImportAsync(new PlanImport(plan, "x") { Stage = "最終" }));

        Assert.Contains("\"P1\"", keys.Message);
        Assert.Contains("素案", stage.Message);
        Assert.Equal(0, await context.Municipalities.CountAsync());
    }

    [Theory, BothProviders]
    public async Task owners_share_one_organisation_table_per_municipality(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.NewContext();
        var store = new PlanStore(context);

        await store.ImportAsync(new PlanImport(RichPlan.Build(), "v1"));
        await store.ImportAsync(new PlanImport(RichPlan.Changed(), "v2"));

        var departments = await context.Departments.OrderBy(d => d.Name).Select(d => d.Name).ToListAsync();
        var childcare = await context.Sections.Where(s => s.Department.Name == "こども家庭部").OrderBy(s => s.Name).Select(s => s.Name).ToListAsync();
        Assert.Equal(["こども家庭部", "企画部", "区民部", "総務部"], departments.Order(StringComparer.Ordinal));
        Assert.Equal(["保育計画調整課", "保育課", "子育て支援課"], childcare.Order(StringComparer.Ordinal));
        // Both versions' items point at the same department rows.
        Assert.Equal(1, await context.NodeOwners.Where(o => o.Department.Name == "企画部").Select(o => o.DepartmentId).Distinct().CountAsync());
        Assert.Equal(2, await context.NodeOwners.CountAsync(o => o.Department.Name == "企画部"));
    }

    static async Task<string> RowCounts(TorikumiDbContext db) =>
        string.Join(",", await db.Municipalities.CountAsync(), await db.Plans.CountAsync(), await db.PlanVersions.CountAsync(),
            await db.Nodes.CountAsync(), await db.NodeOwners.CountAsync(), await db.NodeFootnotes.CountAsync(),
            await db.Departments.CountAsync(), await db.Sections.CountAsync());
}
