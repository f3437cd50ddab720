namespace Torikumi.Core.Revisions;

/// <summary>
/// How an item of the older version of a plan corresponds to the newer version (改訂の対応関係). "Same strategic
/// plan" means the strategic plan the older item sat in was matched to the one the newer item sits in (strategic
/// plans are matched by title and by where their items went, so a strategic plan renumbered as a whole still counts
/// as the same one). See docs/revisions.md.
/// </summary>
public enum MatchKind
{
    /// <summary>Same key; title, body (incl. ①②③ paragraphs and footnotes), ★ and owners identical.</summary>
    Same,
    /// <summary>Same key; the title, body, ★ or owners differ.</summary>
    Changed,
    /// <summary>Another strategic plan (or pillar) than before; the text may also have changed.</summary>
    Moved,
    /// <summary>Another key in the same strategic plan (renumbered, or moved under another initiative there).</summary>
    Renumbered,
    /// <summary>One old item became several new ones.</summary>
    Split,
    /// <summary>Several old items became one new one.</summary>
    Merged,
    /// <summary>A new item with no counterpart in the older version.</summary>
    Added,
    /// <summary>An old item with no counterpart in the newer version.</summary>
    Removed,
}
