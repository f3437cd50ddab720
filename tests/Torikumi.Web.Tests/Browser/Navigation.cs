using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// How page objects wait for a navigation: until the address bar shows the new URL, polled like any other assertion,
/// not for a load event. Playwright's <c>WaitForURLAsync</c> waits for a load state as well, even when the URL already
/// matches; on a loaded 2-core machine that state was missed twice (a 60 s timeout with the page already shown: once
/// after a redirect, once after following the next-item link). The assertions that follow wait for what the user sees.
/// </summary>
static class Navigation
{
    public static Task ArrivedAsync(IPage page, Regex url) => Assertions.Expect(page).ToHaveURLAsync(url);

    /// <summary>Arrived at exactly this path (a link's href), whatever the host.</summary>
    public static Task ArrivedAtPathAsync(IPage page, string path) =>
        ArrivedAsync(page, new Regex("^[a-z]+://[^/]+" + Regex.Escape(path) + "$"));
}
