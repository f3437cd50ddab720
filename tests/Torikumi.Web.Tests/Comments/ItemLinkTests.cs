using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Portal;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Comments;

/// <summary>A 反映 opinion linked to the item of the next version, as the revision diff reads it through <see cref="IItemLinkSource"/>.</summary>
public sealed class ItemLinkTests
{
    [Theory, BothProviders]
    public async Task a_reflected_opinion_links_the_later_versions_item_once_published(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var admin = await app.StaffAsync(CommentsApp.Admin);
        var reflected = await app.EnterAsync(admin, "保育所の拡充を急いでほしい。");
        var other = await app.EnterAsync(admin, "その他の意見。");
        await using (var db = app.Database.NewContext())
            await new PlanStore(db).ImportAsync(new PlanImport(RichPlan.Build() with { Stage = "案", Published = "2022-02" }, "source v2"));
        int v2;
        await using (var db = app.Database.NewContext())
            v2 = await db.PlanVersions.Where(v => v.PlanId == app.PlanId && v.Number == 2).Select(v => v.Id).SingleAsync();

        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(admin, reflected, new { summary = "保育所の拡充", view = "反映しました。", classification = "反映" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(admin, other, new { summary = "その他", view = "参考にします。", classification = "今後の参考" })).StatusCode);
        var refused = await app.PutAsync(admin, other, new { reflectedItem = "1-1-1" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PutAsync(admin, reflected, new { reflectedItem = "9-9" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(admin, reflected, new { reflectedVersion = 2, reflectedItem = "1-1-1" })).StatusCode);

        // Not public before publication.
        Assert.Empty(await LinksAsync(app, v2));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/plans/{app.PlanId}/comments/publish", null)).StatusCode);

        var link = Assert.Single(await LinksAsync(app, v2));
        Assert.Equal("1-1-1", link.ItemKey);
        Assert.Equal($"/plans/{app.PlanId}/comments/result#op-{reflected}", link.Href);
        Assert.Contains("反映", link.Text);
        // The result is reachable from the new version's pages too.
        var (_, page) = await new TestAppPages(app).GetAsync($"/plans/{app.PlanId}/items/1-1-1");
        Assert.NotNull(page.QuerySelector($".comment-notice a[href='/plans/{app.PlanId}/comments/result']"));
    }

    /// <summary>
    /// The whole path across the two features: a resident's opinion answered 反映 and linked to the item the ward changed
    /// in the 案; once the result is published and the 案 confirmed, the public diff shows the link next to that item.
    /// </summary>
    [Theory, BothProviders]
    public async Task the_public_diff_links_the_opinion_that_changed_an_item(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var admin = await app.StaffAsync(CommentsApp.Admin);
        var reflected = await app.EnterAsync(admin, "保育所の拡充を急いでほしい。");
        await using (var db = app.Database.NewContext())
            await new PlanStore(db).ImportAsync(new PlanImport(ChangeBody(RichPlan.Build() with { Stage = "案", Published = "2022-02" }, "1-1-1"), "source v2"));

        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(admin, reflected, new { summary = "保育所の拡充", view = "取組1-1-1に書き加えました。", classification = "反映" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsync(admin, reflected, new { reflectedVersion = 2, reflectedItem = "1-1-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/plans/{app.PlanId}/comments/publish", null)).StatusCode);
        await using (var db = app.Database.NewContext())
            await Revisions.TestRevisions.ConfirmAllAsync(db);

        var (response, diff) = await new TestAppPages(app).GetAsync($"/plans/{app.PlanId}/versions/1/diff/2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = diff.QuerySelector("article[id='m-1-1-1'] .diff-links a");
        Assert.NotNull(link);
        Assert.Equal($"/plans/{app.PlanId}/comments/result#op-{reflected}", link.GetAttribute("href"));
        Assert.Single(diff.QuerySelectorAll(".diff-links a"));
    }

    static Torikumi.Core.Plans.PlanDocument ChangeBody(Torikumi.Core.Plans.PlanDocument plan, string key)
    {
        Torikumi.Core.Plans.PlanItem Change(Torikumi.Core.Plans.PlanItem i) => i with
        {
            Body = i.Key == key ? [.. i.Body, "区民の意見を受けて、保育所の拡充を加速します。"] : i.Body,
            Children = [.. i.Children.Select(Change)],
        };
        return plan with { Pillars = [.. plan.Pillars.Select(p => p with { Strategies = [.. p.Strategies.Select(s => s with { Items = [.. s.Items.Select(Change)] })] })] };
    }

    static async Task<IReadOnlyList<ItemLink>> LinksAsync(CommentsApp app, int versionId)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var sources = scope.ServiceProvider.GetServices<IItemLinkSource>().ToList();
        Assert.NotEmpty(sources);
        var links = new List<ItemLink>();
        foreach (var source in sources)
            links.AddRange(await source.ForVersionAsync(versionId, english: false));
        return links;
    }
}
