using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;
using Torikumi.Data.Search;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Search;

/// <summary>The database-backed search over the ward's real plan gives what a scan of every item gives, on both providers.</summary>
public sealed class SampleSearchTests(SampleIndex sample) : IClassFixture<SampleIndex>
{
    /// <summary>
    /// Words of every kind: 1, 2 and longer, kanji, kana, Latin, digits, phrases, AND, no hits at all, and LIKE's
    /// wildcard % (PostgreSQL verifies with LIKE and an escaped pattern; it must stay a plain character).
    /// </summary>
    public static readonly string[] Queries =
    [
        "区", "保育", "防災", "ICT", "ＩＣＴ", "ict", "キャッシュレス", "ｷｬｯｼｭﾚｽ", "きゃっしゅれす", "ホイク", "ほいく",
        "整備", "保育 待機", "地域 防災", "「保育 サービス」", "\"保育サービス\"", "子ども", "こども", "デジタル", "待機児童",
        "高齢者 介護", "みどり", "公園", "区民", "推進します", "AI", "令和", "サービス", "センター", "の", "存在しない語句",
        "区 の 取組 推進", "%", "0%", "100%", "2 0 2 2",
    ];

    [Theory, BothProviders]
    public async Task results_equal_a_scan_of_every_item(string provider)
    {
        foreach (var raw in Queries)
            Assert.True(SampleIndex.BruteForce(raw).SequenceEqual(await sample.AllKeysAsync(provider, raw)), $"search for {raw}");
    }

    [Theory, BothProviders]
    public async Task one_and_two_character_words_find_items(string provider)
    {
        foreach (var raw in new[] { "区", "保育", "防災" })
            Assert.NotEmpty(await sample.AllKeysAsync(provider, raw));
    }

    [Theory, BothProviders]
    public async Task width_case_and_kana_are_folded(string provider)
    {
        var ict = await sample.AllKeysAsync(provider, "ICT");
        var cashless = await sample.AllKeysAsync(provider, "キャッシュレス");
        Assert.NotEmpty(ict);
        Assert.NotEmpty(cashless);
        Assert.Equal(ict, await sample.AllKeysAsync(provider, "ＩＣＴ"));
        Assert.Equal(ict, await sample.AllKeysAsync(provider, "ict"));
        Assert.Equal(cashless, await sample.AllKeysAsync(provider, "ｷｬｯｼｭﾚｽ"));
        Assert.Equal(cashless, await sample.AllKeysAsync(provider, "きゃっしゅれす"));
        Assert.Equal(await sample.AllKeysAsync(provider, "ほいく"), await sample.AllKeysAsync(provider, "ホイク"));
    }

    [Theory, BothProviders]
    public async Task a_word_the_PDF_broke_across_lines_is_found_as_one_word(string provider)
    {
        var text = File.ReadAllText(SamplePlan.Path);
        var broken = text.IndexOf("整 備", StringComparison.Ordinal);
        Assert.True(broken >= 0, "the sample still has 整 備");
        var item = SampleIndex.Index.Items.Last(i => i.Span.Contains(broken));

        Assert.Contains(item.Key, await sample.AllKeysAsync(provider, "整備"));
    }

    [Theory, BothProviders]
    public async Task several_words_must_all_occur(string provider)
    {
        var both = await sample.AllKeysAsync(provider, "保育 待機");
        var childcare = await sample.AllKeysAsync(provider, "保育");
        var waiting = await sample.AllKeysAsync(provider, "待機");

        Assert.NotEmpty(both);
        Assert.True(both.Count < childcare.Count);
        Assert.Equal(childcare.Intersect(waiting), both);
    }

    [Theory, BothProviders]
    public async Task a_quoted_phrase_must_occur_as_written(string provider)
    {
        var phrase = await sample.AllKeysAsync(provider, "「保育 サービス」");
        var words = await sample.AllKeysAsync(provider, "保育 サービス");

        Assert.NotEmpty(phrase);
        Assert.Equal(await sample.AllKeysAsync(provider, "\"保育サービス\""), phrase);
        Assert.Subset(words.ToHashSet(), phrase.ToHashSet());
        Assert.Equal(SampleIndex.BruteForce("保育 サービス"), words);
    }

