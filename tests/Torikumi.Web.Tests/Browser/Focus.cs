using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser;

/// <summary>Whether the keyboard focus can be seen (WCAG 2.4.7): the focused element draws an outline or a ring.</summary>
public static class Focus
{
    const string Style = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          return { tag: e.tagName.toLowerCase(), text: (e.textContent || '').trim().slice(0, 40),
                   outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
                   ring: s.boxShadow !== 'none' };
        }
        """;

    /// <summary>The focused element, as the page computes its style (Playwright fills it, hence the setters).</summary>
    public sealed class Focused
    {
        public string Tag { get; set; } = "";
        public string Text { get; set; } = "";
        public bool Outline { get; set; }
        public bool Ring { get; set; }
        public bool Visible => Outline || Ring;
        public override string ToString() => $"<{Tag}> \"{Text}\"";
    }

    public static Task<Focused?> FocusedAsync(IPage page) => page.EvaluateAsync<Focused?>(Style);

    public static async Task<bool> IsVisibleAsync(IPage page) => (await FocusedAsync(page))?.Visible ?? false;
}
