using Microsoft.EntityFrameworkCore;
using Torikumi.Data;
using Torikumi.Data.Entities;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// Links from the items of a version to the published opinions (反映 / 一部反映) that changed them, for the revision diff.
/// Only opinions approved and published, so nothing here is private.
/// </summary>
sealed class OpinionItemLinks(TorikumiDbContext db) : IItemLinkSource
{
    public async Task<IReadOnlyList<ItemLink>> ForVersionAsync(int planVersionId, bool english, CancellationToken ct = default)
    {
        var rows = await db.Opinions.AsNoTracking()
            .Where(o => o.ReflectedVersionId == planVersionId && o.State == OpinionState.Approved && o.CommentPeriod.ResultPublishedAt != null)
            .OrderBy(o => o.Number)
            .Select(o => new { o.PlanId, o.Number, o.ReflectedItemKey, o.Classification, o.ApprovedAt, o.CommentPeriod.ResultPublishedAt })
            .ToListAsync(ct);
        // Approved after the last publication: not public yet (compared here, as SQLite cannot compare instants in SQL).
        return [.. rows.Where(r => r.ApprovedAt <= r.ResultPublishedAt).Select(r => new ItemLink(r.ReflectedItemKey,
            english
                ? $"Public comment: opinion {r.Number} ({(r.Classification == "partly-reflected" ? "partly reflected" : "reflected")})"
                : $"パブリックコメント 意見{r.Number}({(r.Classification == "partly-reflected" ? "一部反映" : "反映")})",
            $"/plans/{r.PlanId}/comments/result#op-{r.Number}"))];
    }
}
