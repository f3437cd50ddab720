using Torikumi.Core.Japanese;
using Torikumi.Data.Search;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Search;

/// <summary>The database-backed search over the ward's real plan gives what a scan of every item gives, on both providers.</summary>
public sealed class SampleSearchTests(SampleIndex sample) : IClassFixture<SampleIndex>
{
    [Theory, BothProviders]
    public async Task one_and_two_character_words_find_items(string provider)
    {
        foreach (var raw in new[] { "区", "保育", "防災" })
        {
            var keys = await sample.AllKeysAsync(provider, raw);
            Assert.NotEmpty(keys);
            Assert.Equal(SampleIndex.BruteForce(raw), keys);
        }
    }
}
