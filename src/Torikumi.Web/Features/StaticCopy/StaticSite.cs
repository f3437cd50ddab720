using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data;

namespace Torikumi.Web.Features.StaticCopy;

/// <summary>What a static export wrote.</summary>
public sealed record StaticSiteResult(string Directory, int Pages, int Files, long Bytes, IReadOnlyList<string> Failed);

/// <summary>
/// The public portal as static files (静的コピー) for a ward web site or a closed network: the app is started on a
/// loopback port and every page reachable from the plan's home is fetched the way a browser would, saved as
/// <c>…/index.html</c> and its links rewritten to relative file paths, so the copy works from any folder, web server
/// or <c>file://</c>. Search cannot run without the server: the search page of the copy says so and points to the lists.
/// </summary>
public static partial class StaticSite
{
    /// <summary>Sent by the exporter; pages hide what only a live server can do (search, the language cookie).</summary>
    public const string Header = "X-Torikumi-Static-Copy";

    public const int MaxPages = 200_000;

    public static bool IsStaticCopy(HttpContext http) => http.Request.Headers.ContainsKey(Header);

    public static async Task<StaticSiteResult> ExportAsync(DatabaseConfig database, string directory, int? planId,
        TextWriter progress, CancellationToken ct = default)
    {
        await using var app = WebApp.Create(new WebAppSettings(database) { Urls = "http://127.0.0.1:0" },
            b =>
            {
                b.Configuration["Logging:LogLevel:Default"] = "Warning";
                b.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
            });
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Add(Header, "1");

        var root = Path.GetFullPath(directory);
        Directory.CreateDirectory(root);
        var start = planId is int id ? $"/plans/{id}" : "/";
        var queue = new Queue<string>([start, "/css/site.css", "/css/print.css"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        int pages = 0, files = 0;
        long bytes = 0;
        var failed = new List<string>();

        while (queue.Count > 0 && pages < MaxPages)
        {
            var url = queue.Dequeue();
            using var response = await http.GetAsync(url, ct);
            var file = FileFor(url);
            byte[] body;
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
                Enqueue(target);
                body = Encoding.UTF8.GetBytes(RedirectPage(Relative(file, FileFor(target))));
            }
            else if (response.StatusCode != HttpStatusCode.OK)
            {
                failed.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }
            else if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync(ct);
                body = Encoding.UTF8.GetBytes(RewriteLinks(html, file, Enqueue));
                pages++;
            }
            else
            {
                body = await response.Content.ReadAsByteArrayAsync(ct);
            }
            var path = Path.Combine(root, file.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, body, ct);
            files++;
            bytes += body.Length;
            if (files % 500 == 0)
                progress.WriteLine($"  {files} files…");
        }
        await app.StopAsync(ct);
        return new StaticSiteResult(root, pages, files, bytes, failed);

        void Enqueue(string target)
        {
            if (ShouldCopy(target, planId) && seen.Add(target))
                queue.Enqueue(target);
        }
    }

    /// <summary>Only this site's pages and files that make sense without a server (the OpenAPI document does); the live API and the language switch stay out.</summary>
    static bool ShouldCopy(string url, int? planId)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
            return false;
        var path = url.Split('?', '#')[0];
        if (path.StartsWith("/api/v1", StringComparison.Ordinal) || path == "/language" || path.StartsWith("/error", StringComparison.Ordinal))
            return false;
        if (path.EndsWith("/search", StringComparison.Ordinal) && url.Contains('?'))
            return false;
        if (planId is int id && path.StartsWith("/plans/", StringComparison.Ordinal) && !path.StartsWith($"/plans/{id}", StringComparison.Ordinal))
            return false;
        return true;
    }

    [GeneratedRegex("(?<attr>\\s(?:href|action|src))=\"(?<url>[^\"]*)\"")]
    private static partial Regex LinkAttribute();

    /// <summary>Each same-site link becomes a path relative to the page's own file; others are left alone.</summary>
    static string RewriteLinks(string html, string file, Action<string> found) =>
        LinkAttribute().Replace(html, m =>
        {
            var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
            if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
                return m.Value;
            var hash = url.IndexOf('#');
            var fragment = hash >= 0 ? url[hash..] : "";
            var target = hash >= 0 ? url[..hash] : url;
            var path = target.Split('?')[0];
            if (path.EndsWith("/search", StringComparison.Ordinal))
                target = path; // the copy's search page explains the search is not available offline
            found(target);
            if (!ShouldCopy(target, null))
                return m.Value;
            return $"{m.Groups["attr"].Value}=\"{WebUtility.HtmlEncode(Relative(file, FileFor(target)) + fragment)}\"";
        });

    /// <summary>The file a URL is saved as: <c>/plans/1/items/4-1</c> → <c>plans/1/items/4-1/index.html</c>; a query gets its own file.</summary>
    public static string FileFor(string url)
    {
        var parts = url.Split('?', 2);
        var path = Uri.UnescapeDataString(parts[0]).Trim('/');
        if (Path.HasExtension(path) && parts.Length == 1)
            return path;
        var query = parts.Length == 2 && parts[1].Length > 0
            ? "index-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts[1])))[..12] + ".html"
            : "index.html";
        return path.Length == 0 ? query : $"{path}/{query}";
    }

    /// <summary>A relative, percent-encoded link from one saved file to another.</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
            common++;
        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return up + string.Join('/', to[common..].Select(Uri.EscapeDataString));
    }

    static string RedirectPage(string target) =>
        $"""
        <!doctype html>
        <html lang="ja">
        <head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={WebUtility.HtmlEncode(target)}"><title>Torikumi</title></head>
        <body><p><a href="{WebUtility.HtmlEncode(target)}">計画のページへ / Go to the plan</a></p></body>
        </html>

        """;
}
