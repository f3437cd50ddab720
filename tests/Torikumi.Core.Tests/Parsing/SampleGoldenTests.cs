using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Parsing;

/// <summary>Golden facts of the sample, written from reading the document itself.</summary>
public class SampleGoldenTests
{
    static PlanDocument Plan => Sample.Plan;
    static PlanItem Item(string key) => Plan.FindItem(key) ?? throw new Xunit.Sdk.XunitException($"no item {key}");

    [Fact]
    public void document_facts()
    {
        Assert.Equal("第2次みどりの風吹くまちビジョン 改定アクションプラン(年度別取組計画)", Plan.Title);
        Assert.Equal("練馬区", Plan.Municipality);
        Assert.Equal("素案", Plan.Stage);
        Assert.Equal([2022, 2023], Plan.FiscalYears);
        Assert.Equal("令和4年度(2022年度)・令和5年度(2023年度)", Plan.FiscalYearsText);
        Assert.Equal("2021-12", Plan.Published);
    }

    [Fact]
    public void colophon()
    {
        var c = Plan.Colophon!;
        Assert.Equal("練馬区 企画部 企画課", c.Publisher);
        Assert.Equal("176-8501", c.PostalCode);
        Assert.Equal("東京都練馬区豊玉北6-12-1 練馬区役所 本庁舎6階", c.Address);
        Assert.Equal("03-3993-1111(代表)", c.Phone);
        Assert.Equal("03-3993-1195", c.Fax);
        Assert.Equal("https://www.city.nerima.tokyo.jp/", c.Url);
    }

    [Fact]
    public void counts_per_level()
    {
        Assert.Equal(6, Plan.Pillars.Count);
        Assert.Equal(22, Plan.Strategies.Count());
        var top = Plan.Strategies.SelectMany(s => s.Items).ToList();
        Assert.Equal(85, top.Count(i => i.Section == ItemSection.Initiatives));
        Assert.Equal(8, top.Count(i => i.Section == ItemSection.Related));
        Assert.Equal(81, top.Sum(i => i.Children.Count));
        // Every 事業実施課 line of the document belongs to exactly one item.
        Assert.Equal(152, Plan.AllItems.Count(i => i.IsOwned));
        Assert.Equal(28, Plan.AllItems.Count(i => i.Starred));
        Assert.Equal(4, Plan.AllItems.Count(i => i.Repost));
        Assert.Equal(14, Plan.AllItems.Sum(i => i.Footnotes.Count));
        Assert.Equal(112, Plan.AllItems.Sum(i => i.List.Count));
        Assert.Equal([5, 5, 4, 4, 3, 6, 3, 5, 4, 3, 5, 9, 4, 2, 5, 3, 4, 4, 3, 5, 4, 3], Plan.Strategies.Select(s => s.Items.Count));
        Assert.Equal([4, 2, 4, 5, 4, 3], Plan.Pillars.Select(p => p.Strategies.Count));
    }

    [Fact]
    public void pillar_titles()
    {
        Assert.Equal(
            ["子どもたちの笑顔輝くまち", "高齢者が住みなれた地域で暮らせるまち", "安心を支える福祉と医療のまち",
             "安全・快適、みどりあふれるまち", "いきいきと心豊かに暮らせるまち", "区民とともに区政を進める"],
            Plan.Pillars.Select(p => p.Title));
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6"], Plan.Pillars.Select(p => p.Key));
    }

