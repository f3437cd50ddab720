using Torikumi.Core.Plans;

namespace Torikumi.Web.Tests.Support;

/// <summary>
/// A hand-built plan using every field the model has: several levels, both sections, sub-items down to depth 3,
/// owners with and without sections (and one department twice), footnotes with and without a term, ★ and 【再掲】,
/// Japanese, Latin and astral-plane text, and empty strings and lists where the model allows them.
/// </summary>
public static class RichPlan
{
    public static PlanDocument Build() => new()
    {
        Title = "第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)【素案】",
        Municipality = "練馬区",
        Stage = "素案",
        FiscalYears = [2022, 2023],
        FiscalYearsText = "令和4年度(2022年度)・令和5年度(2023年度)",
        Published = "2021-12",
        Colophon = new Colophon
        {
            Publisher = "練馬区 企画部 企画課",
            PostalCode = "176-8501",
            Address = "練馬区豊玉北6丁目12番1号",
            Phone = "03-3993-1111(代表)",
            Fax = null,
            Url = "https://www.city.nerima.tokyo.jp/",
            Text = "第2次みどりの風吹くまちビジョン 改定アクションプラン 令和3年12月 発行 練馬区 企画部 企画課",
        },
        Pillars =
        [
            new Pillar
            {
                Key = "P1", Number = 1, Title = "子どもたちの笑顔輝くまち", Span = new(100, 5000),
                Strategies =
                [
                    new Strategy
                    {
                        Key = "S1", Number = 1, Title = "子育てのかたちを選択できる社会の実現", Span = new(120, 4000),
                        Sections =
                        [
                            new SectionHeading(ItemSection.Initiatives, "令和4・5年度の取組", new(150, 160)),
                            new SectionHeading(ItemSection.Related, "関連する事業", new(3000, 3006)),
                        ],
                        Items =
                        [
                            new PlanItem
                            {
                                Key = "1-1", Number = 1, Section = ItemSection.Initiatives, Title = "保育サービスの充実",
                                Starred = true, Span = new(160, 2000), OwnersLabel = "事業実施課",
                                Body = ["待機児童ゼロを継続するため、保育所を整備します。", "区独自の取組※1を進めます。"],
                                List = ["私立認可保育所の誘致を進めます。", "AI・RPAの活用により事務を効率化します。", "BPRの考え方で業務を見直します。"],
                                BodyAfterList = ["以上の取組を一体的に進めます。"],
                                Owners =
                                [
                                    new Owner("こども家庭部", ["子育て支援課", "保育課"]),
                                    new Owner("企画部", []),
                                    new Owner("こども家庭部", ["保育計画調整課"]),
                                ],
                                Footnotes =
                                [
                                    new Footnote("※1", "区独自の取組", "国の制度に上乗せして区が行う事業"),
                                    new Footnote("※2", null, "用語の定義は巻末を参照"),
                                ],
                                Children =
                                [
                                    new PlanItem
                                    {
                                        Key = "1-1-1", Number = 1, Section = ItemSection.Initiatives, Title = "保育所の拡充",
                                        Body = ["𠮷野家の隣に \"quoted\" \\ backslash と LAN 環境を整備します。"],
                                        Owners = [new Owner("こども家庭部", ["保育課"])],
                                        Span = new(200, 600),
                                        Children =
                                        [
                                            new PlanItem
                                            {
                                                Key = "1-1-1-1", Number = 1, Section = ItemSection.Initiatives, Title = "深い細目",
                                                Body = [""], Span = new(300, 400),
                                            },
                                        ],
                                    },
                                    new PlanItem
                                    {
                                        Key = "1-1-2", Number = 2, Section = ItemSection.Initiatives, Title = "保育の質の向上",
                                        Owners = [new Owner("こども家庭部", ["保育課"]), new Owner("総務部", [])],
                                        OwnersLabel = "事業実施課", Span = new(600, 1000),
                                    },
                                ],
                            },
                            new PlanItem
                            {
                                Key = "1-R1", Number = 1, Section = ItemSection.Related, Title = "地域との協働【再掲】",
                                Repost = true, RepostOf = "2-1", Span = new(3006, 3900),
                                Body = ["地域の団体と協働します。"],
                                Owners = [new Owner("区民部", ["協働推進課"])], OwnersLabel = "所管課",
                            },
                            new PlanItem
                            {
                                Key = "1-R2", Number = 2, Section = ItemSection.Related, Title = "再掲だが原典不明",
                                Repost = true, RepostOf = null, Span = new(3900, 3990),
                            },
                        ],
                    },
                ],
            },
            new Pillar
            {
                Key = "P2", Number = 2, Title = "安全・安心に暮らせるまち", Span = new(5000, 9000),
                Strategies =
                [
                    new Strategy
                    {
                        Key = "S2", Number = 2, Title = "地域との協働", Span = new(5010, 8000),
                        Sections = [new SectionHeading(ItemSection.Initiatives, "令和4・5年度の取組", new(5050, 5060))],
                        Items =
                        [
                            new PlanItem
                            {
                                Key = "2-1", Number = 1, Section = ItemSection.Initiatives, Title = "地域との協働",
                                Body = ["地域の団体と協働し、見守りを進めます。"],
                                Owners = [new Owner("区民部", ["協働推進課", "地域振興課"]), new Owner("こども家庭部", ["子育て支援課"])],
                                OwnersLabel = "事業実施課", Span = new(5060, 7000),
                            },
                        ],
                    },
                    new Strategy { Key = "S3", Number = 3, Title = "取組のない戦略計画", Span = new(8000, 8100) },
                ],
            },
            new Pillar { Key = "P3", Number = 3, Title = "戦略計画のない柱", Span = new(9000, 9010) },
        ],
    };

    /// <summary>The same plan with one item's body changed, as a later revision would be.</summary>
    public static PlanDocument Changed()
    {
        var plan = Build();
        var pillar = plan.Pillars[1];
        var strategy = pillar.Strategies[0];
        var item = strategy.Items[0] with { Body = ["地域の団体と協働し、見守りと防災訓練を進めます。"] };
        return plan with
        {
            Pillars = [plan.Pillars[0], pillar with { Strategies = [strategy with { Items = [item] }, pillar.Strategies[1]] }, plan.Pillars[2]],
        };
    }
}
