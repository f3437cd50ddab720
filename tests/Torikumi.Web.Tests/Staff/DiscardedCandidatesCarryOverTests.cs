using Microsoft.EntityFrameworkCore;
using Torikumi.Data;
using Torikumi.Data.Entities;
using Torikumi.Data.Progress;
using Torikumi.Data.Revisions;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Staff;

/// <summary>Discarded candidates follow their items into a confirmed new version (the revision contract, IVersionCarryOver).</summary>
public sealed class DiscardedCandidatesCarryOverTests
{
    [Theory, BothProviders]
    public async Task discarded_candidates_follow_renumbered_split_merged_and_removed_items(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var planId = (await new PlanStore(db).ImportAsync(new PlanImport(RichPlan.Build(), "source"))).PlanId;
        var department = await db.Departments.Select(d => d.Id).FirstAsync();
        DiscardedCandidate Row(string key, string candidate) => new()
        {
            PlanId = planId, ItemKey = key, DepartmentId = department, CandidateKey = candidate, Name = candidate, Unit = "か所", Target = 5,
            DiscardedAt = DateTimeOffset.UnixEpoch, DiscardedById = "u", DiscardedByName = "担当",
        };
        db.DiscardedCandidates.AddRange(Row("1", "a"), Row("2", "a"), Row("3", "b"), Row("4", "c"), Row("5", "d"), Row("6", "d"));
        await db.SaveChangesAsync();

        // 1 → 2 and 2 → 3 (renumbered), 3 split into 4 and 5, 4 removed, 5 and 6 merged into 6.
        var matches = new ConfirmedMatches(planId, 1, 2, new Dictionary<string, IReadOnlyList<string>>
        {
            ["1"] = ["2"], ["2"] = ["3"], ["3"] = ["4", "5"], ["5"] = ["6"], ["6"] = ["6"],
        });
        var carried = await new DiscardedCandidatesCarryOver().CarryOverAsync(db, matches);
        await db.SaveChangesAsync();

        Assert.Equal(5, carried);
        var stored = await db.DiscardedCandidates.AsNoTracking().Select(d => new { d.ItemKey, d.CandidateKey }).ToListAsync();
        Assert.Equal(["2:a", "3:a", "4:b", "5:b", "6:d"], stored.Select(s => $"{s.ItemKey}:{s.CandidateKey}").Order(StringComparer.Ordinal));
    }
}