    [Fact]
    public void every_strategic_plan_title()
    {
        string[] expected =
        [
            "子育てのかたちを選択できる社会の実現",
            "子どもの成長に合わせた切れ目のないサポートの充実",
            "すべての小学生を対象に放課後の居場所づくり",
            "夢や目標を持ち困難を乗り越える力を備えた子どもたちの育成",
            "高齢者地域包括ケアシステムの確立",
            "元気高齢者の活躍と健康づくり・介護予防の推進",
            "障害者が地域で暮らし続けられる基盤の整備",
            "ひとり親家庭や生活困窮世帯等の自立を応援",
            "感染症対応力の強化と安心して医療が受けられる体制の整備",
            "コロナ禍であっても、区民一人ひとりの健康づくりを応援",
            "地域の災害リスクに応じた「攻めの防災」",
            "みどり豊かで快適な空間を創出する交通インフラの整備",
            "魅力にあふれ利便性に富んだ駅前と周辺のまちづくり",
            "練馬のみどりを未来へつなぐ",
            "脱炭素社会の実現に向けた総合的な環境施策の展開",
            "地域特性を活かした企業支援と商店街の魅力づくり",
            "生きた農と共存する都市農業のまち練馬",
            "練馬ならではの都市文化を楽しめるまち",
            "豊かなみどりの中で誰もがスポーツを楽しめるまち",
            "区民協働による住民自治の創造",
            "窓口から区役所を変える",
            "DX(デジタル・トランスフォーメーション)の推進",
        ];
        Assert.Equal(expected, Plan.Strategies.Select(s => s.Title));
        Assert.Equal(Enumerable.Range(1, 22).Select(n => $"S{n}"), Plan.Strategies.Select(s => s.Key));
    }

    [Fact]
    public void sections_as_printed()
    {
        var s3 = Plan.Strategies.Single(s => s.Number == 3);
        Assert.Equal(["令和4・5年度の取組", "関連する事業"], s3.Sections.Select(x => x.Label));
        Assert.Equal(["3-1", "3-2", "3-3", "3-R1"], s3.Items.Select(i => i.Key));
    }

    [Fact]
    public void item_1_1_in_full()
    {
        var i = Item("1-1");
        Assert.Equal("家庭での子育て支援サービスの充実", i.Title);
        Assert.Equal(ItemSection.Initiatives, i.Section);
        Assert.Equal(
            ["親子が気軽に交流できる子育てのひろばの拡充等に取り組み、安心して子育てができる環境を整備します。石神井公園南口西地区市街地再開発事業等による区西部地域での乳幼児一時預かり事業の新たな開設に向け調整を図ります。また、利便性の向上を図るため、キャッシュレス決済を導入します。"],
            i.Body);
        Assert.Empty(i.List);
        Assert.False(i.Starred);
        Assert.Equal([new Owner("こども家庭部", ["子育て支援課", "練馬子ども家庭支援センター"])], i.Owners, OwnerComparer.Instance);
        Assert.Equal("事業実施課", i.OwnersLabel);
    }

    [Fact]
    public void item_1_2_keeps_its_two_paragraphs()
    {
        var i = Item("1-2");
        Assert.Equal(2, i.Body.Count);
        Assert.StartsWith("民間カフェ等が無償で提供する店舗スペースを活用し", i.Body[0]);
        Assert.Equal("また、自主的に子育て講座等を運営するカフェを、区が練馬こどもカフェとして認定する制度を創設します。", i.Body[1]);
    }

    [Fact]
    public void item_1_3_has_sub_items_with_list_and_star()
    {
        var parent = Item("1-3");
        Assert.Equal("保育サービスの充実", parent.Title);
        Assert.Empty(parent.Owners);
        Assert.Equal(["1-3-1", "1-3-2"], parent.Children.Select(c => c.Key));

        var sub1 = Item("1-3-1");
        Assert.Equal("保育所の拡充", sub1.Title);
        Assert.Equal(["待機児童数ゼロが当たり前のものとして定着できるよう私立認可保育所の整備等を進め、定員を拡大するとともに、様々な子育ての形を選択できる社会の実現を目指します。"], sub1.Body);
        Assert.Equal(
            ["私立認可保育所の誘致を進めるとともに、区立保育園の委託の拡大により延長保育事業を充実し、多様な保育ニーズに対応します。",
             "区立保育園の改築に合わせ、定員の拡大を図ります。"],
            sub1.List);
        Assert.Equal([new Owner("こども家庭部", ["子育て支援課", "保育課", "保育計画調整課"])], sub1.Owners, OwnerComparer.Instance);

        var sub2 = Item("1-3-2");
        Assert.Equal("障害児保育および医療的ケアの充実", sub2.Title);
        Assert.True(sub2.Starred);
        Assert.Equal(
            [new Owner("教育振興部", ["学務課"]), new Owner("こども家庭部", ["子育て支援課", "保育課"])],
            sub2.Owners, OwnerComparer.Instance);
    }

