using Torikumi.Core.Plans;
using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Progress;

/// <summary>The small plan and the reports of the worked example in docs/progress.md (keep the two in step).</summary>
public static class RollUpExample
{
    static PlanItem Item(string key, string title, params string[] departments) => new()
    {
        Key = key, Number = int.Parse(key[(key.LastIndexOf('-') + 1)..]), Section = ItemSection.Initiatives, Title = title,
        Owners = [.. departments.Select(d => new Owner(d, []))],
    };

    public static PlanDocument Plan() => new()
    {
        Title = "例示計画",
        FiscalYears = [2022, 2023],
        Pillars =
        [
            new Pillar
            {
                Key = "P1", Number = 1, Title = "子どもたちの笑顔輝くまち",
                Strategies =
                [
                    new Strategy
                    {
                        Key = "S1", Number = 1, Title = "子育て",
                        Items =
                        [
                            Item("1-1", "子育てのひろば", "こども家庭部"),
                            Item("1-2", "障害児保育", "こども家庭部", "教育振興部"),
                            Item("1-3", "健診") with { Children = [Item("1-3-1", "電子化", "健康部"), Item("1-3-2", "アプリ", "健康部")] },
                        ],
                    },
                    new Strategy
                    {
                        Key = "S2", Number = 2, Title = "学び",
                        Items = [Item("2-1", "学校図書館", "教育振興部"), Item("2-2", "子育てのひろば", "こども家庭部") with { Repost = true, RepostOf = "1-1" }],
                    },
                ],
            },
            new Pillar
            {
                Key = "P2", Number = 2, Title = "安心して暮らせるまち",
                Strategies = [new Strategy { Key = "S3", Number = 3, Title = "見守り", Items = [Item("3-1", "見守りネットワーク", "こども家庭部")] }],
            },
        ],
    };

    public static RollUpReport[] Reports() =>
    [
        new("1-1", "こども家庭部", "on-track", 60),
        new("1-2", "こども家庭部", "on-track", 50),
        new("1-2", "教育振興部", "behind", 30),
        new("1-3-1", "健康部", "done", 100),
        new("1-3-2", "健康部", "stopped"),
        new("3-1", "こども家庭部", "ahead", 90),
    ];

    public static ProgressRollUp Compute() => RollUps.Compute(new PlanIndex(Plan()), StatusScale.Default, 2022, Reports());
}
