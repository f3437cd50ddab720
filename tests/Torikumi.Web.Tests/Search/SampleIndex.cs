using Torikumi.Core.Japanese;
using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;
using Torikumi.Data;
using Torikumi.Data.Search;
using Torikumi.Data.Storage;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Search;

/// <summary>
/// The real sample imported once per provider for the read-only search tests of a class (importing it costs about a
/// second; no test writes to these databases), and the reference every result is checked against: a scan of every
/// item with <see cref="SearchText.Matches"/>, the rule the index must reproduce.
/// </summary>
public sealed class SampleIndex : IAsyncLifetime
{
    readonly Dictionary<string, TestDatabase> databases = [];
    readonly SemaphoreSlim gate = new(1, 1);

    public static PlanDocument Plan { get; } = Parse();
    public static PlanIndex Index { get; } = new(Plan);

    static readonly IReadOnlyList<(PlanItem Item, string Normalised)> Scanned =
        [.. Index.Items.Select(i => (i, SearchText.Normalise(ItemSearchText.Of(i))))];

    static PlanDocument Parse()
    {
        var decoded = PlanInput.ReadFile(SamplePlan.Path);
        var plan = PlanParser.Parse(decoded.Text!).Plan!;
        return plan.Municipality is null ? plan with { Municipality = "練馬区" } : plan;
    }

    /// <summary>The keys of the sample's items that match, in reading order: what a search must return.</summary>
    public static List<string> BruteForce(string raw, Func<PlanItem, bool>? filter = null)
    {
        var query = SearchQuery.Parse(raw);
        return [.. Scanned.Where(e => SearchText.Matches(query, e.Normalised) && (filter?.Invoke(e.Item) ?? true)).Select(e => e.Item.Key)];
    }

    public async Task<TestDatabase> DatabaseAsync(string provider)
    {
        await gate.WaitAsync();
        try
        {
            if (!databases.TryGetValue(provider, out var database))
            {
                database = await TestDatabase.CreateAsync(provider);
                await using var context = database.NewContext();
                await new PlanStore(context).ImportAsync(new PlanImport(Plan, File.ReadAllText(SamplePlan.Path)));
                databases[provider] = database;
            }
            return database;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs a search on a fresh context, as one web request would.</summary>
    public async Task<SearchResult> SearchAsync(string provider, SearchRequest request)
    {
        var database = await DatabaseAsync(provider);
        await using var context = database.NewContext();
        return await new PlanSearch(context).SearchAsync(request);
    }

    public Task<SearchResult> SearchAsync(string provider, string raw, int pageSize = SearchRequest.MaxPageSize) =>
        SearchAsync(provider, new SearchRequest(SearchQuery.Parse(raw)) { PageSize = pageSize });

    /// <summary>Every hit's key, page after page.</summary>
    public async Task<List<string>> AllKeysAsync(string provider, SearchRequest request)
    {
        var keys = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await SearchAsync(provider, request with { Page = page, PageSize = SearchRequest.MaxPageSize });
            keys.AddRange(result.Hits.Select(h => h.Key));
            if (page >= result.PageCount)
                return keys;
        }
    }

    public Task<List<string>> AllKeysAsync(string provider, string raw) => AllKeysAsync(provider, new SearchRequest(SearchQuery.Parse(raw)));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in databases.Values)
            await database.DisposeAsync();
    }
}
