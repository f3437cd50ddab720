using Torikumi.Core.Plans;
using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Progress;

public class IndicatorCandidateTests
{
    static readonly int[] PlanYears = [2022, 2023];

    static PlanItem Item(params string[] body) =>
        new() { Key = "1-1", Number = 1, Section = ItemSection.Initiatives, Title = "見出し", Body = body };

    static IReadOnlyList<IndicatorCandidate> In(params string[] body) => IndicatorCandidates.Find(Item(body), PlanYears);

    [Fact]
    public void A_rate_with_its_year_and_where_it_came_from()
    {
        var c = Assert.Single(In("子育て世帯の負担軽減を図ります。", "また、令和5年度までに、区内保育所のICT導入率100%を目指します。"));
        Assert.Equal(("ICT導入率", CandidateNameSource.WordsBefore, "%", 100m, 2023, "令和5年度までに"), (c.Name, c.NameSource, c.Unit, c.Target, c.FiscalYear, c.YearText));
        Assert.Equal(new CandidateSource(ItemTextPart.Body, 1, 18, 10, "ICT導入率100%", "また、令和5年度までに、区内保育所のICT導入率100%を目指します。"), c.Source);
        var indicator = c.ToIndicator(2022);
        Assert.Equal([new IndicatorValue(2023, 100)], indicator.Targets);
        Assert.Empty(indicator.Validate());
    }

    [Fact]
    public void Two_years_means_the_plans_last_year_and_the_verb_names_it()
    {
        var c = Assert.Single(In("グループホームを、整備費補助により、2か年で60室整備します。"));
        Assert.Equal(("グループホーム整備", CandidateNameSource.ObjectAndVerb, "室", 60m, 2023, "2か年"), (c.Name, c.NameSource, c.Unit, c.Target, c.FiscalYear, c.YearText));
        Assert.Equal("60室", c.Source.Excerpt);
    }

    [Fact]
    public void Without_words_before_or_a_verb_the_title_is_the_name_and_the_year_may_be_unknown()
    {
        var c = Assert.Single(In("未作成の11か所について個別に働きかけます。"));
        Assert.Equal(("見出し", CandidateNameSource.ItemTitle, "か所", 11m, (int?)null), (c.Name, c.NameSource, c.Unit, c.Target, c.FiscalYear));
        Assert.Equal(2022, c.ToIndicator(2022).Targets[0].FiscalYear);
    }

    [Theory]
    [InlineData("相談件数を年間1,200件にします。", "件", 1200)]
    [InlineData("参加者を延べ3万人にします。", "人", 30000)]
    [InlineData("認知症サポーター500名を養成します。", "名", 500)]
    [InlineData("講座を12回開催します。", "回", 12)]
    [InlineData("避難所を20箇所、", "箇所", 20)]
    [InlineData("20ヶ所で実施", "ヶ所", 20)]
    [InlineData("空き家30戸を活用", "戸", 30)]
    [InlineData("電動車15台を導入", "台", 15)]
    [InlineData("モデル校3校で実施", "校", 3)]
    [InlineData("私立保育園5園を誘致", "園", 5)]
    [InlineData("参加団体40団体", "団体", 40)]
    [InlineData("ＩＣＴ導入率１００％", "%", 100)]
    [InlineData("達成率99.5%", "%", 99.5)]
    [InlineData("延長約5.1kmの区間", "km", 5.1)]
    public void Typical_counters_and_units(string text, string unit, decimal value)
    {
        var c = Assert.Single(In(text));
        Assert.Equal((unit, value), (c.Unit, c.Target));
    }

    [Theory]
    [InlineData("令和4年度から実施します。")]
    [InlineData("平成30年3月に策定しました。")]
    [InlineData("マイナポータル※1を活用し")]
    [InlineData("戦略計画5に掲げる")]
    [InlineData("第2回検討会を開催")]
    [InlineData("2回目の接種")]
    [InlineData("35人学級編制の実施")]
    [InlineData("児童生徒1人1台の端末")]
    [InlineData("高齢者の4人に1人が")]
    [InlineData("R4年度の実績")]
    [InlineData("COVID-19人")]
    [InlineData("9時間から11時間の預かり保育や3歳未満児")]
    [InlineData("築60年を目途に改築します。")]
    [InlineData("中学3年生を対象に")]
    public void Not_indicators(string text) => Assert.Empty(In(text));

    [Fact]
    public void The_nearest_by_year_wins_over_a_start_year()
    {
        var c = Assert.Single(In("令和4年度から着手し、令和6年度末までに保育所定員を500人拡大します。"));
        Assert.Equal((2024, "令和6年度末"), (c.FiscalYear, c.YearText));
        Assert.Null(Assert.Single(In("令和4年度から相談窓口を10か所に増やします。")).FiscalYear);
        Assert.Equal(2023, Assert.Single(In("令和4・5年度で10か所に設置します。")).FiscalYear);
    }

    [Fact]
    public void The_same_number_twice_in_an_item_is_one_candidate()
    {
        Assert.Single(In("10か所に設置します。", "残る10か所に設置します。"));
        Assert.Equal(2, In("10か所に設置します。", "20か所に設置します。").Count);
    }

    [Fact]
    public void Spans_point_into_the_paragraph_as_stored_also_with_full_width_text()
    {
        const string text = "また、区内の公園灯１，６８１基を更新します。";
        var c = Assert.Single(In(text));
        Assert.Equal(1681m, c.Target);
        Assert.Equal("公園灯１，６８１基", text.Substring(c.Source.Start, c.Source.Length));
        Assert.Equal(c.Source.Excerpt, text.Substring(c.Source.Start, c.Source.Length));
    }
}
