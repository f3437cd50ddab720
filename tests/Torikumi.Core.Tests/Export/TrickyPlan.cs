using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Export;

/// <summary>
/// A plan whose text is hard on CSV and spreadsheets: commas, quotes, line breaks, leading spaces, text that looks like
/// a number, a date, a boolean or a formula, characters outside the BMP, and a list long enough for ㉑.
/// </summary>
public static class TrickyPlan
{
    public static PlanDocument Build() => new()
    {
        Title = "計画, \"引用\" 付き",
        Municipality = "練馬区",
        Stage = "案",
        Pillars =
        [
            new Pillar
            {
                Key = "P1", Number = 1, Title = " 先頭に空白",
                Strategies =
                [
                    new Strategy
                    {
                        Key = "S1", Number = 1, Title = "2021-12",
                        Items =
                        [
                            new PlanItem
                            {
                                Key = "1-1", Number = 1, Section = ItemSection.Initiatives, Title = "=SUM(A1:A2)",
                                Body = ["一行目, カンマ", "二行目 \"引用\"\n段落の中の改行"],
                                List = [.. Enumerable.Range(1, 21).Select(i => $"項目{i}")],
                                Footnotes = [new Footnote("※1", null, "用語の定義は巻末を参照")],
                                Owners = [new Owner("企画部", []), new Owner("総務部", ["総務課", "情報政策課"])],
                                Children =
                                [
                                    new PlanItem
                                    {
                                        Key = "1-1-1", Number = 1, Section = ItemSection.Initiatives, Title = "123",
                                        Body = ["TRUE", "1/2", "-負の数ではない"], BodyAfterList = ["@メンション風"],
                                    },
                                ],
                            },
                            new PlanItem
                            {
                                Key = "1-R1", Number = 1, Section = ItemSection.Related, Title = "𠮷野家と\n改行",
                                Repost = true, RepostOf = "1-1",
                            },
                        ],
                    },
                ],
            },
        ],
    };
}
