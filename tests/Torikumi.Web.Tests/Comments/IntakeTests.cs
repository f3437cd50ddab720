using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Torikumi.Data.Entities;
using Torikumi.Web.Features.Comments;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Comments;

/// <summary>
/// The intake under load and behind a proxy: parallel sends each get their own receipt and opinion numbers, a double
/// click stores one opinion, numbering survives a lost counter, and the rate limit counts residents, not the proxy.
/// </summary>
public sealed class IntakeTests
{
    [Theory, BothProviders]
    public async Task parallel_sends_each_get_their_own_numbers(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        var residents = Enumerable.Range(0, 30).Select(_ => app.Resident()).ToList();
        var tokens = await Task.WhenAll(residents.Select(r => app.TokenAsync(r)));

        var sent = await Task.WhenAll(residents.Select((r, i) => app.SendAsync(r, $"並んで送る意見 その{i + 1}", token: tokens[i])));

        Assert.All(sent, s => Assert.Equal(HttpStatusCode.OK, s.Response.StatusCode));
        var receipts = sent.Select(s => s.Html.QuerySelector(".receipt-number")!.TextContent).ToList();
        Assert.Equal(30, receipts.Distinct().Count());
        await using var db = app.Database.NewContext();
        Assert.Equal(Enumerable.Range(1, 30), (await db.Opinions.Select(o => o.Number).ToListAsync()).Order());
        Assert.Equal(Enumerable.Range(1, 30), (await db.CommentSubmissions.Select(s => s.Sequence).ToListAsync()).Order());
        Assert.Equal(receipts.Order(), (await db.CommentSubmissions.Select(s => s.ReceiptNumber).ToListAsync()).Order());
        foreach (var r in residents)
            r.Dispose();
    }

    [Theory, BothProviders]
    public async Task a_double_click_stores_the_opinion_once(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        var token = await app.TokenAsync(resident);

        var sent = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SendAsync(resident, "二度押しした意見です。", token: token)));

        Assert.Single(sent, s => s.Response.StatusCode == HttpStatusCode.OK);
        Assert.All(sent.Where(s => s.Response.StatusCode != HttpStatusCode.OK), s =>
        {
            Assert.Equal(HttpStatusCode.Conflict, s.Response.StatusCode);
            Assert.Contains("同じ内容の意見を", s.Html.QuerySelector(".comment-refusal")!.TextContent);
        });
        Assert.Equal(1, await app.CountAsync(db => db.CommentSubmissions));
        Assert.Equal(1, await app.CountAsync(db => db.Opinions));
    }

    [Theory, BothProviders]
    public async Task a_duplicate_stored_by_a_parallel_request_while_saving_is_refused_plainly(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        var period = await app.OpenPeriodAsync();
        using var resident = app.Resident();
        const string text = "同時に届いた意見です。";
        // A parallel request that committed after this one's early check: same duplicate key, a fingerprint the check misses.
        await using (var db = app.Database.NewContext())
        {
            var fingerprint = CommentRules.Fingerprint(text);
            db.CommentSubmissions.Add(new CommentSubmission
            {
                CommentPeriodId = period.Id, PlanId = app.PlanId, ReceiptYear = 2000, Sequence = 1, ReceiptNumber = "PC2000-00001-0",
                Channel = "web", ReceivedAt = app.Clock.GetUtcNow().AddSeconds(-1), ItemKey = CommentsApp.Item, Text = text,
                Fingerprint = new string('0', fingerprint.Length), DuplicateKey = $"{period.Id}|{CommentsApp.Item}|{fingerprint}",
            });
            await db.SaveChangesAsync();
        }

        var (response, html) = await app.SendAsync(resident, text);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("同じ内容の意見を", html.QuerySelector(".comment-refusal")!.TextContent);
        Assert.Equal(1, await app.CountAsync(db => db.CommentSubmissions));
        Assert.Equal(0, await app.CountAsync(db => db.Opinions));
        // The next opinion is accepted as usual.
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(resident, "次の意見です。")).Response.StatusCode);
    }

    [Theory, BothProviders]
    public async Task numbering_continues_from_the_stored_numbers_when_a_counter_is_lost(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider);
        await app.OpenPeriodAsync();
        using var resident = app.Resident();
        await app.SendAsync(resident, "一つ目の意見");
        await app.SendAsync(resident, "二つ目の意見");
        await using (var db = app.Database.NewContext())
            await db.CommentCounters.ExecuteDeleteAsync();   // as after restoring an older backup of the counters

        var (_, third) = await app.SendAsync(resident, "三つ目の意見");
        await using var scope = app.App.Services.CreateAsyncScope();
        var split = await app.Comments(scope.ServiceProvider).SplitAsync(app.PlanId, 3, ["三つ目の前半", "三つ目の後半", "三つ目の追記"]);
        var (_, fourth) = await app.SendAsync(resident, "四つ目の意見");

        Assert.EndsWith("-00003", third.QuerySelector(".receipt-number")!.TextContent[..^2]);
        Assert.Equal([3, 4, 5], split.Value);
        Assert.EndsWith("-00004", fourth.QuerySelector(".receipt-number")!.TextContent[..^2]);
        await using var check = app.Database.NewContext();
        Assert.Equal([1, 2, 3, 4, 5, 6], (await check.Opinions.Select(o => o.Number).ToListAsync()).Order());
    }

    [Theory, BothProviders]
    public async Task behind_a_trusted_proxy_each_resident_has_their_own_limit(string provider)
    {
        await using var app = await CommentsApp.StartAsync(provider, rateLimit: 1, configure: b => b.Services.AddSingleton<IStartupFilter, TestPeer>());
        await app.OpenPeriodAsync();

        async Task<HttpStatusCode> SendFrom(string peer, string forwardedFor, string text)
        {
            using var resident = app.Resident();
            resident.Http.DefaultRequestHeaders.Add(TestPeer.Header, peer);
            resident.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            return (await app.SendAsync(resident, text)).Response.StatusCode;
        }

        // Through the proxy on the same machine: the forwarded address is the resident's.
        Assert.Equal(HttpStatusCode.OK, await SendFrom("127.0.0.1", "203.0.113.1", "住民Aの意見"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SendFrom("127.0.0.1", "203.0.113.1", "住民Aの二つ目の意見"));
        Assert.Equal(HttpStatusCode.OK, await SendFrom("127.0.0.1", "203.0.113.2", "住民Bの意見"));
        // From anyone else the header is not believed: the connection's own address counts.
        Assert.Equal(HttpStatusCode.OK, await SendFrom("198.51.100.7", "203.0.113.3", "住民Cの意見"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SendFrom("198.51.100.7", "203.0.113.4", "住民Cが別人を名乗った意見"));
    }

    [Fact]
    public async Task a_proxy_address_that_is_not_one_stops_the_start_with_the_setting_named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"torikumi-proxy-{Guid.NewGuid():N}.db");
        await using var app = WebApp.Create(new WebAppSettings(Torikumi.Data.DatabaseConfig.Sqlite(path)), b =>
        {
            b.WebHost.UseTestServer();
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = "10.0.0.999" });
        });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
        Assert.Contains("ReverseProxy:KnownProxies:0", error.Message, StringComparison.Ordinal);
        Assert.Contains("10.0.0.999", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The test server has no connection address: this sets it, as Kestrel would, from a test header.</summary>
    sealed class TestPeer : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, proceed) =>
            {
                if (context.Request.Headers[Header] is [{ } peer])
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
                return proceed(context);
            });
            next(app);
        };
    }
}
