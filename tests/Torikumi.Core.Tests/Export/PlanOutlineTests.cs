using Torikumi.Core.Export;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Export;

public class PlanOutlineTests
{
    static PlanItem Item(string key, int number, string title, ItemSection section = ItemSection.Initiatives,
        IReadOnlyList<Owner>? owners = null, IReadOnlyList<PlanItem>? children = null) =>
        new()
        {
            Key = key,
            Number = number,
            Section = section,
            Title = title,
            Owners = owners ?? [],
            Children = children ?? [],
        };

    static readonly PlanDocument Plan = new()
    {
        Title = "第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)",
        Municipality = "練馬区",
        Stage = "素案",
        FiscalYears = [2022, 2023],
        FiscalYearsText = "令和4年度(2022年度)・令和5年度(2023年度)",
        Published = "2021-12",
        Colophon = new Colophon { Publisher = "練馬区 企画部 企画課" },
        Pillars =
        [
            new Pillar
            {
                Key = "P1", Number = 1, Title = "子どもたちの笑顔輝くまち",
                Strategies =
                [
                    new Strategy
                    {
                        Key = "S1", Number = 1, Title = "子育てのかたちを選択できる社会の実現",
                        Items =
                        [
                            Item("1-1", 1, "家庭での子育て支援サービスの充実",
                                owners: [new Owner("こども家庭部", ["子育て支援課", "保育課"]), new Owner("企画部", [])]) with
                            {
                                Starred = true, Repost = true, RepostOf = "12-3",
                            },
                            Item("1-3", 3, "保育サービスの充実", children:
                            [
                                Item("1-3-1", 1, "保育所の拡充", owners: [new Owner("こども家庭部", ["保育課"])]),
                                Item("1-3-2", 2, "多様な保育サービスの充実") with { Repost = true },
                            ]),
                            Item("1-R1", 1, "子ども・子育て支援事業計画の推進", ItemSection.Related,
                                owners: [new Owner("こども家庭部", ["こども施策企画課"])]),
                        ],
                    },
                ],
            },
            new Pillar
            {
                Key = "P2", Number = 2, Title = "安全・安心",
                Strategies = [new Strategy { Key = "S2", Number = 2, Title = "災害に強いまち" }],
            },
        ],
    };

    [Fact]
    public void renders_facts_then_the_indented_tree_then_the_summary()
    {
        var expected = """
            title:        第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)
            municipality: 練馬区
            stage:        素案
            fiscal years: 2022, 2023 (令和4年度(2022年度)・令和5年度(2023年度))
            published:    2021-12
            publisher:    練馬区 企画部 企画課

            P1 子どもたちの笑顔輝くまち
              S1 子育てのかたちを選択できる社会の実現
                1-1 家庭での子育て支援サービスの充実 ★ [再掲 → 12-3] (owners: こども家庭部 子育て支援課、保育課; 企画部)
                1-3 保育サービスの充実
                  1-3-1 保育所の拡充 (owners: こども家庭部 保育課)
                  1-3-2 多様な保育サービスの充実 [再掲]
                1-R1 子ども・子育て支援事業計画の推進 (owners: こども家庭部 こども施策企画課)
            P2 安全・安心
              S2 災害に強いまち

            2 pillars, 2 strategic plans, 3 items, 2 sub-items, 3 owned items, 4 diagnostics

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), PlanOutline.Render(Plan, diagnosticsCount: 4));
    }

    [Fact]
    public void summary_counts_each_level_and_uses_singulars()
    {
        Assert.Equal("2 pillars, 2 strategic plans, 3 items, 2 sub-items, 3 owned items, 0 diagnostics",
            PlanOutline.Summary(Plan, 0));

        var small = new PlanDocument
        {
            Title = "t",
            Pillars = [Plan.Pillars[0] with { Strategies = [Plan.Pillars[0].Strategies[0] with { Items = [Plan.Pillars[0].Strategies[0].Items[0]] }] }],
        };
        Assert.Equal("1 pillar, 1 strategic plan, 1 item, 0 sub-items, 1 owned item, 1 diagnostic",
            PlanOutline.Summary(small, 1));
    }

    [Fact]
    public void missing_facts_are_shown_as_not_found_and_era_text_is_derived()
    {
        var plan = new PlanDocument { Title = "実施計画", FiscalYears = [2019, 2020] };

        var facts = PlanOutline.Render(plan, 0).Split('\n');

        Assert.Equal("municipality: (not found)", facts[1]);
        Assert.Equal("stage:        (not found)", facts[2]);
        Assert.Equal("fiscal years: 2019, 2020 (令和元年度・令和2年度)", facts[3]);
        Assert.Equal("publisher:    (not found)", facts[5]);
    }

    [Fact]
    public void owners_list_departments_alone_or_with_their_sections()
    {
        Assert.Equal("企画部; 総務部 職員課、人材育成課",
            PlanOutline.Owners([new Owner("企画部", []), new Owner("総務部", ["職員課", "人材育成課"])]));
    }
}
