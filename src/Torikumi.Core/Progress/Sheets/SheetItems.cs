using Torikumi.Core.Plans;

namespace Torikumi.Core.Progress.Sheets;

/// <summary>The items a unit reports on, with the owner line that makes it theirs.</summary>
public sealed record OwnedItem(PlanItem Item, Owner Owner, string StrategyLabel, string OwnersLabel);

/// <summary>Which items a sheet lists: the reportable items whose owners include the unit, by the editors' rule.</summary>
public static class SheetItems
{
    /// <summary>
    /// Every reportable item (<see cref="ReportableItems.Of"/>) of which the unit carries a part: an owner of
    /// <see cref="PlanIndex.OwnersOf"/> that an editor scoped to the unit would cover (<see cref="ProgressActor.Covers"/>).
    /// </summary>
    public static IReadOnlyList<OwnedItem> Of(PlanIndex index, OrgUnit unit)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(unit);
        var editor = ProgressActor.Editor(unit);
        var result = new List<OwnedItem>();
        foreach (var item in ReportableItems.Of(index))
        {
            var owners = index.OwnersOf(item);
            if (owners.FirstOrDefault(editor.Covers) is not { } owner)
                continue;
            var strategy = index.StrategyOf(item);
            result.Add(new(item, owner, $"{strategy.Number} {strategy.Title}", OwnersLabel(owners)));
        }
        return result;
    }

    /// <summary>「区民部(協働推進課、地域振興課)、こども家庭部(子育て支援課)」.</summary>
    public static string OwnersLabel(IEnumerable<Owner> owners) => string.Join("、",
        owners.Select(o => o.Sections.Count == 0 ? o.Department : $"{o.Department}({string.Join("、", o.Sections)})"));
}
