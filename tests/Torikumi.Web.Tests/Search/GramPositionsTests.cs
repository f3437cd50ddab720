using Torikumi.Core.Japanese;
using Torikumi.Data.Search;

namespace Torikumi.Web.Tests.Search;

/// <summary>The positional grams the index stores are exactly the grams of the search rules, each where it occurs.</summary>
public sealed class GramPositionsTests
{
    [Fact]
    public void Every_item_of_the_sample_has_the_grams_of_SearchText_at_their_offsets()
    {
        foreach (var item in SampleIndex.Index.Items)
        {
            var normalised = SearchText.Normalise(ItemSearchText.Of(item));
            var characters = normalised.EnumerateRunes().Select(r => r.ToString()).ToList();
            var positions = GramPositions.Of(normalised);

            Assert.Equal(SearchText.Grams(normalised).Order(StringComparer.Ordinal), positions.Keys.Order(StringComparer.Ordinal));
            Assert.All(positions, g => Assert.All(g.Value, p =>
                Assert.Equal(g.Key, g.Key.EnumerateRunes().Count() == 1 ? characters[p] : characters[p] + characters[p + 1])));
            Assert.Equal(2 * characters.Count - 1, positions.Values.Sum(p => p.Count));
        }
    }

    [Fact]
    public void Offsets_count_characters_not_utf16_units()
    {
        var positions = GramPositions.Of("𠮷野家の𠮷");

        Assert.Equal([0, 4], positions["𠮷"]);
        Assert.Equal([1], positions["野家"]);
        Assert.Equal([3], positions["の𠮷"]);
    }
}
