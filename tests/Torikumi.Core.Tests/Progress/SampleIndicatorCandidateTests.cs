using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Progress;

/// <summary>Candidate indicators over the whole sample plan: the four examples land on the right items, and nothing else creeps in.</summary>
public class SampleIndicatorCandidateTests
{
    static readonly IReadOnlyList<IndicatorCandidate> All = IndicatorCandidates.Find(Sample.Plan);

    [Fact]
    public void ICT_rate_100_percent_by_令和5年度_on_item_1_5()
    {
        var c = Assert.Single(All, c => c.ItemKey == "1-5");
        Assert.Equal(("ICT導入率", "%", 100m, 2023), (c.Name, c.Unit, c.Target, c.FiscalYear));
        Assert.Equal("ICT導入率100%", c.Source.Excerpt);
        Assert.Equal(Sample.Plan.FindItem("1-5")!.Body[c.Source.Paragraph].Substring(c.Source.Start, c.Source.Length), c.Source.Excerpt);
    }

    [Fact]
    public void Sixty_rooms_in_two_years_on_item_7_1_1()
    {
        var c = Assert.Single(All, c => c.ItemKey == "7-1-1");
        Assert.Equal(("グループホーム整備", "室", 60m, 2023, "2か年"), (c.Name, c.Unit, c.Target, c.FiscalYear, c.YearText));
        Assert.Equal(ItemTextPart.List, c.Source.Part);
    }

    [Fact]
    public void Eleven_places_without_maps_on_item_11_3_2() =>
        Assert.Contains(All, c => c.ItemKey == "11-3-2" && c.Target == 11 && c.Unit == "か所" && c.Source.Sentence.Contains("未作成の11か所"));

    [Fact]
    public void Four_hundred_fifty_seven_beds_on_item_9_3_1() =>
        Assert.Contains(All, c => c.ItemKey == "9-3-1" && c.Target == 457 && c.Unit == "床");

    /// <summary>Everything found in the sample, as item, value and unit: a change here is a change of the rules, on purpose or not.</summary>
    [Fact]
    public void Everything_found_in_the_sample()
    {
        Assert.Equal(
        [
            "1-5 100%", "4-1-7 2校", "7-1-1 60室", "9-3-1 457床", "9-3-2 218床", "9-3-3 157床", "11-1-3 96%", "11-1-3 80%",
            "11-3-2 14か所", "11-3-2 11か所", "11-R1 1681基", "11-R1 19997基", "12-2 5.1km", "12-2 19箇所", "20-2 6か所",
        ], All.Select(c => $"{c.ItemKey} {c.Target}{c.Unit}"));
    }

    [Fact]
    public void No_dates_footnotes_or_plan_numbers()
    {
        Assert.All(All, c =>
        {
            Assert.DoesNotContain("年度", c.Source.Excerpt);
            Assert.DoesNotContain("※", c.Source.Excerpt);
            Assert.DoesNotContain("戦略計画", c.Source.Excerpt);
            Assert.NotEqual("年", c.Unit);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.True(c.Target > 0);
        });
        Assert.DoesNotContain(All, c => c.Source.Sentence.Contains("35人学級"));
    }

    [Fact]
    public void Reposts_do_not_repeat_their_originals_candidates() =>
        Assert.DoesNotContain(All, c => Sample.Plan.FindItem(c.ItemKey)!.RepostOf is not null);

    [Fact]
    public void Every_span_points_at_its_excerpt()
    {
        foreach (var c in All)
        {
            var item = Sample.Plan.FindItem(c.ItemKey)!;
            var paragraphs = c.Source.Part switch { ItemTextPart.Body => item.Body, ItemTextPart.List => item.List, _ => item.BodyAfterList };
            Assert.Equal(c.Source.Excerpt, paragraphs[c.Source.Paragraph].Substring(c.Source.Start, c.Source.Length));
            Assert.Contains(c.Source.Excerpt, c.Source.Sentence);
        }
    }
}
