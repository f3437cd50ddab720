using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Export;

/// <summary>
/// A small plan built by hand that uses every part of the model (both sections, sub-items, ①②③, ★, 【再掲】 with
/// its link, footnotes with and without a term, a department listed alone, nulls), so format tests do not need the parser.
/// Text taken from the sample (練馬区's draft) so it reads like a real plan.
/// </summary>
public static class HandBuiltPlan
{
    public static PlanDocument Rich() => new()
    {
        Title = "第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)",
        Municipality = "練馬区",
        Stage = "素案",
        FiscalYears = [2022, 2023],
        FiscalYearsText = "令和4年度(2022年度)・令和5年度(2023年度)",
        Published = "2021-12",
        Colophon = new Colophon
        {
            Publisher = "練馬区 企画部 企画課",
            PostalCode = "176-8501",
            Address = "東京都練馬区豊玉北6-12-1 練馬区役所 本庁舎6階",
            Phone = "03-3993-1111(代表)",
            Fax = "03-3993-1195",
            Url = "https://www.city.nerima.tokyo.jp/",
            Text = "練馬区 企画部 企画課 所在地 〒176-8501 東京都練馬区豊玉北6-12-1",
        },
        Pillars =
        [
            new Pillar
            {
                Key = "P1", Number = 1, Title = "子どもたちの笑顔輝くまち", Span = new(60, 2000),
                Strategies =
                [
                    new Strategy
                    {
                        Key = "S1", Number = 1, Title = "子育てのかたちを選択できる社会の実現", Span = new(79, 2000),
                        Sections =
                        [
                            new SectionHeading(ItemSection.Initiatives, "令和4・5年度の取組", new(104, 114)),
                            new SectionHeading(ItemSection.Related, "関連する事業", new(1500, 1506)),
                        ],
                        Items = [Nursery(), RelatedProject()],
                    },
                ],
            },
            new Pillar
            {
                Key = "P4", Number = 4, Title = "安全・快適、みどりあふれるまち", Span = new(2000, 2600),
                Strategies =
                [
                    new Strategy
                    {
                        Key = "S12", Number = 12, Title = "みどり豊かで快適な空間を創出する交通インフラの整備", Span = new(2020, 2600),
                        Sections = [new SectionHeading(ItemSection.Related, "関連する事業", new(2050, 2056))],
                        Items = [Repost()],
                    },
                ],
            },
        ],
    };

    /// <summary>Only what is required: every optional value null or empty.</summary>
    public static PlanDocument Minimal() => new() { Title = "アクションプラン" };

    static PlanItem Nursery() => new()
    {
        Key = "1-3", Number = 3, Section = ItemSection.Initiatives, Title = "保育サービスの充実", Span = new(500, 1500),
        Children =
        [
            new PlanItem
            {
                Key = "1-3-1", Number = 1, Section = ItemSection.Initiatives, Title = "保育所の拡充", Span = new(515, 900),
                Starred = true,
                Body = ["待機児童数ゼロが当たり前のものとして定着できるよう私立認可保育所の整備等を進めます。"],
                List =
                [
                    "私立認可保育所の誘致を進めるとともに、延長保育事業を充実します。",
                    "AI・RPA※1を活用し、保育園入園申請のオンライン手続を導入します。",
                ],
                BodyAfterList = ["また、令和5年度までに、区内保育所のICT導入率100%を目指します。"],
                Owners =
                [
                    new Owner("こども家庭部", ["子育て支援課", "保育課", "保育計画調整課"]),
                    new Owner("企画部", []),
                ],
                OwnersLabel = "事業実施課",
                Footnotes =
                [
                    new Footnote("※1", "RPA", "定型的な事務作業をソフトウェアで自動化する技術"),
                    new Footnote("※2", null, "高齢者と障害者が同一の事業所でサービスを受けやすくする制度"),
                ],
            },
        ],
    };

    static PlanItem RelatedProject() => new()
    {
        Key = "1-R1", Number = 1, Section = ItemSection.Related, Title = "児童館の機能の見直し", Span = new(1506, 2000),
        Body = ["小学生の居場所となる「ねりっこクラブ」の拡大に合わせ、児童館等の機能を見直します。"],
        Owners = [new Owner("こども家庭部", ["子育て支援課"])],
        OwnersLabel = "事業実施課",
        Children =
        [
            new PlanItem { Key = "1-R1-1", Number = 1, Section = ItemSection.Related, Title = "出前児童館", Span = new(1800, 1990) },
        ],
    };

    static PlanItem Repost() => new()
    {
        Key = "12-R3", Number = 3, Section = ItemSection.Related, Title = "保育所の拡充", Span = new(2056, 2600),
        Repost = true, RepostOf = "1-3-1", Starred = true,
        Body = ["待機児童数ゼロが当たり前のものとして定着できるよう私立認可保育所の整備等を進めます。"],
        Owners = [new Owner("こども家庭部", ["保育課"])],
        OwnersLabel = "事業実施課",
    };
}
