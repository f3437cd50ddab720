using Torikumi.Core.Plans;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Storage;

/// <summary>Turns a <see cref="PlanDocument"/> into the rows of one version: every field, so loading gives it back whole.</summary>
static class PlanWriter
{
    public static void Fill(PlanVersion version, PlanDocument plan, Organisation organisation)
    {
        version.Title = plan.Title;
        version.Stage = plan.Stage;
        version.FiscalYears = [.. plan.FiscalYears];
        version.FiscalYearsText = plan.FiscalYearsText;
        version.Published = plan.Published;
        version.HasColophon = plan.Colophon is not null;
        version.ColophonPublisher = plan.Colophon?.Publisher;
        version.ColophonPostalCode = plan.Colophon?.PostalCode;
        version.ColophonAddress = plan.Colophon?.Address;
        version.ColophonPhone = plan.Colophon?.Phone;
        version.ColophonFax = plan.Colophon?.Fax;
        version.ColophonUrl = plan.Colophon?.Url;
        version.ColophonText = plan.Colophon?.Text;

        var writer = new NodeWriter(version, organisation);
        for (var p = 0; p < plan.Pillars.Count; p++)
            writer.Pillar(plan.Pillars[p], p);
    }

    sealed class NodeWriter(PlanVersion version, Organisation organisation)
    {
        public void Pillar(Pillar pillar, int position)
        {
            var node = Add(NodeKind.Pillar, null, position, pillar.Key, pillar.Number, pillar.Title, pillar.Span);
            for (var s = 0; s < pillar.Strategies.Count; s++)
                Strategy(pillar.Strategies[s], node, s);
        }

        void Strategy(Strategy strategy, PlanNode parent, int position)
        {
            var node = Add(NodeKind.Strategy, parent, position, strategy.Key, strategy.Number, strategy.Title, strategy.Span);
            node.SectionHeadings = [.. strategy.Sections.Select((h, i) => new NodeSectionHeading
            {
                Position = i, Section = h.Section, Label = h.Label, SpanStart = h.Span.Start, SpanEnd = h.Span.End,
            })];
            for (var i = 0; i < strategy.Items.Count; i++)
                Item(strategy.Items[i], NodeKind.Item, node, i);
        }

        void Item(PlanItem item, NodeKind kind, PlanNode parent, int position)
        {
            var node = Add(kind, parent, position, item.Key, item.Number, item.Title, item.Span);
            node.ItemSection = item.Section;
            node.Body = [.. item.Body];
            node.List = [.. item.List];
            node.BodyAfterList = [.. item.BodyAfterList];
            node.Starred = item.Starred;
            node.Repost = item.Repost;
            node.RepostOf = item.RepostOf;
            node.OwnersLabel = item.OwnersLabel;
            node.Footnotes = [.. item.Footnotes.Select((f, i) => new NodeFootnote { Position = i, Mark = f.Mark, Term = f.Term, Text = f.Text })];
            node.Owners = [.. Owners(item.Owners)];
            for (var c = 0; c < item.Children.Count; c++)
                Item(item.Children[c], NodeKind.SubItem, node, c);
        }

        // A department listed alone is one row without a section; otherwise one row per section.
        IEnumerable<NodeOwner> Owners(IReadOnlyList<Owner> owners)
        {
            for (var o = 0; o < owners.Count; o++)
            {
                var department = organisation.Department(owners[o].Department);
                if (owners[o].Sections.Count == 0)
                    yield return new NodeOwner { OwnerIndex = o, SectionIndex = 0, Department = department };
                for (var s = 0; s < owners[o].Sections.Count; s++)
                    yield return new NodeOwner
                    {
                        OwnerIndex = o, SectionIndex = s, Department = department,
                        Section = organisation.Section(department, owners[o].Sections[s]),
                    };
            }
        }

        PlanNode Add(NodeKind kind, PlanNode? parent, int position, string key, int number, string title, SourceSpan span)
        {
            var node = new PlanNode
            {
                PlanVersion = version, Parent = parent, Kind = kind, Position = position, Key = key, Number = number,
                Title = title, SpanStart = span.Start, SpanEnd = span.End,
            };
            version.Nodes.Add(node);
            parent?.Children.Add(node);
            return node;
        }
    }
}
