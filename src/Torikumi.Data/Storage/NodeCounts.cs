using Torikumi.Core.Plans;

namespace Torikumi.Data.Storage;

/// <summary>How many nodes of each level a plan version has.</summary>
public sealed record NodeCounts(int Pillars, int Strategies, int Items, int SubItems)
{
    public static NodeCounts Of(PlanDocument plan)
    {
        var items = plan.Strategies.SelectMany(s => s.Items).ToList();
        return new(plan.Pillars.Count, plan.Strategies.Count(), items.Count,
            items.Sum(i => i.SelfAndDescendants().Count() - 1));
    }

    public override string ToString() =>
        $"{Pillars} pillars, {Strategies} strategic plans, {Items} items, {SubItems} sub-items";
}
