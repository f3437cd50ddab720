using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Portal;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Revisions;

/// <summary>
/// What the diff borrows from elsewhere: links other features attach to items (<see cref="IItemLinkSource"/>), shown next
/// to the changed item; and an organisation change (a section renamed in every item) that a department page then names.
/// </summary>
public sealed class RevisionLinksTests
{
    const string OldSection = "子育て支援課";
    const string NewSection = "子ども家庭支援課";

    sealed class CommentLinks : IItemLinkSource
    {
        public string? Key { get; set; }
        public Task<IReadOnlyList<ItemLink>> ForVersionAsync(int planVersionId, bool english, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<ItemLink>>([new ItemLink(Key, english ? "Opinion 12" : "意見12(反映)", "/plans/1/comments/result#op-12")]);
    }

    static PlanDocument RenameSection(PlanDocument plan)
    {
        PlanItem Rename(PlanItem i) => i with
        {
            Owners = [.. i.Owners.Select(o => o with { Sections = [.. o.Sections.Select(s => s == OldSection ? NewSection : s)] })],
            Children = [.. i.Children.Select(Rename)],
        };
        return plan with { Pillars = [.. plan.Pillars.Select(p => p with { Strategies = [.. p.Strategies.Select(s => s with { Items = [.. s.Items.Select(Rename)] })] })] };
    }

    [Theory, BothProviders]
    public async Task the_diff_shows_attached_links_and_a_department_page_its_former_name(string provider)
    {
        var (revised, truth) = RevisedSample.Build(TestApp.Sample);
        revised = RenameSection(revised);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
        {
            await new PlanStore(context).ImportAsync(new PlanImport(TestApp.Sample, "v1"));
            await new PlanStore(context).ImportAsync(new PlanImport(revised, "v2"));
            await TestRevisions.ConfirmAllAsync(context);
        }
        var links = new CommentLinks { Key = truth.Changed };
        await using var app = WebApp.Create(new WebAppSettings(database.Config), b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton<IItemLinkSource>(links);
        });
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        var client = app.GetTestClient();
        var parser = new HtmlParser();

        var diff = parser.ParseDocument(await client.GetStringAsync("/plans/1/versions/1/diff/2"));
        var link = diff.QuerySelector($"article[id='m-{truth.Changed}'] .diff-links a")!;
        Assert.Equal(("意見12(反映)", "/plans/1/comments/result#op-12"), (link.TextContent, link.GetAttribute("href")));
        Assert.Single(diff.QuerySelectorAll(".diff-links a"));
        var organisation = diff.QuerySelector("#organisation")!.TextContent;
        Assert.Contains(OldSection, organisation);
        Assert.Contains(NewSection, organisation);

        var response = await client.GetAsync($"/plans/1/departments/{Uri.EscapeDataString(NewSection)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(OldSection, page.QuerySelector(".former-names")!.TextContent);
        Assert.Equal("/plans/1/versions/1/diff/2#organisation", page.QuerySelector(".former-names a")!.GetAttribute("href"));
    }
}
