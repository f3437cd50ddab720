using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Revisions;

/// <summary>One item with everything the matcher compares, computed once per item.</summary>
internal sealed class ItemProfile
{
    public ItemProfile(PlanItem item, int order, PlanIndex index)
    {
        Item = item;
        Order = order;
        Strategy = index.StrategyOf(item).Key;
        Pillar = index.PillarOf(item).Key;
        Parent = index.ParentOf(item)?.Key;
        Title = TextGrams.Of(item.Title);
        var body = BodyText(item);
        var bodyGrams = TextGrams.OfNormalised(SearchText.Normalise(body));
        All = TextGrams.Union(Title, bodyGrams);
        Text = bodyGrams.Length > 0 ? bodyGrams : Title;
        Units = OwnerUnits.Of(item.Owners);
    }

    public PlanItem Item { get; }
    public string Key => Item.Key;
    /// <summary>Position in reading order.</summary>
    public int Order { get; }
    public string Strategy { get; }
    public string Pillar { get; }
    public string? Parent { get; }
    public int[] Title { get; }
    /// <summary>Title and own text together.</summary>
    public int[] All { get; }
    /// <summary>The own text below the title, or the title when there is none: what a split part or merged piece brings.</summary>
    public int[] Text { get; }
    public IReadOnlyList<string> Units { get; }

    /// <summary>The item's own text below its title: body, ①②③ paragraphs, text after them and footnotes.</summary>
    public static string BodyText(PlanItem item) =>
        string.Join('\n', item.Body.Concat(item.List).Concat(item.BodyAfterList)
            .Concat(item.Footnotes.Select(f => f.Term is null ? f.Text : $"{f.Term}・・・{f.Text}")));

    /// <summary>Similarity of two items' wording, 0–1: the whole text weighted most, the title on its own a little.</summary>
    public static double Similarity(ItemProfile a, ItemProfile b) =>
        0.3 * TextGrams.Dice(a.Title, b.Title) + 0.7 * TextGrams.Dice(a.All, b.All);
}

/// <summary>Owners as units <c>部 課</c> (or <c>部</c> alone when no section is named), sorted and distinct.</summary>
public static class OwnerUnits
{
    public static IReadOnlyList<string> Of(IEnumerable<Owner> owners) =>
        [.. owners.SelectMany(o => o.Sections.Count == 0 ? [o.Department] : o.Sections.Select(s => $"{o.Department} {s}"))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The department part of a unit.</summary>
    public static string Department(string unit) => unit.IndexOf(' ') is var i and >= 0 ? unit[..i] : unit;

    /// <summary>The section part of a unit, or null for a department alone.</summary>
    public static string? Section(string unit) => unit.IndexOf(' ') is var i and >= 0 ? unit[(i + 1)..] : null;
}
