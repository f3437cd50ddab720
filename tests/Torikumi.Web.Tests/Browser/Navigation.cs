using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// How page objects wait for a navigation: until the new URL is committed, not for the load event. On a loaded 2-core
/// machine the load event was once missed after a redirect (a 60 s timeout with the page already shown); the
/// assertions that follow wait for what the user sees anyway.
/// </summary>
static class Navigation
{
    public static PageWaitForURLOptions Committed => new() { WaitUntil = WaitUntilState.Commit };
}
