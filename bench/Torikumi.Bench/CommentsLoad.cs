using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Torikumi.Data;

namespace Torikumi.Bench;

/// <summary>
/// `comments URL PLAN [TOTAL] [CLIENTS] --db SETTING`: the public comment load test (issue 5). CLIENTS residents, each
/// with its own cookies and anti-forgery token, post TOTAL distinct opinions through the real form (the send step of
/// <c>/plans/{PLAN}/comment/{item}</c>) against a live server; then the stored submissions are counted in the database:
/// every accepted one must be stored exactly once, none lost. Prints p50/p95/p99 of the posts. Each client sends as one
/// resident behind the ward's reverse proxy would arrive: with its own <c>X-Forwarded-For</c> address (10.77.x.y), which
/// the server believes from loopback, so the per-client rate limit is the real one, not one shared by every client; the
/// server's limit must allow TOTAL / CLIENTS sends per client (<c>Comments__RateLimitPerClient</c>).
/// </summary>
public static partial class CommentsLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dbIndex = Array.IndexOf(args, "--db");
        var warmupIndex = Array.IndexOf(args, "--warmup");
        if (args.Length < 2 || dbIndex < 0 || dbIndex + 1 >= args.Length || (warmupIndex >= 0 && warmupIndex + 1 >= args.Length))
        {
            Console.Error.WriteLine("usage: comments URL PLAN [TOTAL=2000] [CLIENTS=50] --db SETTING [--warmup N]");
            return 2;
        }
        var positional = args.Take(warmupIndex >= 0 ? Math.Min(dbIndex, warmupIndex) : dbIndex).ToArray();
        var baseUrl = new Uri(positional[0].TrimEnd('/') + "/");
        var plan = int.Parse(positional[1], CultureInfo.InvariantCulture);
        var total = positional.Length > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : 2000;
        var clients = positional.Length > 3 ? int.Parse(positional[3], CultureInfo.InvariantCulture) : 50;
        var warmup = warmupIndex >= 0 ? int.Parse(args[warmupIndex + 1], CultureInfo.InvariantCulture) : 0;
        var config = DatabaseConfig.Resolve(args[dbIndex + 1]);

        var items = await ItemsAsync(config, plan);
        var residents = await ResidentsAsync(baseUrl, plan, items, clients);
        if (warmup > 0)
        {
            // Not counted: the server's and this client's JIT tiering and connection pools settle first.
            var warm = await PostAsync(residents, plan, items, warmup, $"warm-up {DateTime.UtcNow:HHmmss}");
            Console.WriteLine($"warm-up: {warm.Latencies.Count} opinions, p95 {P(warm.Latencies, 0.95):F1} ms (not counted)");
            // A pause, as real traffic has them: .NET's tiered JIT finishes recompiling the hot methods in the background,
            // which a server saturated since its start never gets the processor to do.
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        var before = await CountAsync(config, plan);
        var measured = await PostAsync(residents, plan, items, total, $"{DateTime.UtcNow:HHmmss}");
        var all = measured.Latencies;
        var accepted = measured.Statuses.GetValueOrDefault(HttpStatusCode.OK);
        var stored = await CountAsync(config, plan) - before;
        Console.WriteLine($"posted {all.Count} opinions from {clients} clients in {measured.Seconds:F1} s ({all.Count / measured.Seconds:F0}/s)");
        Console.WriteLine($"status: {string.Join(", ", measured.Statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} × {s.Value}"))}");
        Console.WriteLine($"latency ms: p50 {P(all, 0.50):F1}, p95 {P(all, 0.95):F1}, p99 {P(all, 0.99):F1}, max {all[^1]:F1}");
        Console.WriteLine($"accepted {accepted}, stored {stored} new submissions: {(accepted == stored ? "every accepted one stored exactly once" : "MISMATCH")}");
        var ok = accepted == stored && accepted == total && P(all, 0.95) < 100;
        Console.WriteLine(ok ? "PASS (all accepted and stored once, p95 < 100 ms)" : "FAIL");
        foreach (var r in residents)
            r.Http.Dispose();
        return ok ? 0 : 1;
    }

    /// <summary>One resident: a connection with its own cookies, anti-forgery token and forwarded address.</summary>
    sealed record Resident(HttpClient Http, string Token);

    /// <summary>
    /// Each resident opens the form once (as a browser would) for its anti-forgery cookie and token; the token stays
    /// valid for every later send of that resident.
    /// </summary>
    static async Task<Resident[]> ResidentsAsync(Uri baseUrl, int plan, List<string> items, int clients) =>
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            var http = new HttpClient(handler) { BaseAddress = baseUrl };
            http.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.77.{c / 250}.{c % 250 + 1}");
            var form = await http.GetStringAsync($"plans/{plan}/comment/{Uri.EscapeDataString(items[c % items.Count])}");
            return new Resident(http, Token().Match(form).Groups[1].Value);
        }));

    sealed record Run(List<double> Latencies, Dictionary<HttpStatusCode, int> Statuses, double Seconds);

    /// <summary>Every resident sends back to back until <paramref name="total"/> distinct opinions have been sent.</summary>
    static async Task<Run> PostAsync(Resident[] residents, int plan, List<string> items, int total, string label)
    {
        var latencies = new List<double>[residents.Length];
        var statuses = new Dictionary<HttpStatusCode, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(residents.Select(async (resident, c) =>
        {
            latencies[c] = [];
            var buffer = new byte[64 * 1024];
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var item = items[i % items.Count];
                var body = "Form.Text=" + Uri.EscapeDataString($"負荷試験 {label} の意見 {i}: {item} について、保育と子育て支援の充実を求めます。番号 {i * 7919 % 100003}。")
                    + "&Form.AddressArea=resident&Form.Consent=false&Form.Website=&__RequestVerificationToken=" + Uri.EscapeDataString(resident.Token);
                using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
                var started = Stopwatch.GetTimestamp();
                using var response = await resident.Http.PostAsync($"plans/{plan}/comment/{Uri.EscapeDataString(item)}?handler=send", content);
                // The page is read to its end (the send is not done before the resident has the receipt), then dropped.
                await using (var stream = await response.Content.ReadAsStreamAsync())
                    while (await stream.ReadAsync(buffer) > 0) { }
                latencies[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                lock (statuses)
                    statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            }
        }));
        clock.Stop();
        return new Run(latencies.SelectMany(l => l).Order().ToList(), statuses, clock.Elapsed.TotalSeconds);
    }

    static double P(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    static async Task<List<string>> ItemsAsync(DatabaseConfig config, int plan)
    {
        await using var db = TorikumiDb.CreateContext(config);
        var version = await db.PlanVersions.Where(v => v.PlanId == plan).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        return await db.Nodes.Where(n => n.PlanVersionId == version && n.Kind == Torikumi.Data.Entities.NodeKind.Item).OrderBy(n => n.Id).Select(n => n.Key).ToListAsync();
    }

    static async Task<int> CountAsync(DatabaseConfig config, int plan)
    {
        await using var db = TorikumiDb.CreateContext(config);
        return await db.CommentSubmissions.CountAsync(s => s.PlanId == plan);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
