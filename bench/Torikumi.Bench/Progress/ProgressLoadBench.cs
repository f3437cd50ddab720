using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Accounts;
using Torikumi.Web;
using Torikumi.Web.Accounts;

namespace Torikumi.Bench.Progress;

/// <summary>
/// <c>progress [--editors 16] [--dashboards 1] [--seconds 30] [--warmup 10] [--think MS] [--wal] [--sqlite-tuned] [--postgres CONNECTION]</c>: the issue's speed
/// aim for progress management on a live server over loopback. A ward-sized plan (<see cref="WardPlan"/>) with four
/// published years; the web app on Kestrel (SQLite in a temporary file; PostgreSQL too when a connection string is
/// given, or TORIKUMI_BENCH_POSTGRES is set; a throwaway database is created and dropped); 16 department editors, each
/// with a personal access token, saving their parts of the current year in a closed loop (<c>PUT …/progress/2026</c>
/// with <c>If-Match</c>, the next save sending the ETag the last returned), while the planning division (signed in with
/// a cookie) loads the dashboard page (<c>/staff/dashboard</c>) in a loop. Prints p50/p95/p99 per request kind.
/// </summary>
static partial class ProgressLoadBench
{
    const string Password = "ward-bench correct horse battery staple";

    /// <summary>--wal: put the SQLite file in WAL mode before serving (persistent in the file), to compare with the default rollback journal.</summary>
    static bool wal;

    /// <summary>--sqlite-tuned: WAL and, on every connection, busy_timeout and synchronous=NORMAL (<see cref="SqlitePragmas"/>).</summary>
    static bool tuned;

    public static async Task<int> RunAsync(string[] args)
    {
        var editors = Option(args, "--editors", 16);
        var seconds = Option(args, "--seconds", 30);
        var warmup = Option(args, "--warmup", 10);
        var think = Option(args, "--think", 0);
        var dashboards = Option(args, "--dashboards", 1);
        wal = args.Contains("--wal") || args.Contains("--sqlite-tuned");
        tuned = args.Contains("--sqlite-tuned");
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("TORIKUMI_BENCH_POSTGRES");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}, {editors} editors, {dashboards} dashboard readers, think {think} ms, warm-up {warmup} s, measured {seconds} s"));

