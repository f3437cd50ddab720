using Torikumi.Core.Comments;

namespace Torikumi.Core.Tests.Comments;

public sealed class NearDuplicatesTests
{
    const string Letter = "保育園の待機児童をなくすため、練馬区は認可保育所の定員を増やしてください。共働きの家庭が困っています。";

    [Fact]
    public void identical_texts_after_width_kana_space_and_punctuation_folding_score_one()
    {
        Assert.Equal(1.0, NearDuplicates.Similarity(Letter, Letter));
        Assert.Equal(1.0, NearDuplicates.Similarity("ＡＢＣ　カタカナ、です。", "abcかたかなです"));
        Assert.Equal(NearDuplicates.Normalise("保育園を増やして"), NearDuplicates.Normalise("「保育園」を 増やして！"));
        Assert.Equal(NearDuplicates.Normalise("npo"), NearDuplicates.Normalise("ＮＰＯ"));
        Assert.Equal(NearDuplicates.Fingerprint("ＡＢＣ　カタカナ、です。"), NearDuplicates.Fingerprint("abc かたかな です"));
    }

    [Fact]
    public void a_campaign_letter_with_small_changes_is_very_similar()
    {
        var variant = Letter.Replace("練馬区は", "区は").Replace("困っています", "とても困っています");

        Assert.InRange(NearDuplicates.Similarity(Letter, variant), 0.85, 0.999);
    }

    [Fact]
    public void unrelated_opinions_are_not_similar()
    {
        var other = "公園のトイレを清潔にしてほしい。夜間の照明も増やしてください。";

        Assert.InRange(NearDuplicates.Similarity(Letter, other), 0.0, 0.3);
        Assert.Equal(0.0, NearDuplicates.Similarity(Letter, ""));
    }

    [Fact]
    public void similarity_is_symmetric_and_between_zero_and_one()
    {
        string[] texts = [Letter, "保育園を増やして", "ほいくえん", "", "あ", "ああ", "公園"];
        foreach (var a in texts)
            foreach (var b in texts)
            {
                var s = NearDuplicates.Similarity(a, b);
                Assert.InRange(s, 0.0, 1.0);
                Assert.Equal(s, NearDuplicates.Similarity(b, a));
            }
    }

    [Fact]
    public void fingerprints_differ_when_the_words_differ()
    {
        Assert.NotEqual(NearDuplicates.Fingerprint("賛成です"), NearDuplicates.Fingerprint("反対です"));
        Assert.Matches("^[0-9a-f]{64}$", NearDuplicates.Fingerprint("賛成です"));
    }

    [Fact]
    public void suggest_groups_near_duplicates_and_leaves_the_rest_alone()
    {
        var opinions = new List<(int, string)>
        {
            (10, Letter),
            (11, "公園のトイレを清潔にしてほしい。"),
            (12, Letter.Replace("練馬区は", "区は")),
            (13, "図書館の開館時間を延ばしてください。"),
            (14, Letter + "よろしくお願いします。"),
            (15, "図書館の開館時間を延ばしてください"),
        };

        var groups = NearDuplicates.Suggest(opinions);

        Assert.Equal(2, groups.Count);
        Assert.Equal([10, 12, 14], groups[0].Ids);
        Assert.False(groups[0].Identical);
        Assert.InRange(groups[0].Similarity, 0.8, 1.0);
        Assert.Equal([13, 15], groups[1].Ids);
        Assert.True(groups[1].Identical);
        Assert.Equal(1.0, groups[1].Similarity);
    }

    [Fact]
    public void suggest_finds_exactly_the_pairs_a_full_comparison_finds()
    {
        var random = new Random(7);
        string[] phrases = ["保育園", "待機児童", "公園", "トイレ", "図書館", "開館時間", "自転車", "駐輪場", "高齢者", "見守り", "を増やして", "を整備して", "ください", "ほしい", "。"];
        var opinions = Enumerable.Range(1, 150).Select(i => (i, string.Concat(Enumerable.Range(0, random.Next(2, 9)).Select(_ => phrases[random.Next(phrases.Length)])))).ToList();
        foreach (var threshold in new[] { 0.5, 0.7, 0.8, 0.95 })
        {
            var groups = NearDuplicates.Suggest(opinions, threshold);
            var grouped = groups.SelectMany(g => g.Ids.Select(id => (id, g))).ToDictionary(p => p.id, p => p.g);
            for (var a = 0; a < opinions.Count; a++)
                for (var b = a + 1; b < opinions.Count; b++)
                    if (NearDuplicates.Similarity(opinions[a].Item2, opinions[b].Item2) >= threshold)
                        Assert.Same(grouped[opinions[a].i], grouped[opinions[b].i]);
            // and every group is held together by real links
            foreach (var g in groups)
                Assert.All(g.Ids, id => Assert.Contains(g.Ids, other => other != id
                    && NearDuplicates.Similarity(opinions[id - 1].Item2, opinions[other - 1].Item2) >= threshold));
        }
    }

    [Fact]
    public void suggest_refuses_repeated_ids_and_a_threshold_out_of_range()
    {
        Assert.Throws<ArgumentException>(() => NearDuplicates.Suggest([(1, "a"), (1, "b")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NearDuplicates.Suggest([(1, "a")], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NearDuplicates.Suggest([(1, "a")], 1.5));
        Assert.Empty(NearDuplicates.Suggest([]));
    }
}