    [Theory, BothProviders]
    public async Task the_numbered_paragraphs_and_footnotes_are_searched(string provider)
    {
        var item = SampleIndex.Index.Items.First(i => i.List.Count > 1 && i.Footnotes.Count > 0);
        var paragraph = item.List[^1];
        var note = item.Footnotes[0].Text;

        Assert.Contains(item.Key, await sample.AllKeysAsync(provider, $"「{paragraph[..Math.Min(12, paragraph.Length)]}」"));
        Assert.Contains(item.Key, await sample.AllKeysAsync(provider, $"「{note[..Math.Min(12, note.Length)]}」"));
    }

    [Theory, BothProviders]
    public async Task facets_count_every_hit_before_paging(string provider)
    {
        var result = await sample.SearchAsync(provider, "保育", pageSize: 5);
        var items = SampleIndex.BruteForce("保育").Select(k => SampleIndex.Index.Item(k)!).ToList();

        Assert.Equal(items.Count, result.Total);
        Assert.Equal(5, result.Hits.Count);
        Assert.Equal([("1", "練馬区", items.Count)], result.Facets.Plans.Select(f => (f.Value, f.Label, f.Count)));
        Assert.Equal(Counts(items, i => [SampleIndex.Index.PillarOf(i).Key]), result.Facets.Pillars.Select(f => (f.Value, f.Count)));
        Assert.Equal(Counts(items, i => [SampleIndex.Index.StrategyOf(i).Key]), result.Facets.Strategies.Select(f => (f.Value, f.Count)));
        Assert.Equal(
            Counts(items, SampleIndex.Index.DepartmentsOf).OrderBy(c => c.Value, StringComparer.Ordinal),
            result.Facets.Departments.Select(f => (f.Value, f.Count)));
        Assert.Equal(items.Count(i => i.Starred), result.Facets.Starred);
        Assert.All(result.Facets.Departments, f => Assert.Equal(f.Value, f.Label));
    }

    static IEnumerable<(string Value, int Count)> Counts(List<PlanItem> items, Func<PlanItem, IReadOnlyList<string>> values) =>
        items.SelectMany(values).GroupBy(v => v).Select(g => (g.Key, g.Count()));

    [Theory, BothProviders]
    public async Task pillar_and_strategy_facets_are_labelled_with_number_and_title_in_plan_order(string provider)
    {
        var result = await sample.SearchAsync(provider, "区");

        Assert.Equal(SampleIndex.Plan.Pillars.Where(p => result.Facets.Pillars.Any(f => f.Value == p.Key)).Select(p => $"{p.Number} {p.Title}"),
            result.Facets.Pillars.Select(f => f.Label));
        Assert.Equal(SampleIndex.Plan.Strategies.Where(s => result.Facets.Strategies.Any(f => f.Value == s.Key)).Select(s => s.Key),
            result.Facets.Strategies.Select(f => f.Value));
        Assert.True(result.Facets.Strategies.Count > 9, "S10 and later sort after S9");
    }

