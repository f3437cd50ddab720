using Torikumi.Core.Plans;

namespace Torikumi.Core.Japanese;

/// <summary>What of an item is searched: its title, body, the ①②③ paragraphs and its footnotes.</summary>
public static class ItemSearchText
{
    /// <summary>
    /// The item's own text (not its sub-items'), one part per line in reading order. Owners are left out on
    /// purpose: searching 保育 should not return every item of the 保育課; departments are a facet.
    /// The newlines are whitespace, so they vanish in the normalised form but keep snippets readable.
    /// </summary>
    public static string Of(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var parts = new List<string> { item.Title };
        parts.AddRange(item.Body);
        parts.AddRange(item.List);
        parts.AddRange(item.BodyAfterList);
        parts.AddRange(item.Footnotes.Select(f => f.Term is null ? f.Text : $"{f.Term}・・・{f.Text}"));
        return string.Join('\n', parts);
    }
}
