using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// axe-core over a whole page with the WCAG 2.x A and AA rules (JIS X 8341-3:2016 level AA asks for the same). A
/// failure lists every violation with its rule, what to do and where, so the fix is obvious from the test output.
/// </summary>
public static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task ExpectNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0, Describe(page.Url, violations));
    }

    static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe-core found {violations.Length} WCAG violation(s) on {url}:");
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