    [Fact]
    public void item_1_5_footnote_stays_referenced_and_becomes_a_note()
    {
        var i = Item("1-5");
        Assert.Contains("マイナポータル※1を活用し", i.Body[0]);
        Assert.Equal("また、令和5年度までに、区内保育所のICT導入率100%を目指します。", i.Body[1]);
        var f = Assert.Single(i.Footnotes);
        Assert.Equal("※1", f.Mark);
        Assert.Equal("マイナポータル", f.Term);
        Assert.StartsWith("各個人がマイナンバーカードによる認証を行うことで、パソコンやスマートフォンから利用できるインターネット上の専用サイトです。", f.Text);
        Assert.EndsWith("等の機能があります。", f.Text);
    }

    [Fact]
    public void item_22_2_recovers_latin_words_after_the_marks()
    {
        var i = Item("22-2");
        Assert.Equal("業務の改革", i.Title);
        Assert.Equal(5, i.List.Count);
        Assert.StartsWith("自治体システムの標準化\n", i.List[0]);
        Assert.StartsWith("AI・RPAの活用による業務効率化\nAIやRPA※1などの", i.List[1]);
        Assert.StartsWith("BPRの考え方を活用した事務の見直し\nBPR※2の手法", i.List[2]);
        Assert.StartsWith("テレワーク環境の整備\n", i.List[3]);
        Assert.Equal("LAN環境整備方針の策定\nモバイルワークやペーパーレス会議等の実施に向けた無線LANの構築など、LAN環境の整備方針を策定します。", i.List[4]);
        Assert.Equal(["※1", "※2"], i.Footnotes.Select(f => f.Mark));
        Assert.Equal(["RPA", "BPR"], i.Footnotes.Select(f => f.Term));
        // A real space between Latin words stays.
        Assert.StartsWith("Robotic Process Automationの略。", i.Footnotes[0].Text);
        Assert.StartsWith("Business Process Re-engineeringの略。", i.Footnotes[1].Text);
        // A department listed alone has no sections.
        Assert.Equal(["区民部", "福祉部", "高齢施策担当部", "健康部", "教育振興部", "こども家庭部", "選挙管理委員会事務局", "企画部", "総務部", "人事戦略担当部"],
            i.Owners.Select(o => o.Department));
        Assert.All(i.Owners, o => Assert.Empty(o.Sections));
    }

    [Fact]
    public void reposts_link_to_their_originals()
    {
        Assert.Equal(
            [("5-3-2", "9-3-3"), ("7-3-6", "5-3-5"), ("8-3", "4-3-2"), ("8-5", "2-5")],
            Plan.AllItems.Where(i => i.Repost).Select(i => (i.Key, i.RepostOf!)));
        var repeat = Item("5-3-2");
        Assert.True(repeat.Starred);
        Assert.Equal("練馬光が丘病院跡施設における複合施設の整備", repeat.Title);
        Assert.Equal(repeat.Title, Item("9-3-3").Title);
        Assert.False(Item("9-3-3").Repost);
    }