    [Theory, BothProviders]
    public async Task filters_narrow_the_hits_and_their_facets(string provider)
    {
        var all = await sample.SearchAsync(provider, "保育");
        var department = all.Facets.Departments.OrderByDescending(f => f.Count).First().Value;
        var strategy = all.Facets.Strategies.OrderByDescending(f => f.Count).First().Value;
        var pillar = all.Facets.Pillars.OrderByDescending(f => f.Count).First().Value;
        var request = new SearchRequest(SearchQuery.Parse("保育"));

        var byDepartment = await sample.AllKeysAsync(provider, request with { Department = department });
        var byStrategy = await sample.SearchAsync(provider, request with { Strategy = strategy, PageSize = 100 });
        var byPillar = await sample.AllKeysAsync(provider, request with { Pillar = pillar });
        var starred = await sample.AllKeysAsync(provider, request with { StarredOnly = true });
        var combined = await sample.AllKeysAsync(provider, request with { Pillar = pillar, StarredOnly = true });

        Assert.Equal(SampleIndex.BruteForce("保育", i => SampleIndex.Index.DepartmentsOf(i).Contains(department)), byDepartment);
        Assert.Equal(all.Facets.Departments.Single(f => f.Value == department).Count, byDepartment.Count);
        Assert.Equal(SampleIndex.BruteForce("保育", i => SampleIndex.Index.StrategyOf(i).Key == strategy), byStrategy.Hits.Select(h => h.Key));
        Assert.Equal([strategy], byStrategy.Facets.Strategies.Select(f => f.Value));
        Assert.Equal(SampleIndex.BruteForce("保育", i => SampleIndex.Index.PillarOf(i).Key == pillar), byPillar);
        Assert.Equal(SampleIndex.BruteForce("保育", i => i.Starred), starred);
        Assert.NotEmpty(starred);
        Assert.Equal(all.Facets.Starred, starred.Count);
        Assert.Equal(SampleIndex.BruteForce("保育", i => i.Starred && SampleIndex.Index.PillarOf(i).Key == pillar), combined);
    }

    [Theory, BothProviders]
    public async Task a_filter_value_no_item_has_finds_nothing(string provider)
    {
        var request = new SearchRequest(SearchQuery.Parse("保育"));
        Assert.Equal(0, (await sample.SearchAsync(provider, request with { Department = "存在しない部" })).Total);
        Assert.Equal(0, (await sample.SearchAsync(provider, request with { Strategy = "S999" })).Total);
        Assert.Equal(0, (await sample.SearchAsync(provider, request with { PlanId = 999 })).Total);
    }

    [Theory, BothProviders]
    public async Task pages_follow_each_other_in_reading_order(string provider)
    {
        var expected = SampleIndex.BruteForce("区");
        var request = new SearchRequest(SearchQuery.Parse("区")) { PageSize = 7 };
        var first = await sample.SearchAsync(provider, request);
        var keys = new List<string>();
        for (var page = 1; page <= first.PageCount; page++)
            keys.AddRange((await sample.SearchAsync(provider, request with { Page = page })).Hits.Select(h => h.Key));
        var beyond = await sample.SearchAsync(provider, request with { Page = first.PageCount + 1 });

        Assert.Equal(expected.Count, first.Total);
        Assert.Equal((expected.Count + 6) / 7, first.PageCount);
        Assert.Equal(expected, keys);
        Assert.Empty(beyond.Hits);
        Assert.Equal(expected.Count, beyond.Total);
    }

    [Theory, BothProviders]
    public async Task hits_carry_a_snippet_and_title_highlights_on_the_text_as_written(string provider)
    {
        var result = await sample.SearchAsync(provider, "保育 待機");

        Assert.All(result.Hits, hit =>
        {
            var item = SampleIndex.Index.Item(hit.Key)!;
            Assert.Equal(item.Title, hit.Title);
            Assert.Equal(item.Starred, hit.Starred);
            Assert.Equal(SampleIndex.Index.DepartmentsOf(item), hit.Departments);
            Assert.Equal("練馬区", hit.Municipality);
            Assert.NotEmpty(hit.Snippet.Highlights);
            Assert.All(hit.Snippet.Highlights, h =>
                Assert.Contains(SearchText.Normalise(hit.Snippet.Text.Substring(h.Start, h.Length)), new[] { "保育", "待機" }));
            Assert.All(hit.TitleHighlights, h =>
                Assert.Contains(SearchText.Normalise(hit.Title.Substring(h.Start, h.Length)), new[] { "保育", "待機" }));
            Assert.Equal(item.Title.Contains("保育") || item.Title.Contains("待機"), hit.TitleHighlights.Count > 0);
        });
    }
}
