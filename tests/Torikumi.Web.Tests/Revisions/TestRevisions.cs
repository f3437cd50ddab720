using Microsoft.EntityFrameworkCore;
using Torikumi.Data;
using Torikumi.Data.Entities;
using Torikumi.Data.Revisions;

namespace Torikumi.Web.Tests.Revisions;

/// <summary>
/// For tests about what happens once a new version is public: confirms every proposed revision as proposed (oldest
/// first, carrying progress over), the way an administrator would without corrections.
/// </summary>
public static class TestRevisions
{
    public static readonly RevisionActor Administrator = new("test-admin", "テスト管理者");

    public static async Task ConfirmAllAsync(TorikumiDbContext db)
    {
        var pending = await db.RevisionMatchSets.AsNoTracking().Where(s => s.State == RevisionState.Proposed)
            .OrderBy(s => s.PlanId).ThenBy(s => s.NewVersion.Number)
            .Select(s => new { s.PlanId, s.NewVersion.Number, Old = s.OldVersion.Number }).ToListAsync();
        var store = new RevisionStore(db, [new ProgressCarryOver()]);
        foreach (var set in pending)
        {
            // A later version matched against an older public one while an earlier import waited: match it again.
            var latest = await db.PlanVersions.Where(v => v.PlanId == set.PlanId && !v.AwaitingConfirmation).MaxAsync(v => v.Number);
            if (set.Old != latest)
                await store.ProposeAgainAsync(set.PlanId, set.Number);
            await store.ConfirmAsync(set.PlanId, set.Number, Administrator);
        }
    }
}
