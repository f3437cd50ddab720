using Torikumi.Core.Japanese;

namespace Torikumi.Core.Tests.Japanese;

public class SnippetTests
{
    static IEnumerable<string> Marked(Snippet s) => s.Highlights.Select(h => s.Text.Substring(h.Start, h.Length));

    [Fact]
    public void A_short_text_is_shown_whole_with_its_matches_marked()
    {
        var s = Snippet.Make("私立認可保育所の誘致と保育士の確保", SearchQuery.Parse("保育 誘致"));
        Assert.Equal("私立認可保育所の誘致と保育士の確保", s.Text);
        Assert.Equal(["保育", "誘致", "保育"], Marked(s));
        Assert.False(s.CutBefore);
        Assert.False(s.CutAfter);
    }

    [Fact]
    public void A_match_across_a_lost_line_break_marks_both_characters()
    {
        var s = Snippet.Make("道路を整 備します。", SearchQuery.Parse("整備"));
        Assert.Equal(["整 備"], Marked(s));
    }

    [Fact]
    public void Highlights_are_in_the_original_notation()
    {
        var s = Snippet.Make("ｷｬｯｼｭﾚｽ決済とＩＣＴの活用", SearchQuery.Parse("キャッシュレス ict"));
        Assert.Equal(["ｷｬｯｼｭﾚｽ", "ＩＣＴ"], Marked(s));
    }

    [Fact]
    public void Overlapping_matches_become_one_highlight()
    {
        var s = Snippet.Make("保育所の整備", SearchQuery.Parse("保育 育所"));
        Assert.Equal(["保育所"], Marked(s));
    }

    [Fact]
    public void A_long_text_gives_a_window_around_the_first_match()
    {
        var text = new string('あ', 300) + "。防災訓練を行います。" + new string('い', 300);
        var s = Snippet.Make(text, SearchQuery.Parse("防災"), 60);
        Assert.True(s.Text.Length <= 60);
        Assert.StartsWith("防災訓練", s.Text); // starts at the sentence boundary
        Assert.Equal(["防災"], Marked(s));
        Assert.True(s.CutBefore);
        Assert.True(s.CutAfter);
        Assert.Equal(text.Substring(s.Offset, s.Text.Length), s.Text);
    }

    [Fact]
    public void Without_a_sentence_boundary_some_context_comes_before_the_match()
    {
        var text = new string('あ', 300) + "防災" + new string('い', 300);
        var s = Snippet.Make(text, SearchQuery.Parse("防災"), 40);
        Assert.Equal(40, s.Text.Length);
        Assert.Equal(10, s.Highlights.Single().Start);
    }

    [Fact]
    public void Without_a_sentence_boundary_a_clause_boundary_will_do()
    {
        var text = new string('あ', 300) + "、防災" + new string('い', 300);
        var s = Snippet.Make(text, SearchQuery.Parse("防災"), 40);
        Assert.StartsWith("防災", s.Text);
    }

    [Fact]
    public void A_match_near_the_end_fills_the_window_from_before()
    {
        var text = new string('あ', 300) + "防災";
        var s = Snippet.Make(text, SearchQuery.Parse("防災"), 40);
        Assert.Equal(40, s.Text.Length);
        Assert.EndsWith("防災", s.Text);
        Assert.False(s.CutAfter);
    }

    [Fact]
    public void Without_a_match_the_beginning_is_shown()
    {
        var s = Snippet.Make(new string('あ', 300), SearchQuery.Parse("防災"), 50);
        Assert.Equal(new string('あ', 50), s.Text);
        Assert.Empty(s.Highlights);
        Assert.Equal(0, s.Offset);
    }

    [Fact]
    public void A_surrogate_pair_is_never_cut()
    {
        var text = new string('あ', 9) + "𠮷" + new string('い', 50);
        var s = Snippet.Make(text, SearchQuery.Parse("防災"), 10);
        Assert.Equal(new string('あ', 9), s.Text);
    }

    [Fact]
    public void Every_snippet_of_the_sample_is_within_bounds_and_marks_the_query()
    {
        foreach (var word in new[] { "保育", "区", "整備", "ICT", "キャッシュレス", "ほいく" })
        {
            var q = SearchQuery.Parse(word);
            var s = Snippet.Make(Sample.Text, q);
            Assert.True(s.Text.Length <= 120);
            Assert.Equal(Sample.Text.Substring(s.Offset, s.Text.Length), s.Text);
            Assert.All(s.Highlights, h => Assert.Contains(q.Terms[0].Normalised, SearchText.Normalise(s.Text.Substring(h.Start, h.Length))));
        }
    }
}
