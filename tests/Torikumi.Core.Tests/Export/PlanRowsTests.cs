using Torikumi.Core.Export;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Export;

/// <summary>The flat item list behind the CSV and XLSX downloads, on the real sample and on hand-built plans.</summary>
public sealed class PlanRowsTests
{
    static readonly IReadOnlyList<PlanRow> SampleRows = PlanRows.Of(Sample.Plan, new PlanExportSource(PlanId: 7, Version: 2));

    [Fact]
    public void the_sample_gives_one_row_per_item_and_sub_item_in_reading_order()
    {
        Assert.Equal(174, SampleRows.Count);
        Assert.Equal(93, SampleRows.Count(r => r.ParentKey is null));
        Assert.Equal(81, SampleRows.Count(r => r.Level == PlanRows.SubItem));
        Assert.Equal(Sample.Plan.AllItems.Select(i => i.Key), SampleRows.Select(r => r.Key));
        Assert.Equal(SampleRows.Count, SampleRows.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public void a_sub_item_row_carries_its_plan_pillar_strategy_parent_owners_and_url()
    {
        var row = SampleRows.Single(r => r.Key == "1-3-2");

        Assert.Equal("第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)", row.Plan);
        Assert.Equal("練馬区", row.Municipality);
        Assert.Equal("素案", row.Stage);
        Assert.Equal(2, row.Version);
        Assert.Equal(("P1", 1, "子どもたちの笑顔輝くまち"), (row.PillarKey, row.PillarNumber, row.PillarTitle));
        Assert.Equal(("S1", 1, "子育てのかたちを選択できる社会の実現"), (row.StrategyKey, row.StrategyNumber, row.StrategyTitle));
        Assert.Equal("1-3", row.ParentKey);
        Assert.Equal(PlanRows.SubItem, row.Level);
        Assert.Equal(2, row.Number);
        Assert.Equal("障害児保育および医療的ケアの充実", row.Title);
        Assert.True(row.Starred);
        Assert.False(row.Repost);
        Assert.Null(row.RepostOf);
        Assert.Equal(
            "私立保育所での障害児保育巡回指導を開始し、地域型保育施設への区独自の障害児受入加算を設けており、引き続き障害児保育サービスの充実を図ります。\n" +
            "また、医療的ケア児支援法の成立を受け、令和4年度から医療的ケア児の入園に係る選考について、一般児童より先に選考を行う「優先選考」方式を導入します。",
            row.Body);
        Assert.Equal("", row.List);
        Assert.Equal("教育振興部：学務課\nこども家庭部：子育て支援課、保育課", row.Owners);
        Assert.Equal("教育振興部\nこども家庭部", row.Departments);
        Assert.Equal("/plans/7/items/1-3-2", row.Url);
    }

    [Fact]
    public void an_initiative_without_owners_of_its_own_gets_the_departments_of_its_sub_items()
    {
        var row = SampleRows.Single(r => r.Key == "1-3");

        Assert.Equal(PlanRows.Initiative, row.Level);
        Assert.Null(row.ParentKey);
        Assert.Equal("", row.Owners);
        Assert.Equal("こども家庭部\n教育振興部", row.Departments);
    }

    [Fact]
    public void the_enumerated_paragraphs_get_their_circled_numbers_back()
    {
        var row = SampleRows.Single(r => r.Key == "1-3-1");

        Assert.Equal(
            "①私立認可保育所の誘致を進めるとともに、区立保育園の委託の拡大により延長保育事業を充実し、多様な保育ニーズに対応します。\n" +
            "②区立保育園の改築に合わせ、定員の拡大を図ります。",
            row.List);
        // An entry with a heading keeps its own line break: ①自治体システムの標準化\n国の標準仕様に…
        Assert.Equal(["①", "②", "③", "④", "⑤"],
            System.Text.RegularExpressions.Regex.Matches(SampleRows.Single(r => r.Key == "22-2").List, "^[①-⑳]", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Value));
        Assert.StartsWith("①自治体システムの標準化\n国の標準仕様に", SampleRows.Single(r => r.Key == "22-2").List);
    }

    [Fact]
    public void footnotes_reposts_and_related_projects_are_written_as_the_plan_prints_them()
    {
        var footnote = SampleRows.Single(r => r.Key == "1-5");
        var repost = SampleRows.Single(r => r.Key == "8-3");

        Assert.StartsWith("※1 マイナポータル・・・", footnote.Footnotes);
        Assert.True(repost.Repost);
        Assert.Equal("4-3-2", repost.RepostOf);
        Assert.Contains(SampleRows, r => r.Level == PlanRows.Related && r.Key.Contains("-R", StringComparison.Ordinal));
    }

    [Fact]
    public void a_plan_that_is_not_stored_has_no_urls_or_version()
    {
        var rows = PlanRows.Of(HandBuiltPlan.Rich());

        Assert.All(rows, r => Assert.Null(r.Url));
        Assert.All(rows, r => Assert.Null(r.Version));
    }

    [Theory]
    [InlineData(0, "①")]
    [InlineData(19, "⑳")]
    [InlineData(20, "㉑")]
    [InlineData(34, "㉟")]
    [InlineData(35, "㊱")]
    [InlineData(49, "㊿")]
    [InlineData(50, "(51)")]
    public void list_marks_go_on_past_twenty(int index, string mark) => Assert.Equal(mark, PlanRows.ListMark(index));

    [Fact]
    public void every_column_has_a_distinct_japanese_header_and_a_stable_snake_case_english_name()
    {
        var columns = PlanColumns.All;

        Assert.Equal(columns.Count, columns.Select(c => c.Header).Distinct().Count());
        Assert.Equal(columns.Count, columns.Select(c => c.Name).Distinct().Count());
        Assert.All(columns, c => Assert.Matches("^[a-z]+(_[a-z]+)*$", c.Name));
        Assert.Equal(
            ["plan", "municipality", "stage", "version", "pillar_key", "pillar_number", "pillar_title", "strategy_key",
             "strategy_number", "strategy_title", "key", "parent_key", "level", "number", "title", "starred", "repost",
             "repost_of", "body", "list", "body_after_list", "footnotes", "owners", "departments", "url"],
            columns.Select(c => c.Name));
    }

    [Fact]
    public void the_attribution_names_the_municipality_and_the_plan_with_its_stage_once()
    {
        Assert.Equal("出典：練馬区「第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)【素案】」",
            OpenDataLicence.Attribution(Sample.Plan));
        Assert.Equal("出典：練馬区「計画【素案】」",
            OpenDataLicence.Attribution(new PlanDocument { Title = "計画【素案】", Municipality = "練馬区", Stage = "素案" }));
    }
}
