using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Revisions.Support;

/// <summary>
/// Hand-made small plans for the golden tests: strategic plans of items written as (number, title, body, owner),
/// keys computed the way the parser does. Texts read like the sample's, so the similarities are realistic.
/// </summary>
public static class SmallPlan
{
    public sealed record It(string Title, string Body, string Owner = "こども家庭部 保育課", bool Star = false, bool Repost = false,
        ItemSection Section = ItemSection.Initiatives, IReadOnlyList<It>? Children = null);

    public static PlanDocument Of(params (int Number, string Title, It[] Items)[] strategies) => new()
    {
        Title = "アクションプラン【素案】",
        Stage = "素案",
        Pillars =
        [
            new Pillar
            {
                Key = "P1", Number = 1, Title = "子どもたちの笑顔輝くまち",
                Strategies = [.. strategies.Select(s => new Strategy
                {
                    Key = Strategy.KeyFor(s.Number), Number = s.Number, Title = s.Title,
                    Items = [.. Number(s.Number, s.Items)],
                })],
            },
        ],
    };

    static IEnumerable<PlanItem> Number(int strategy, It[] items)
    {
        var counters = new Dictionary<ItemSection, int>();
        foreach (var it in items)
        {
            counters[it.Section] = counters.GetValueOrDefault(it.Section) + 1;
            yield return Item(it, PlanItem.KeyFor(strategy, it.Section, counters[it.Section]), counters[it.Section]);
        }
    }

    static PlanItem Item(It it, string key, int number) => new()
    {
        Key = key,
        Number = number,
        Section = it.Section,
        Title = it.Title,
        Body = it.Body.Length == 0 ? [] : [it.Body],
        Starred = it.Star,
        Repost = it.Repost,
        Owners = it.Owner.Length == 0 ? [] : [.. it.Owner.Split(' ', 2) is [var d, var s] ? [new Owner(d, [.. s.Split('、')])] : new[] { new Owner(it.Owner, []) }],
        Children = [.. (it.Children ?? []).Select((c, k) => Item(c, PlanItem.ChildKeyFor(key, k + 1), k + 1))],
    };

    // Texts from the sample (練馬区's draft), shortened.
    public static readonly It Nursery = new("保育所の拡充",
        "待機児童数ゼロが当たり前のものとして定着できるよう私立認可保育所の整備等を進めます。延長保育事業を充実します。");
    public static readonly It Quality = new("保育の質の向上",
        "保育士の研修を充実し、巡回指導により保育の質を確保します。第三者評価の受審を支援します。");
    public static readonly It Plaza = new("子育てのひろばの拡充",
        "親子が気軽に交流できる子育てのひろばを拡充し、安心して子育てができる環境を整備します。", "こども家庭部 子育て支援課");
    public static readonly It Afterschool = new("学童クラブの充実",
        "小学生の放課後の居場所として、学童クラブの受入れ枠を拡大し、民間学童クラブの誘致を進めます。", "こども家庭部 子育て支援課");
    public static readonly It Greenery = new("みどりの拠点づくり",
        "区立公園の整備を進め、身近なみどりを増やします。農地の保全と活用を図ります。", "環境部 みどり推進課");
    public static readonly It Cycling = new("自転車利用環境の整備",
        "自転車駐車場の整備と放置自転車対策を進め、安全で快適な自転車利用環境をつくります。", "土木部 交通企画課");
}
