using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Torikumi.Web.Tests.Browser.Pages;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// axe-core over a whole page with the WCAG 2.x A and AA rules (JIS X 8341-3:2016 level AA asks for the same). A
/// failure lists every violation with its rule, what to do and where, so the fix is obvious from the test output.
/// </summary>
public static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// Axe's best-practice rules for the page structure the issue asks for (landmarks, one h1, real headings, the skip
    /// link): not WCAG success criteria on their own, but how a screen-reader user finds their way.
    /// </summary>
    public static readonly string[] StructureRules =
    [
        "region", "landmark-one-main", "landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo",
        "landmark-no-duplicate-main", "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level",
        "landmark-main-is-top-level", "page-has-heading-one", "heading-order", "empty-heading", "skip-link",
    ];

    /// <summary>Opens a page in the given interface language (ja, en); it has one h1, and axe finds nothing on it.</summary>
    public static async Task ExpectAccessiblePageAsync(IPage page, string path, string language = "ja", int status = 200)
    {
        var url = language == "ja" ? path : path + (path.Contains('?') ? "&" : "?") + "lang=" + language;
        await PortalPage.GoAsync(page, url, status);
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await ExpectNoViolationsAsync(page);
    }

    /// <summary>The WCAG 2.x A/AA rules and the structure rules report nothing on the page as it is now.</summary>
    public static async Task ExpectNoViolationsAsync(IPage page)
    {
        // One scan: the rules of the WCAG tags, plus the structure rules enabled by name (axe runs a rule enabled
        // explicitly even when it lacks the tags).
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            Rules = StructureRules.ToDictionary(rule => rule, _ => new RuleOptions { Enabled = true }),
            // Passes and the rest keep one node each instead of every node of the page: several times faster on
            // the long pages, and violations are still reported in full.
            ResultTypes = [ResultType.Violations],
        });
        // A scan that ran nothing (a script blocked, say) must not pass for a clean page.
        Assert.True(result.Passes is { Length: > 0 }, $"axe-core checked nothing on {page.Url}.");
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0, Describe(page.Url, violations));
    }

    static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe-core found {violations.Length} violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                text.Append($"\n    at {node.Target}: {Shorten(node.Html)}");
                foreach (var check in (node.All ?? []).Concat(node.None ?? []))
                    text.Append($"\n       fix: {check.Message}");
                if (node.Any is { Length: > 0 } any)
                    text.Append($"\n       fix one of: {string.Join(" / ", any.Select(c => c.Message))}");
            }
        }
        return text.ToString();
    }

    static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
