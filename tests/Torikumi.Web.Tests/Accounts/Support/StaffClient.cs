using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Torikumi.Web.Tests.Accounts.Support;

/// <summary>
/// A browser-like client of the test server: keeps cookies, does not follow redirects (tests look at them), and fills
/// in forms with the anti-forgery token of the page they are on.
/// </summary>
public sealed class StaffClient : IDisposable
{
    readonly CookieJar jar;

    public StaffClient(WebApplication app)
    {
        jar = new CookieJar(app.GetTestServer().CreateHandler());
        Http = new HttpClient(jar) { BaseAddress = new Uri("http://localhost/") };
    }

    public HttpClient Http { get; }
    public CookieContainer Cookies => jar.Cookies;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Html)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, takes the form whose action is <paramref name="handler"/> (or the first
    /// POST form) and posts <paramref name="fields"/> with its anti-forgery token.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Html)> SubmitAsync(
        string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var (page, html) = await GetPageAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl}: {(int)page.StatusCode}");
        var form = html.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => handler is null || (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{pageUrl} has no POST form{(handler is null ? "" : " for " + handler)}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl}: the form has no anti-forgery token");
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        return await PostAsync(action, [.. fields, new("__RequestVerificationToken", token)]);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Html)> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await Http.PostAsync(url, new FormUrlEncodedContent(fields));
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public void Dispose() => Http.Dispose();

    sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public CookieContainer Cookies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var uri = request.RequestUri!;
            if (Cookies.GetCookieHeader(uri) is { Length: > 0 } header)
                request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
                foreach (var value in values)
                    Cookies.SetCookies(uri, value);
            return response;
        }
    }
}
