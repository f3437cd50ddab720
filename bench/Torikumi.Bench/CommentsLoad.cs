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
/// every accepted one must be stored exactly once, none lost. Prints p50/p95/p99 of the posts. The server's rate limit
/// must be raised for the run (all clients share the loopback address): <c>Comments__RateLimitPerClient=1000000</c>.
/// </summary>
public static partial class CommentsLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dbIndex = Array.IndexOf(args, "--db");
        if (args.Length < 2 || dbIndex < 0 || dbIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: comments URL PLAN [TOTAL=2000] [CLIENTS=50] --db SETTING");
            return 2;
        }
        var positional = args.Take(dbIndex).ToArray();
        var baseUrl = new Uri(positional[0].TrimEnd('/') + "/");
        var plan = int.Parse(positional[1], CultureInfo.InvariantCulture);
        var total = positional.Length > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : 2000;
        var clients = positional.Length > 3 ? int.Parse(positional[3], CultureInfo.InvariantCulture) : 50;
        var config = DatabaseConfig.Resolve(args[dbIndex + 1]);

        var items = await ItemsAsync(config, plan);
        var before = await CountAsync(config, plan);
        var run = $"{DateTime.UtcNow:HHmmss}";
        var latencies = new List<double>[clients];
        var statuses = new Dictionary<HttpStatusCode, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var http = new HttpClient(handler) { BaseAddress = baseUrl };
            string? token = null;
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var item = items[i % items.Count];
                var form = $"plans/{plan}/comment/{Uri.EscapeDataString(item)}";
                token ??= Token().Match(await http.GetStringAsync(form)).Groups[1].Value;
                var fields = new Dictionary<string, string>
                {
                    ["Form.Text"] = $"負荷試験 {run} の意見 {i}: {item} について、保育と子育て支援の充実を求めます。番号 {i * 7919 % 100003}。",
                    ["Form.AddressArea"] = "resident", ["Form.Consent"] = "false", ["Form.Website"] = "", ["__RequestVerificationToken"] = token,
                };
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(form + "?handler=send", new FormUrlEncodedContent(fields));
                await response.Content.ReadAsStringAsync();
                latencies[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                lock (statuses)
                    statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            }
        }));
        clock.Stop();

        var all = latencies.SelectMany(l => l).Order().ToList();
        var accepted = statuses.GetValueOrDefault(HttpStatusCode.OK);
        var stored = await CountAsync(config, plan) - before;
        Console.WriteLine($"posted {all.Count} opinions from {clients} clients in {clock.Elapsed.TotalSeconds:F1} s ({all.Count / clock.Elapsed.TotalSeconds:F0}/s)");
        Console.WriteLine($"status: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} × {s.Value}"))}");
        Console.WriteLine($"latency ms: p50 {P(all, 0.50):F1}, p95 {P(all, 0.95):F1}, p99 {P(all, 0.99):F1}, max {all[^1]:F1}");
        Console.WriteLine($"accepted {accepted}, stored {stored} new submissions: {(accepted == stored ? "every accepted one stored exactly once" : "MISMATCH")}");
        var ok = accepted == stored && accepted == total && P(all, 0.95) < 100;
        Console.WriteLine(ok ? "PASS (all accepted and stored once, p95 < 100 ms)" : "FAIL");
        return ok ? 0 : 1;
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
