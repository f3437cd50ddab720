namespace Torikumi.Web.Portal;

/// <summary>
/// A public link that another feature attaches to an item of one plan version, e.g. the published opinion of the public
/// comment (パブリックコメント) that caused a change, shown by the revision diff next to that item.
/// </summary>
/// <param name="ItemKey">The item's key in that version (e.g. <c>4-1-3</c>), or null for the plan as a whole.</param>
/// <param name="Text">What the link says, already in the reader's language; plain text (pages encode it).</param>
/// <param name="Href">A site-relative address (<c>/plans/1/comments/result#op-12</c>).</param>
public sealed record ItemLink(string? ItemKey, string Text, string Href);

/// <summary>
/// Features that have public links to items of a version register one of these (several may); readers such as the
/// revision diff ask every registered source. Only published, public information may be returned.
/// </summary>
public interface IItemLinkSource
{
    /// <summary>Links to items of the stored version <paramref name="planVersionId"/> (PlanVersion.Id).</summary>
    Task<IReadOnlyList<ItemLink>> ForVersionAsync(int planVersionId, bool english, CancellationToken ct = default);
}
