using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Torikumi.Core.Plans;
using Torikumi.Data;

namespace Torikumi.Web.Portal;

/// <summary>A stored plan as the portal shows it: its latest public version, read once and kept with its look-ups.</summary>
public sealed record PortalPlan(int Id, string Municipality, int VersionNumber, int VersionCount, PlanIndex Index)
{
    public PlanDocument Document => Index.Plan;
    public string Title => Document.Title;
    public string? Stage => Document.Stage;
    public bool IsDraft => Stage == "素案";
    public string Url => $"/plans/{Id}";
    public string ItemUrl(string key) => $"/plans/{Id}/items/{Uri.EscapeDataString(key)}";
    public string StrategyUrl(string key) => $"/plans/{Id}/strategies/{key}";
    public string PillarUrl(string key) => $"/plans/{Id}/pillars/{key}";
    public string DepartmentUrl(string name) => $"/plans/{Id}/departments/{Uri.EscapeDataString(name)}";
}

/// <summary>
/// Finds plans for the pages. Every request asks the database which version is the latest (cheap, and right on every
/// web node); the plan of a version is read once and cached by version id, which is safe to share because a stored
/// version never changes.
/// </summary>
public sealed class PortalPlans(TorikumiDbContext db, PlanStore store, IMemoryCache cache)
{
    sealed record Latest(int VersionId, int Number, int Count, string Municipality);

    public async Task<PortalPlan?> FindAsync(int planId, CancellationToken ct = default)
    {
        // Only public versions: one awaiting confirmation of its revision matches is for the staff pages alone.
        var latest = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && !v.AwaitingConfirmation)
            .OrderByDescending(v => v.Number)
            .Select(v => new Latest(v.Id, v.Number, v.Plan.Versions.Count(o => !o.AwaitingConfirmation), v.Plan.Municipality.Name))
            .FirstOrDefaultAsync(ct);
        if (latest is null)
            return null;
        var index = await cache.GetOrCreateAsync(("plan-version", latest.VersionId), async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            entry.Size = 1;
            var plan = await store.LoadAsync(planId, latest.Number, ct);
            return plan is null ? null : new PlanIndex(plan);
        });
        return index is null ? null : new PortalPlan(planId, latest.Municipality, latest.Number, latest.Count, index);
    }
}
