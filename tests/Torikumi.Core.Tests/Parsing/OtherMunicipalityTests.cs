using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Parsing;

/// <summary>A plan the parser has never seen: another city's words for the levels, real line breaks, real ①②, full-width digits.</summary>
public class OtherMunicipalityTests
{
    const string Text = """
        みどり市総合計画
        実施計画【案】
        令和６年度（2024年度）～令和８年度（2026年度）
        令和６年（2024年）３月
        みどり市

        基本目標１　安心して子育てできるまち
        施策１　子育て支援の充実
        主な取組
        計画事業１　保育所の整備
        待機児童ゼロを維持するため、保育所を整備します。
        ①民間保育所の誘致を進めます。
        ②既存園の定員を拡大します。
        所管課：こども部　保育課、子育て支援課
        計画事業２　児童館の充実　★
        児童館※1の開館時間を延長し、
        中高生の居場所をつくります。
        ※1　児童館・・・0歳から18歳までの子どもが利用できる施設
        担当課：こども部　子育て支援課　教育委員会事務局
        関連事業
        １　放課後の居場所づくり
        放課後の居場所を全校に広げます。
        所管課：教育委員会事務局　学務課
        施策２　子どもの健康
        主な取組
        １　健診の充実
        健診の受診率を高めます。
        所管課：健康部　健康推進課
        基本目標２　誰もが暮らしやすいまち
        施策３　高齢者の見守り
        主な取組
        １　見守りネットワーク
        地域で高齢者を見守ります。
        所管課：福祉部　高齢者支援課
        """;

    static ParseResult Result => PlanParser.Parse(Text);

    [Fact]
    public void levels_by_other_labels()
    {
        var plan = Result.Plan!;
        Assert.Equal(["安心して子育てできるまち", "誰もが暮らしやすいまち"], plan.Pillars.Select(p => p.Title));
        Assert.Equal(["子育て支援の充実", "子どもの健康", "高齢者の見守り"], plan.Strategies.Select(s => s.Title));
        Assert.Equal(["1-1", "1-2", "1-R1", "2-1", "3-1"], plan.Strategies.SelectMany(s => s.Items).Select(i => i.Key));
    }

    [Fact]
    public void document_facts_of_another_city()
    {
        var plan = Result.Plan!;
        Assert.Equal("みどり市", plan.Municipality);
        Assert.Equal("案", plan.Stage);
        Assert.Equal([2024, 2025, 2026], plan.FiscalYears);
        Assert.Equal("2024-03", plan.Published);
        Assert.Equal("みどり市総合計画 実施計画", plan.Title);
    }

    [Fact]
    public void items_with_other_owner_labels_and_real_circled_numbers()
    {
        var plan = Result.Plan!;
        var first = plan.FindItem("1-1")!;
        Assert.Equal("保育所の整備", first.Title);
        Assert.Equal(["待機児童ゼロを維持するため、保育所を整備します。"], first.Body);
        Assert.Equal(["民間保育所の誘致を進めます。", "既存園の定員を拡大します。"], first.List);
        Assert.Equal("所管課", first.OwnersLabel);
        Assert.Equal("こども部", first.Owners.Single().Department);
        Assert.Equal(["保育課", "子育て支援課"], first.Owners.Single().Sections);

        var second = plan.FindItem("1-2")!;
        Assert.True(second.Starred);
        Assert.Equal("児童館の充実", second.Title);
        Assert.Equal(["児童館※1の開館時間を延長し、中高生の居場所をつくります。"], second.Body);
        Assert.Equal(new Footnote("※1", "児童館", "0歳から18歳までの子どもが利用できる施設"), second.Footnotes.Single());
        Assert.Equal("担当課", second.OwnersLabel);
        Assert.Equal(["こども部", "教育委員会事務局"], second.Owners.Select(o => o.Department));

        var related = plan.FindItem("1-R1")!;
        Assert.Equal(ItemSection.Related, related.Section);
        Assert.Equal("教育委員会事務局", related.Owners.Single().Department);
    }

    [Fact]
    public void no_warnings_and_everything_accounted_for()
    {
        Assert.DoesNotContain(Result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Accounting.AssertEveryCharacterAccountedFor(Result);
        Accounting.AssertItemTextsMatchTheirSource(Result);
    }

    [Fact]
    public void a_custom_vocabulary_extends_the_table()
    {
        var text = Text.Replace("基本目標", "政策分野", StringComparison.Ordinal);
        Assert.Null(PlanParser.Parse(text.Replace("施策", "分野", StringComparison.Ordinal)).Plan);
        var vocab = Vocabulary.Default with { PillarLabels = ["政策分野", .. Vocabulary.Default.PillarLabels] };
        var plan = PlanParser.Parse(text, vocab).Plan!;
        Assert.Equal(2, plan.Pillars.Count);
    }
}
