using Torikumi.Core.Plans;

namespace Torikumi.Web.Tests.Revisions;

/// <summary>
/// A small revision of a plan for the storage and page tests, with the truth known: the first two initiatives of the
/// first strategic plan swap numbers (renumbered both ways, a swap of keys), the first initiative of the second gets new
/// wording, the last initiative of the third is removed, one is added to the fourth, and 【素案】 becomes 案. (The
/// matcher's own precision and recall are measured in Core.Tests on the realistic generator.)
/// </summary>
public static class RevisedSample
{
    public const string AddedTitle = "脱炭素に向けた区民との協働";
    public const string NewWording = "さらに、区民や事業者との連携を強化します。";

    public sealed record Truth(string SwappedA, string SwappedB, string Changed, string Removed, string Added);

    public static (PlanDocument Plan, Truth Truth) Build(PlanDocument plan)
    {
        var strategies = plan.Strategies.ToList();
        var (s1, s2, s3, s4) = (strategies[0], strategies[1], strategies[2], strategies[3]);
        var a = s1.Items[0];
        var b = s1.Items[1];
        var changed = s2.Items[0];
        var removed = s3.Items.Last(i => i.Section == ItemSection.Initiatives);
        var lastOfS4 = s4.Items.Where(i => i.Section == ItemSection.Initiatives).Max(i => i.Number);
        var addedKey = PlanItem.KeyFor(s4.Number, ItemSection.Initiatives, lastOfS4 + 1);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal) { [a.Key] = b.Key, [b.Key] = a.Key };

        Strategy Revise(Strategy s)
        {
            if (s == s1)
                return s with { Items = [Renumber(b, a.Key, a.Number), Renumber(a, b.Key, b.Number), .. s.Items.Skip(2)] };
            if (s == s2)
                return s with { Items = [changed with { Body = [.. changed.Body.Take(changed.Body.Count - 1), (changed.Body.LastOrDefault() ?? "") + NewWording] }, .. s.Items.Skip(1)] };
            if (s == s3)
                return s with { Items = [.. s.Items.Where(i => i != removed)] };
            if (s == s4)
            {
                var index = s.Items.ToList().FindLastIndex(i => i.Section == ItemSection.Initiatives) + 1;
                var items = s.Items.ToList();
                items.Insert(index, new PlanItem
                {
                    Key = addedKey, Number = lastOfS4 + 1, Section = ItemSection.Initiatives, Title = AddedTitle,
                    Body = ["区民・事業者と協働し、再生可能エネルギーの利用を広げます。"],
                    Owners = [new Owner("環境部", ["環境課"])], OwnersLabel = "事業実施課",
                });
                return s with { Items = items };
            }
            return s;
        }

        var revised = plan with
        {
            Title = plan.Title.Replace("【素案】", "", StringComparison.Ordinal),
            Stage = "案",
            Pillars = [.. plan.Pillars.Select(p => p with { Strategies = [.. p.Strategies.Select(Revise)] })],
        };
        // Reposts point at their original by key: follow the swap.
        revised = revised with
        {
            Pillars = [.. revised.Pillars.Select(p => p with { Strategies = [.. p.Strategies.Select(s => s with { Items = [.. s.Items.Select(i => Repoint(i, renames))] })] })],
        };
        return (revised, new Truth(a.Key, b.Key, changed.Key, removed.Key, addedKey));
    }

    static PlanItem Renumber(PlanItem item, string key, int number) => item with
    {
        Key = key,
        Number = number,
        Children = [.. item.Children.Select(c => Renumber(c, PlanItem.ChildKeyFor(key, c.Number), c.Number))],
    };

    static PlanItem Repoint(PlanItem item, Dictionary<string, string> renames) => item with
    {
        RepostOf = item.RepostOf is { } r && renames.TryGetValue(r, out var to) ? to : item.RepostOf,
        Children = [.. item.Children.Select(c => Repoint(c, renames))],
    };
}
