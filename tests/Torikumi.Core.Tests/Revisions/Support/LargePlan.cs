using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Revisions.Support;

/// <summary>
/// A plan of at least N items made of copies of a plan, for timing the matcher at the scale of a large city. Each copy
/// shifts its kanji by its own offset, so copies share the sample's shape and statistics but not its wording (a
/// plan where every text appeared twelve times would test nothing a real plan has). Strategic plans, pillars and keys
/// are renumbered across copies; 【再掲】 links stay inside their copy.
/// </summary>
public static class LargePlan
{
    public static PlanDocument Build(PlanDocument sample, int minItems)
    {
        var perCopy = sample.AllItems.Count();
        var copies = Math.Max(1, (minItems + perCopy - 1) / perCopy);
        var strategiesPerCopy = sample.Strategies.Max(s => s.Number);
        var pillarsPerCopy = sample.Pillars.Max(p => p.Number);
        var pillars = new List<Pillar>();
        for (var copy = 0; copy < copies; copy++)
        {
            var c = copy;
            string Shift(string text) => copy == 0 ? text : ShiftKanji(text, c);
            int StrategyNumber(int n) => c * strategiesPerCopy + n;
            string ReKey(string key) => $"{StrategyNumber(int.Parse(key[..key.IndexOf('-')], System.Globalization.CultureInfo.InvariantCulture))}{key[key.IndexOf('-')..]}";
            PlanItem Item(PlanItem item) => item with
            {
                Key = ReKey(item.Key),
                Title = Shift(item.Title),
                Body = [.. item.Body.Select(Shift)],
                List = [.. item.List.Select(Shift)],
                BodyAfterList = [.. item.BodyAfterList.Select(Shift)],
                Footnotes = [.. item.Footnotes.Select(f => f with { Term = f.Term is null ? null : Shift(f.Term), Text = Shift(f.Text) })],
                Owners = [.. item.Owners.Select(o => new Owner(Shift(o.Department), [.. o.Sections.Select(Shift)]))],
                RepostOf = item.RepostOf is null ? null : ReKey(item.RepostOf),
                Children = [.. item.Children.Select(Item)],
            };
            foreach (var p in sample.Pillars)
            {
                var number = copy * pillarsPerCopy + p.Number;
                pillars.Add(p with
                {
                    Key = Pillar.KeyFor(number),
                    Number = number,
                    Title = Shift(p.Title),
                    Strategies = [.. p.Strategies.Select(s => s with
                    {
                        Key = Strategy.KeyFor(StrategyNumber(s.Number)),
                        Number = StrategyNumber(s.Number),
                        Title = Shift(s.Title),
                        Items = [.. s.Items.Select(Item)],
                    })],
                });
            }
        }
        return sample with { Pillars = pillars };
    }

    static string ShiftKanji(string text, int copy)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '\u4E00' and <= '\u9FFF')
                chars[i] = (char)('\u4E00' + (chars[i] - 0x4E00 + copy * 211) % 0x5200);
        return new string(chars);
    }
}