    [Fact]
    public void related_project_with_list()
    {
        var i = Item("3-R1");
        Assert.Equal(ItemSection.Related, i.Section);
        Assert.Equal("児童館の機能の見直し", i.Title);
        Assert.Equal(["小学生の居場所となる「ねりっこクラブ」の拡大に合わせ、児童館等の機能を見直します。"], i.Body);
        Assert.Equal(3, i.List.Count);
        Assert.Equal("中学生・高校生向け事業を充実します。", i.List[0]);
        Assert.StartsWith("学童クラブ室を活用した子育てのひろば「にこにこ」へ相談員を配置し、乳幼児と保護者向けのサービスの充実を図ります。", i.List[1]);
        Assert.Equal([new Owner("こども家庭部", ["子育て支援課"])], i.Owners, OwnerComparer.Instance);
    }

    [Fact]
    public void starred_related_project_with_parenthesised_title()
    {
        var i = Item("12-R3");
        Assert.Equal("シェアサイクルの利用拡大に向けた取組(次期社会実験の実施)", i.Title);
        Assert.True(i.Starred);
        Assert.Equal(ItemSection.Related, i.Section);
    }

    [Fact]
    public void sub_item_title_after_a_space_and_department_alone()
    {
        var i = Item("14-1-4");
        Assert.Equal("都市インフラの整備におけるみどりの創出", i.Title);
        Assert.Equal(["都市整備部", "土木部"], i.Owners.Select(o => o.Department));
        Assert.All(i.Owners, o => Assert.Empty(o.Sections));
    }

    [Fact]
    public void numbered_sub_items_past_nine()
    {
        var i = Item("4-1");
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"4-1-{n}"), i.Children.Select(c => c.Key));
        Assert.Equal("英語教育の充実", Item("4-1-10").Title);
    }

    [Fact]
    public void real_spaces_inside_names_in_brackets_are_kept()
    {
        var body = Item("18-3").Body;
        Assert.Contains(body, p => p.Contains("「映像∞文化のまち ねりま」を本格稼働し、オンライン配信事業「ねりま映画サロン」", StringComparison.Ordinal));
    }

    [Fact]
    public void footnote_without_term_takes_the_referenced_word()
    {
        var f = Assert.Single(Item("6-5-1").Footnotes);
        Assert.Equal("街かどケアカフェ", f.Term);
        Assert.StartsWith("高齢者をはじめとする地域の方がふらっと立ち寄り", f.Text);
    }

    [Fact]
    public void spans_are_nested_and_ordered()
    {
        foreach (var p in Plan.Pillars)
        {
            Assert.True(p.Span.Start < p.Span.End);
            Assert.StartsWith("施策の柱", Sample.Text[p.Span.Start..]);
            foreach (var s in p.Strategies)
            {
                Assert.True(s.Span.Start >= p.Span.Start && s.Span.End <= p.Span.End, s.Key);
                Assert.StartsWith("戦略計画", Sample.Text[s.Span.Start..]);
                foreach (var i in s.Items.SelectMany(x => x.SelfAndDescendants()))
                    Assert.True(i.Span.Start >= s.Span.Start && i.Span.End <= s.Span.End, i.Key);
            }
        }
        Assert.StartsWith("3 保育サービスの充実", Sample.Text[Item("1-3").Span.Start..]);
        Assert.StartsWith("(1)保育所の拡充", Sample.Text[Item("1-3-1").Span.Start..]);
        Assert.EndsWith("保育計画調整課", Sample.Text[..Item("1-3-1").Span.End]);
    }

    [Fact]
    public void the_only_diagnostics_are_items_the_document_leaves_without_owners()
    {
        var d = Sample.Result.Diagnostics;
        Assert.All(d, x => Assert.Equal("no-owners", x.Code));
        Assert.Equal(["6-1-1", "22-1"], d.Select(x => x.Message.Split(' ')[1]));
    }
}

sealed class OwnerComparer : IEqualityComparer<Owner>
{
    public static readonly OwnerComparer Instance = new();
    public bool Equals(Owner? x, Owner? y) => x is not null && y is not null && x.Department == y.Department && x.Sections.SequenceEqual(y.Sections);
    public int GetHashCode(Owner o) => o.Department.GetHashCode(StringComparison.Ordinal);
}
