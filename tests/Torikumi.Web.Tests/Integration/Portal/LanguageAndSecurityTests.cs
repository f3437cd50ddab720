using System.Net;
using AngleSharp.Html.Parser;
using Torikumi.Core.Plans;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Integration.Portal;

/// <summary>The English switch, security headers and encoding of everything a page shows.</summary>
public sealed class LanguageAndSecurityTests
{
    [Theory, BothProviders]
    public async Task the_switch_remembers_english_and_keeps_plan_text_marked_japanese(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var switched = await app.Client.GetAsync("/language?to=en&return=%2Fplans%2F1%2Fitems%2F1-5");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/plans/1/items/1-5", switched.Headers.Location?.OriginalString);
        var cookie = switched.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("c%3Den", cookie);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/plans/1/items/1-5");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = new HtmlParser().ParseDocument(await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to main content", html.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("ja", html.QuerySelector("h1 span")!.GetAttribute("lang"));
        Assert.Equal("ja", html.QuerySelector(".item-text")!.GetAttribute("lang"));
        Assert.Equal("日本語", html.QuerySelector("a.language")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task lang_in_the_query_shows_english_without_a_cookie(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        var (_, html) = await app.GetPageAsync("/plans/1?lang=en");
        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.Contains("FY2022–2023", html.QuerySelector(".plan-facts")!.TextContent);
        Assert.Contains("Draft", html.QuerySelector(".draft-banner")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task the_switch_refuses_other_languages_and_never_redirects_off_site(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var bad = await app.Client.GetAsync("/language?to=fr");
        var offSite = await app.Client.GetAsync("/language?to=en&return=%2F%2Fevil.example%2F");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("/", offSite.Headers.Location?.OriginalString);
    }

    [Theory, BothProviders]
    public async Task pages_and_api_send_security_headers(string provider)
    {
        await using var app = await TestApp.StartWithSampleAsync(provider);
        foreach (var url in new[] { "/plans/1", "/api/v1/plans", "/plans/1/items/none", "/css/site.css" })
        {
            var response = await app.Client.GetAsync(url);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Theory, BothProviders]
    public async Task plan_text_is_always_encoded(string provider)
    {
        var hostile = RichPlan.Build() with { Title = "<script>alert(1)</script>計画" };
        var pillars = hostile.Pillars.ToList();
        var strategy = pillars[0].Strategies[0];
        var item = strategy.Items[0] with { Title = "<img src=x onerror=alert(1)>", Body = ["a<b>c</b>&amp;"] };
        pillars[0] = pillars[0] with { Strategies = [strategy with { Items = [item, .. strategy.Items.Skip(1)] }, .. pillars[0].Strategies.Skip(1)] };
        await using var app = await TestApp.StartAsync(provider, hostile with { Pillars = pillars });

        var home = await app.Client.GetStringAsync("/plans/1");
        var page = await app.Client.GetStringAsync($"/plans/1/items/{item.Key}");

        Assert.DoesNotContain("<script>alert", home);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;計画", home);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("a&lt;b&gt;c&lt;/b&gt;&amp;amp;", page);
        Assert.DoesNotContain("<script", page.Replace("<script src=", ""));
    }
}
