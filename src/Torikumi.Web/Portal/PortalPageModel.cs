using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Torikumi.Web.Portal;

/// <summary>One step of the breadcrumb trail (パンくずリスト); the last one is the page itself and has no link.</summary>
public sealed record Crumb(string Label, string? Url = null, bool Japanese = false);

/// <summary>
/// What the layout needs from every portal page: the plan being read (for the search box, the downloads and the
/// draft banner), the title and the breadcrumbs.
/// </summary>
public abstract class PortalPageModel : PageModel
{
    public PortalPlan? Plan { get; protected set; }
    public string PageTitle { get; protected set; } = "";
    /// <summary>The page title is plan text (always Japanese), not interface text.</summary>
    public bool PageTitleIsJapanese { get; protected set; }
    public List<Crumb> Breadcrumbs { get; } = [];
    /// <summary>The search box's text, kept on the results page.</summary>
    public string? SearchText { get; protected set; }
}