        var file = Path.Combine(Path.GetTempPath(), $"torikumi-bench-progress-{Guid.NewGuid():N}.db");
        try
        {
            await RunOneAsync(DatabaseConfig.Parse($"sqlite:{file}"), editors, dashboards, seconds, warmup, think);
        }
        finally
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                File.Delete(f);
        }
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            var config = DatabaseConfig.Parse($"postgres:{postgres};Database=torikumi_bench_progress_{Environment.ProcessId}");
            try
            {
                await RunOneAsync(config, editors, dashboards, seconds, warmup, think);
            }
            finally
            {
                await using var db = TorikumiDb.CreateContext(config);
                await db.Database.EnsureDeletedAsync();
            }
        }
        return 0;
    }

    static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    static async Task RunOneAsync(DatabaseConfig config, int editorCount, int dashboardCount, int seconds, int warmup, int think)
    {
        var planId = await WardPlan.StoreAsync(config, Console.Out);
        await using (var db = TorikumiDb.CreateContext(config))
        {
            if (wal && !db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            Console.WriteLine($"{config.Display}: {await VersionAsync(db)}{(wal && !db.Database.IsNpgsql() ? ", journal_mode=WAL" : "")}{(tuned && !db.Database.IsNpgsql() ? ", busy_timeout=10000, synchronous=NORMAL" : "")}");
        }
        var port = FreePort();
        var app = WebApp.Create(new WebAppSettings(config) { Urls = $"http://127.0.0.1:{port}" },
            b =>
            {
                b.Logging.SetMinimumLevel(LogLevel.Warning);
                if (tuned && config.Provider == DatabaseProvider.Sqlite)
                    b.Services.ConfigureDbContext<Torikumi.Data.Providers.SqliteTorikumiDbContext>(o => o.AddInterceptors(new SqlitePragmas()));
                // Requests cut off when the run stops log their cancelled transactions; nothing to see.
                b.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical);
                // TORIKUMI_BENCH_SQL=1 prints every SQL command (to count round trips per request).
                if (Environment.GetEnvironmentVariable("TORIKUMI_BENCH_SQL") == "1")
                    b.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
                b.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
            });
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        try
        {
            var tokens = await AccountsAsync(app, editorCount);
            var index = new PlanIndex(WardPlan.Build());
            var parts = ReportableItems.Of(index).SelectMany(i => index.OwnersOf(i).Select(o => (i.Key, o.Department))).ToList();
            var baseAddress = new Uri($"http://127.0.0.1:{port}/");
            var editors = tokens.Select((token, e) =>
            {
                var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = baseAddress };
                client.DefaultRequestHeaders.Authorization = new("Bearer", token);
                return (Client: client, Parts: parts.Where(p => p.Department == WardPlan.Department(e % WardPlan.Departments)).ToList());
            }).ToList();
            var planning = new List<HttpClient>();
            for (var d = 0; d < dashboardCount; d++)
                planning.Add(await SignInAsync(baseAddress, "kikaku@example.jp"));

            var saves = new Latencies("save");
            var dashboards = new Latencies("dashboard");
            using var stop = new CancellationTokenSource();
            var versions = new Dictionary<(string, string), int>();
            var loops = editors.Select(e => EditorAsync(e.Client, planId, e.Parts, versions, saves, think, stop.Token))
                .Concat(planning.Select(p => DashboardAsync(p, planId, dashboards, stop.Token))).ToList();
            await Task.Delay(TimeSpan.FromSeconds(warmup));
            saves.Clear();
            dashboards.Clear();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            var over = clock.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine(saves.Summary(over));
            Console.WriteLine(dashboards.Summary(over));
            // Server and clients share the process: CPU per request is an upper bound of what one request costs the server.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU {cpu.TotalSeconds:F1} s over {over.TotalSeconds:F0} s ({cpu.TotalSeconds / over.TotalSeconds:F2} cores), {cpu.TotalMilliseconds / Math.Max(1, saves.Count + dashboards.Count):F1} ms per request (server and client)"));
            await stop.CancelAsync();
            await Task.WhenAll(loops);
            foreach (var (client, _) in editors)
                client.Dispose();
            foreach (var client in planning)
                client.Dispose();
            Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    static async Task<string> VersionAsync(TorikumiDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var version = connection.ServerVersion;
        await connection.CloseAsync();
        return $"{(db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite")} {version}";
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The planning division's administrator and one editor per department (the first <paramref name="count"/>), each with a token.</summary>
    static async Task<List<string>> AccountsAsync(WebApplication app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var store = scope.ServiceProvider.GetRequiredService<AccessTokenStore>();
        Check(await directory.AddAsync(new NewStaffUser("kikaku@example.jp", "企画課", [StaffRoles.Administrator], []), Password));
        var organisation = await directory.OrganisationAsync();
        var tokens = new List<string>();
        for (var e = 0; e < count; e++)
        {
            var department = organisation.Single(d => d.Name == WardPlan.Department(e % WardPlan.Departments));
            var email = $"editor{e + 1:D2}@example.jp";
            Check(await directory.AddAsync(new NewStaffUser(email, $"編集者{e + 1}", [StaffRoles.Editor], [new UnitChoice(department.Id, null)]), Password));
            var (token, result) = await store.CreateAsync((await directory.FindByEmailAsync(email))!.Id, "bench", null);
            Check(result);
            tokens.Add(token!.Text);
        }
        return tokens;
    }

    static void Check(AccountResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryRegex();

    /// <summary>A client signed in through the sign-in page, as a person would (cookie and anti-forgery token).</summary>
    static async Task<HttpClient> SignInAsync(Uri baseAddress, string email)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        { BaseAddress = baseAddress };
        var page = await client.GetStringAsync("/account/login");
        var match = AntiforgeryRegex().Match(page);
        if (!match.Success)
            throw new InvalidOperationException("The sign-in page has no anti-forgery token.");
        var token = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(
            [new("Email", email), new("Password", Password), new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in answered {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>Saves the editor's parts of the current year one after another, each with the ETag its last save returned.</summary>
    static async Task EditorAsync(HttpClient client, int planId, List<(string Key, string Department)> parts, Dictionary<(string, string), int> versions,
        Latencies saves, int think, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var part = parts[i % parts.Count];
            int version;
            lock (versions)
                version = versions.GetValueOrDefault(part);
            using var request = new HttpRequestMessage(HttpMethod.Put,
                $"/api/v1/plans/{planId}/items/{part.Key}/progress/{WardPlan.CurrentYear}?department={Uri.EscapeDataString(part.Department)}")
            {
                Content = JsonContent.Create(new
                {
                    plan = "説明会を年4回開催し、参加者アンケートを行う。",
                    result = $"説明会を{i % 4 + 1}回開催した。参加者は延べ{120 + i}人。",
                    status = i % 3 == 0 ? "mostly" : "on-track",
                    percent = i % 101,
                    remarks = "",
                }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(request, stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.OK && int.TryParse(response.Headers.ETag?.Tag.Trim('"'), CultureInfo.InvariantCulture, out var next))
                {
                    saves.Add(elapsed);
                    lock (versions)
                        versions[part] = next;
                }
                else
                    saves.Fail(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            if (think > 0)
                await Task.Delay(think, CancellationToken.None);
        }
    }

    /// <summary>The planning division reloading the dashboard of the current year.</summary>
    static async Task DashboardAsync(HttpClient client, int planId, Latencies dashboards, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync($"/staff/dashboard?plan={planId}&year={WardPlan.CurrentYear}", stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.OK && body.Contains(WardPlan.Department(0), StringComparison.Ordinal))
                    dashboards.Add(elapsed);
                else
                    dashboards.Fail(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
