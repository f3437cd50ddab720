using Torikumi.Core.Japanese;

namespace Torikumi.Core.Tests.Japanese;

public class SearchTextTests
{
    [Theory]
    [InlineData("ＩＣＴ", "ict")]
    [InlineData("ｉｃｔ", "ict")]
    [InlineData("ICT", "ict")]
    [InlineData("ｷｬｯｼｭﾚｽ", "きゃっしゅれす")]
    [InlineData("キャッシュレス", "きゃっしゅれす")]
    [InlineData("ホイク", "ほいく")]
    [InlineData("ほいく", "ほいく")]
    [InlineData("ｶﾞｯｺｳ", "がっこう")]
    [InlineData("整 備", "整備")]
    [InlineData("整\u3000備\n します", "整備します")]
    [InlineData("ゼロ\u200Bカーボン", "ぜろかーぼん")]
    [InlineData("ヴァイオリン", "ゔぁいおりん")]
    [InlineData("サービス", "さーびす")]
    [InlineData("１０〜１２月", "10~12月")]
    [InlineData("10～12月", "10~12月")]
    [InlineData("10~12月", "10~12月")]
    [InlineData("か\u3099", "が")]
    [InlineData("ハ゜ン", "ぱん")]
    [InlineData("ﾊﾟﾝ", "ぱん")]
    [InlineData("", "")]
    public void Normalise_folds_width_case_kana_and_spaces(string text, string expected) =>
        Assert.Equal(expected, SearchText.Normalise(text));

    [Fact]
    public void Every_notation_of_the_same_word_normalises_alike()
    {
        string[] forms = ["ｷｬｯｼｭﾚｽ", "キャッシュレス", "きゃっしゅれす", "キャッシュ レス"];
        Assert.Single(forms.Select(SearchText.Normalise).Distinct());
    }

    [Fact]
    public void Normalise_is_idempotent()
    {
        var once = SearchText.Normalise(Sample.Text);
        Assert.Equal(once, SearchText.Normalise(once));
    }

    [Fact]
    public void The_map_leads_back_to_the_original_characters()
    {
        var n = SearchText.NormaliseWithMap("区の ｷｬｯｼｭﾚｽ 整 備");
        Assert.Equal("区のきゃっしゅれす整備", n.Text);

        var at = n.Text.IndexOf("きゃっしゅれす", StringComparison.Ordinal);
        var (start, length) = n.ToOriginal(at, "きゃっしゅれす".Length);
        Assert.Equal("ｷｬｯｼｭﾚｽ", n.Original.Substring(start, length));

        (start, length) = n.ToOriginal(n.Text.IndexOf("整備", StringComparison.Ordinal), 2);
        Assert.Equal("整 備", n.Original.Substring(start, length));
    }

    [Fact]
    public void A_composed_half_width_kana_maps_to_both_of_its_original_characters()
    {
        var n = SearchText.NormaliseWithMap("ｶﾞｽ");
        Assert.Equal("がす", n.Text);
        Assert.Equal((0, 2), n.ToOriginal(0, 1));
        Assert.Equal((2, 1), n.ToOriginal(1, 1));
    }

    [Fact]
    public void Grams_are_every_unigram_and_bigram_once_in_order()
    {
        Assert.Equal(["保", "保育", "育", "育所", "所"], SearchText.Grams("保育所"));
        Assert.Equal(["あ", "ああ"], SearchText.Grams("あああ"));
        Assert.Empty(SearchText.Grams(""));
        Assert.Equal(["区"], SearchText.Grams("区"));
    }

    [Fact]
    public void A_character_outside_the_BMP_is_one_gram()
    {
        Assert.Equal(["𠮷", "𠮷野", "野"], SearchText.Grams("𠮷野"));
        Assert.Equal(["𠮷"], SearchText.LookupGrams("𠮷"));
    }

    [Fact]
    public void Grams_are_deterministic() =>
        Assert.Equal(SearchText.Grams(SearchText.Normalise(Sample.Text)), SearchText.Grams(SearchText.Normalise(Sample.Text)));

    [Fact]
    public void A_terms_lookup_grams_are_among_the_grams_of_every_text_containing_it()
    {
        var text = SearchText.Normalise(Sample.Text);
        var grams = SearchText.Grams(text).ToHashSet();
        foreach (var word in new[] { "区", "保育", "防災", "キャッシュレス", "ICT", "みどりの風吹くまち" })
        {
            var query = SearchQuery.Parse(word);
            Assert.True(SearchText.Matches(query, text), word);
            Assert.All(query.Terms.Single().Grams, g => Assert.Contains(g, grams));
        }
    }

    [Theory]
    [InlineData("保育", "私立認可保育所の誘致", true)]
    [InlineData("保育 誘致", "私立認可保育所の誘致", true)]
    [InlineData("保育 防災", "私立認可保育所の誘致", false)]
    [InlineData("\"保育所の誘致\"", "私立認可保育所の誘致", true)]
    [InlineData("「認可 保育所」", "私立認可保育所の誘致", true)]
    [InlineData("「保育所 認可」", "私立認可保育所の誘致", false)]
    [InlineData("区", "練馬区", true)]
    [InlineData("ＩＣＴ", "ICTの活用", true)]
    [InlineData("ict", "ＩＣＴの活用", true)]
    [InlineData("ほいく", "ホイクの日", true)]
    [InlineData("整備", "道路を整 備します", true)]
    public void Matches_requires_every_term(string query, string document, bool expected) =>
        Assert.Equal(expected, SearchText.Matches(SearchQuery.Parse(query), SearchText.Normalise(document)));
}
