using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Japanese;

/// <summary>Search over the ward's real plan, item by item, the way the portal will run it.</summary>
public class SampleSearchTests
{
    static readonly Lazy<IReadOnlyList<(PlanItem Item, string Normalised)>> index = new(() =>
        [.. Sample.Plan.AllItems.Select(i => (i, SearchText.Normalise(ItemSearchText.Of(i))))]);

    static List<string> Find(string raw)
    {
        var query = SearchQuery.Parse(raw);
        return [.. index.Value.Where(e => SearchText.Matches(query, e.Normalised)).Select(e => e.Item.Key)];
    }

    [Fact]
    public void Every_item_with_保育_in_its_title_is_found_by_保育()
    {
        var titled = Sample.Plan.AllItems.Where(i => i.Title.Contains("保育")).Select(i => i.Key).ToList();
        Assert.NotEmpty(titled);
        Assert.Subset(Find("保育").ToHashSet(), titled.ToHashSet());
    }

    [Fact]
    public void Hiragana_katakana_and_half_width_find_the_same_items()
    {
        var expected = Find("キャッシュレス");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Find("きゃっしゅれす"));
        Assert.Equal(expected, Find("ｷｬｯｼｭﾚｽ"));
        Assert.Equal(Find("ホイク"), Find("ほいく"));
    }

    [Fact]
    public void Width_and_case_are_folded()
    {
        Assert.NotEmpty(Find("ICT"));
        Assert.Equal(Find("ICT"), Find("ＩＣＴ"));
        Assert.Equal(Find("ICT"), Find("ｉｃｔ"));
    }

    [Theory]
    [InlineData("区")]
    [InlineData("保育")]
    [InlineData("防災")]
    public void One_and_two_character_queries_find_items(string raw) => Assert.NotEmpty(Find(raw));

    [Fact]
    public void Several_words_narrow_the_result()
    {
        var both = Find("保育 待機");
        Assert.NotEmpty(both);
        Assert.True(both.Count < Find("保育").Count);
        Assert.Subset(Find("保育").ToHashSet(), both.ToHashSet());
        Assert.Subset(Find("待機").ToHashSet(), both.ToHashSet());
        Assert.Empty(Find("保育 防災"));
        Assert.All(both, key => Assert.True(index.Value.Single(e => e.Item.Key == key).Normalised is var t
            && t.Contains("保育", StringComparison.Ordinal) && t.Contains("待機", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_word_the_PDF_broke_across_lines_is_found_as_one_word()
    {
        var broken = Sample.Text.IndexOf("整 備", StringComparison.Ordinal);
        Assert.True(broken >= 0, "the sample still has 整 備");
        Assert.Contains(index.Value, e => e.Item.Span.Contains(broken) && e.Normalised.Contains("整備", StringComparison.Ordinal));
        Assert.Contains("整備", SearchText.Normalise(Sample.Text.Substring(broken, 3)));
    }

    [Fact]
    public void The_paragraphs_and_footnotes_are_searched_too()
    {
        var item = Sample.Plan.AllItems.First(i => i.List.Count > 0 && i.Footnotes.Count > 0);
        Assert.Contains(item.Key, Find($"「{item.List[^1][..Math.Min(12, item.List[^1].Length)]}」"));
        var note = item.Footnotes[0];
        Assert.Contains(item.Key, Find($"「{note.Text[..Math.Min(12, note.Text.Length)]}」"));
    }

    [Fact]
    public void The_gram_index_finds_a_superset_of_the_matches()
    {
        var grams = index.Value.Select(e => (e.Item.Key, Grams: SearchText.Grams(e.Normalised).ToHashSet())).ToList();
        foreach (var raw in new[] { "区", "保育", "防災", "キャッシュレス", "「保育 サービス」", "地域 防災" })
        {
            var query = SearchQuery.Parse(raw);
            var candidates = grams.Where(d => query.Terms.All(t => t.Grams.All(d.Grams.Contains))).Select(d => d.Key).ToHashSet();
            Assert.Subset(candidates, Find(raw).ToHashSet());
        }
    }
}
