using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

/// <summary>
/// <c>/plans/{id}/versions/{a}/diff/{b}</c>: what changed from public version a to public version b (改定の差分) — counts
/// per kind, changed items side by side with character differences, moves, ★ and owner changes, added and removed
/// items, organisation changes, and the links other features attach (e.g. the public comment behind a change).
/// Filtered by pillar and department with a plain GET form.
/// </summary>
public sealed class DiffModel(PortalPlans plans, PublicRevisions revisions, UiText ui) : PortalPageModel
{
    public RevisionDiff Diff { get; private set; } = null!;
    public int A { get; private set; }
    public int B { get; private set; }
    public string? Stage { get; private set; }
    public string? OldStage { get; private set; }
    [BindProperty(SupportsGet = true, Name = "pillar")]
    public string? Pillar { get; set; }
    [BindProperty(SupportsGet = true, Name = "department")]
    public string? Department { get; set; }
    public IReadOnlyList<DiffEntry> Shown { get; private set; } = [];
    public ILookup<string, Portal.ItemLink> Links { get; private set; } = Array.Empty<Portal.ItemLink>().ToLookup(l => "");

    public async Task<IActionResult> OnGetAsync(int id, int a, int b, CancellationToken ct)
    {
        if (a >= b)
            return NotFound();
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null || await revisions.DiffAsync(id, a, b, ct) is not { } diff)
            return NotFound();
        (Diff, A, B) = (diff, a, b);
        Stage = diff.Newer.Plan.Stage;
        OldStage = diff.Older.Plan.Stage;
        Pillar = string.IsNullOrWhiteSpace(Pillar) || Pillar.Length > 20 ? null : Pillar;
        Department = string.IsNullOrWhiteSpace(Department) || Department.Length > 100 ? null : Department;
        Shown = [.. diff.Filtered(Pillar, Department)];
        Links = await revisions.LinksAsync(id, b, ui.IsEnglish, ct);

        PageTitle = ui.T($"第{a}版から第{b}版への変更点", $"Changes from version {a} to version {b}");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T("版の一覧と変更点", "Versions and changes"), $"{Plan.Url}/versions"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        return Page();
    }

    /// <summary>The item page of a new key, when version b is the one the portal shows (older versions have no item pages).</summary>
    public string? NewItemUrl(string key) => B == Plan!.VersionNumber ? Plan.ItemUrl(key) : null;

    public string KindLabel(string kind) => RevisionDiff.KindLabel(kind, ui);
}
