using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Revisions;
using Torikumi.Data;
using Torikumi.Data.Revisions;
using Torikumi.Data.Storage;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

/// <summary>
/// What the public may see of revisions: the public versions and the diff of any two of them. A pair that is one
/// confirmed step shows the administrator's confirmed matches; any other pair is matched on the fly (and says so).
/// </summary>
public sealed class PublicRevisions(TorikumiDbContext db, PlanStore store, RevisionStore revisions, IServiceProvider services)
{
    public Task<List<VersionSummary>> VersionsAsync(int planId, CancellationToken ct) => store.ListVersionsAsync(planId, ct);

    /// <summary>The diff between public versions <paramref name="a"/> and <paramref name="b"/>; null when either is not public.</summary>
    public async Task<RevisionDiff?> DiffAsync(int planId, int a, int b, CancellationToken ct)
    {
        // A confirmed set's versions are both public (the old one was when matched, and versions never become private).
        if (await revisions.LoadAsync(planId, b, confirmedOnly: true, ct) is { } set && set.OldNumber == a)
            return new RevisionDiff(set.Older, set.Newer, set.Matches, set.OrganisationChanges, confirmed: true);
        var older = await store.LoadAsync(planId, a, ct);
        var newer = older is null ? null : await store.LoadAsync(planId, b, ct);
        if (older is null || newer is null)
            return null;
        var match = VersionMatcher.Match(older, newer);
        var matches = match.Matches.Select((m, i) => new StoredMatch(0, i, RevisionProposals.Name(m.Kind), m.OldKeys, m.NewKeys,
            m.Confidence, m.Changes.Aspects, false)).ToList();
        var organisation = match.OrganisationChanges.Select(c => new StoredOrganisationChange(RevisionProposals.Name(c.Kind), c.Old, c.New, c.Items)).ToList();
        return new RevisionDiff(older, newer, matches, organisation, confirmed: false);
    }

    /// <summary>Links every registered <see cref="IItemLinkSource"/> attaches to items of a stored version, by item key.</summary>
    public async Task<ILookup<string, ItemLink>> LinksAsync(int planId, int number, bool english, CancellationToken ct)
    {
        var sources = services.GetServices<IItemLinkSource>().ToList();
        if (sources.Count == 0)
            return Array.Empty<ItemLink>().ToLookup(l => l.ItemKey ?? "");
        var versionId = await db.PlanVersions.Where(v => v.PlanId == planId && v.Number == number && !v.AwaitingConfirmation)
            .Select(v => (int?)v.Id).SingleOrDefaultAsync(ct);
        if (versionId is not int id)
            return Array.Empty<ItemLink>().ToLookup(l => l.ItemKey ?? "");
        var links = new List<ItemLink>();
        foreach (var source in sources)
            links.AddRange(await source.ForVersionAsync(id, english, ct));
        return links.ToLookup(l => l.ItemKey ?? "");
    }
}
