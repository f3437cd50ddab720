using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Storage;

/// <summary>Reads one stored version back into the <see cref="PlanDocument"/> it was written from.</summary>
static class PlanReader
{
    sealed record OwnerRow(int NodeId, int OwnerIndex, int SectionIndex, string Department, string? Section);

    public static async Task<PlanDocument> ReadAsync(TorikumiDbContext db, PlanVersion version, string municipality, CancellationToken ct)
    {
        var nodes = await db.Nodes.AsNoTracking().Where(n => n.PlanVersionId == version.Id).ToListAsync(ct);
        var owners = (await db.NodeOwners.AsNoTracking().Where(o => o.Node.PlanVersionId == version.Id)
                .Select(o => new OwnerRow(o.NodeId, o.OwnerIndex, o.SectionIndex, o.Department.Name, o.Section!.Name))
                .ToListAsync(ct))
            .ToLookup(o => o.NodeId);
        var footnotes = (await db.NodeFootnotes.AsNoTracking().Where(f => f.Node.PlanVersionId == version.Id).ToListAsync(ct))
            .ToLookup(f => f.NodeId);
        var headings = (await db.NodeSectionHeadings.AsNoTracking().Where(h => h.Node.PlanVersionId == version.Id).ToListAsync(ct))
            .ToLookup(h => h.NodeId);
        var children = nodes.ToLookup(n => n.ParentId);

        IEnumerable<PlanNode> ChildrenOf(int? id) => children[id].OrderBy(n => n.Position);

        PlanItem Item(PlanNode n) => new()
        {
            Key = n.Key,
            Number = n.Number,
            Section = n.ItemSection ?? throw new InvalidDataException($"Stored item {n.Key} (node {n.Id}) has no section."),
            Title = n.Title,
            Body = n.Body,
            List = n.List,
            BodyAfterList = n.BodyAfterList,
            Starred = n.Starred,
            Repost = n.Repost,
            RepostOf = n.RepostOf,
            Owners = [.. owners[n.Id].GroupBy(o => o.OwnerIndex).OrderBy(g => g.Key).Select(g => new Owner(
                g.First().Department,
                [.. g.Where(o => o.Section is not null).OrderBy(o => o.SectionIndex).Select(o => o.Section!)]))],
            OwnersLabel = n.OwnersLabel,
            Footnotes = [.. footnotes[n.Id].OrderBy(f => f.Position).Select(f => new Footnote(f.Mark, f.Term, f.Text))],
            Children = [.. ChildrenOf(n.Id).Select(Item)],
            Span = new SourceSpan(n.SpanStart, n.SpanEnd),
        };

        Strategy Strategy(PlanNode n) => new()
        {
            Key = n.Key,
            Number = n.Number,
            Title = n.Title,
            Items = [.. ChildrenOf(n.Id).Select(Item)],
            Sections = [.. headings[n.Id].OrderBy(h => h.Position)
                .Select(h => new SectionHeading(h.Section, h.Label, new SourceSpan(h.SpanStart, h.SpanEnd)))],
            Span = new SourceSpan(n.SpanStart, n.SpanEnd),
        };

        Pillar Pillar(PlanNode n) => new()
        {
            Key = n.Key,
            Number = n.Number,
            Title = n.Title,
            Strategies = [.. ChildrenOf(n.Id).Select(Strategy)],
            Span = new SourceSpan(n.SpanStart, n.SpanEnd),
        };

        return new PlanDocument
        {
            Title = version.Title,
            Municipality = municipality,
            Stage = version.Stage,
            FiscalYears = version.FiscalYears,
            FiscalYearsText = version.FiscalYearsText,
            Published = version.Published,
            Colophon = version.HasColophon
                ? new Colophon
                {
                    Publisher = version.ColophonPublisher,
                    PostalCode = version.ColophonPostalCode,
                    Address = version.ColophonAddress,
                    Phone = version.ColophonPhone,
                    Fax = version.ColophonFax,
                    Url = version.ColophonUrl,
                    Text = version.ColophonText,
                }
                : null,
            Pillars = [.. ChildrenOf(null).Select(Pillar)],
        };
    }
}
