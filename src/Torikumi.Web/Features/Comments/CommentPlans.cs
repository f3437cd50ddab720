using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Torikumi.Core.Plans;
using Torikumi.Data;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// The plan of the version a period is on, for item titles and strategic plans. Shares the portal's cache entry (a
/// stored version never changes, so it is safe on every node).
/// </summary>
public sealed class CommentPlans(TorikumiDbContext db, PlanStore store, IMemoryCache cache)
{
    public async Task<PlanIndex?> OfVersionAsync(int versionId, CancellationToken ct = default)
    {
        // A stored version never changes: a cached plan needs no look-up at all.
        if (cache.TryGetValue(("plan-version", versionId), out PlanIndex? cached) && cached is not null)
            return cached;
        var version = await db.PlanVersions.AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => new { v.PlanId, v.Number }).FirstOrDefaultAsync(ct);
        if (version is null)
            return null;
        return await cache.GetOrCreateAsync(("plan-version", versionId), async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            entry.Size = 1;
            // Any stored version, also one awaiting confirmation: staff link opinions to the revised items before it is public.
            var plan = await store.LoadAnyAsync(version.PlanId, version.Number, ct);
            return plan is null ? null : new PlanIndex(plan);
        });
    }

    /// <summary>The strategic plan's key (S4) of an item, or null for the plan as a whole or an unknown key.</summary>
    public static string? StrategyOf(PlanIndex? index, string? itemKey) =>
        index is not null && itemKey is not null && index.Item(itemKey) is { } item ? index.StrategyOf(item).Key : null;
}
