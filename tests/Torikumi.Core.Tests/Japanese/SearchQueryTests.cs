using Torikumi.Core.Japanese;

namespace Torikumi.Core.Tests.Japanese;

public class SearchQueryTests
{
    [Fact]
    public void Spaces_half_or_full_width_separate_words()
    {
        var q = SearchQuery.Parse(" 保育　防災  ICT ");
        Assert.Equal(["保育", "防災", "ict"], q.Terms.Select(t => t.Normalised));
        Assert.All(q.Terms, t => Assert.False(t.IsPhrase));
    }

    [Theory]
    [InlineData("\"保育 サービス\"")]
    [InlineData("「保育 サービス」")]
    [InlineData("『保育サービス』")]
    [InlineData("“保育　サービス”")]
    [InlineData("＂保育 サービス＂")]
    public void Quotes_make_one_phrase_with_spaces_normalised_away(string raw)
    {
        var term = Assert.Single(SearchQuery.Parse(raw).Terms);
        Assert.True(term.IsPhrase);
        Assert.Equal("保育さーびす", term.Normalised);
    }

    [Fact]
    public void A_quote_also_ends_the_word_before_it()
    {
        var q = SearchQuery.Parse("練馬「保育 サービス」区");
        Assert.Equal(["練馬", "保育さーびす", "区"], q.Terms.Select(t => t.Normalised));
        Assert.Equal([false, true, false], q.Terms.Select(t => t.IsPhrase));
    }

    [Fact]
    public void One_character_terms_use_the_unigram_and_longer_ones_bigrams()
    {
        var q = SearchQuery.Parse("区 保育 キャッシュレス");
        Assert.Equal(["区"], q.Terms[0].Grams);
        Assert.Equal(["保育"], q.Terms[1].Grams);
        Assert.Equal(["きゃ", "ゃっ", "っし", "しゅ", "ゅれ", "れす"], q.Terms[2].Grams);
    }

    [Fact]
    public void The_same_word_twice_is_one_term()
    {
        Assert.Equal(["保育", "ほいく"], SearchQuery.Parse("保育 ホイク ほいく ﾎｲｸ").Terms.Select(t => t.Normalised));
        Assert.Single(SearchQuery.Parse("ICT ＩＣＴ ict").Terms);
    }

    [Theory]
    [InlineData(null, SearchQueryErrorKind.Empty)]
    [InlineData("", SearchQueryErrorKind.Empty)]
    [InlineData(" 　 ", SearchQueryErrorKind.Empty)]
    [InlineData("\u200B", SearchQueryErrorKind.Empty)]
    [InlineData("\"保育", SearchQueryErrorKind.UnbalancedQuote)]
    [InlineData("「保育", SearchQueryErrorKind.UnbalancedQuote)]
    [InlineData("保育」", SearchQueryErrorKind.UnbalancedQuote)]
    [InlineData("保育 \"\"", SearchQueryErrorKind.EmptyPhrase)]
    [InlineData("「　」", SearchQueryErrorKind.EmptyPhrase)]
    [InlineData("1 2 3 4 5 6 7 8 9 10 11", SearchQueryErrorKind.TooManyTerms)]
    public void Bad_queries_are_refused_with_a_reason(string? raw, SearchQueryErrorKind kind)
    {
        Assert.False(SearchQuery.TryParse(raw, out var query, out var error));
        Assert.Null(query);
        Assert.Equal(kind, error.Kind);
        Assert.NotEmpty(error.Japanese);
        Assert.NotEmpty(error.English);
        var thrown = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(raw));
        Assert.Equal(error, thrown.Error);
        Assert.Contains(error.Japanese, thrown.Message);
        Assert.Contains(error.English, thrown.Message);
    }

    [Fact]
    public void Ten_terms_and_200_characters_are_the_limits()
    {
        Assert.Equal(10, SearchQuery.Parse("1 2 3 4 5 6 7 8 9 10").Terms.Count);
        Assert.Single(SearchQuery.Parse(new string('保', 200)).Terms);

        var error = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(new string('保', 201))).Error;
        Assert.Equal(SearchQueryErrorKind.TooLong, error.Kind);
        Assert.Contains("201", error.Japanese);
        Assert.Contains("200", error.English);
    }

    [Fact]
    public void The_unbalanced_quote_is_named()
    {
        var error = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse("「保育")).Error;
        Assert.Contains("「", error.Japanese);
        Assert.Contains("「", error.English);
    }
}
