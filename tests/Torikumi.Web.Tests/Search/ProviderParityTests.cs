using System.Text.Json;
using Torikumi.Core.Japanese;
using Torikumi.Data.Search;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Search;

/// <summary>SQLite and PostgreSQL return the same results, hit for hit, snippet for snippet, count for count.</summary>
public sealed class ProviderParityTests(SampleIndex sample) : IClassFixture<SampleIndex>
{
    [Fact]
    public async Task both_databases_give_identical_results()
    {
        var requests = SampleSearchTests.Queries.Select(q => new SearchRequest(SearchQuery.Parse(q)) { PageSize = 50 })
            .Append(new SearchRequest(SearchQuery.Parse("区")) { Page = 3, PageSize = 10, StarredOnly = true })
            .Append(new SearchRequest(SearchQuery.Parse("保育")) { Strategy = "S2", PlanId = 1 });
        foreach (var request in requests)
        {
            var sqlite = JsonSerializer.Serialize(await sample.SearchAsync(Providers.Sqlite, request));
            var postgres = JsonSerializer.Serialize(await sample.SearchAsync(Providers.Postgres, request));
            Assert.True(sqlite == postgres, $"{request.Query.Raw}: SQLite and PostgreSQL differ");
        }
    }
}
