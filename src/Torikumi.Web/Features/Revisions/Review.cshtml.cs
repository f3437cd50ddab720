using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Torikumi.Data.Entities;
using Torikumi.Data.Revisions;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Revisions;

/// <summary>
/// <c>/staff/plans/{id}/revisions/{n}</c>, administrators only: the matches an import proposed for version n, grouped by
/// kind with the least certain first, each with old and new text side by side; correct one (another old item, added,
/// removed, split, merge), then confirm the whole set, which carries progress over and makes version n public.
/// </summary>
[Authorize(Policy = PagePolicies.SignedIn), AdministratorOnly]
public sealed class ReviewModel(RevisionStore revisions, PortalPlans plans, ICurrentUser user, UiText ui) : StaffFormPageModel
{
    public RevisionDetail Detail { get; private set; } = null!;
    public RevisionDiff Diff { get; private set; } = null!;
    /// <summary>Why the last action was refused, shown at the top (role=alert).</summary>
    public string? Refusal { get; private set; }
    /// <summary>Set after a confirmation, from the stored record.</summary>
    public bool JustConfirmed { get; private set; }

    public Task<IActionResult> OnGetAsync(int id, int n, bool confirmed, CancellationToken ct)
    {
        JustConfirmed = confirmed;
        return ShowAsync(id, n, ct);
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id, int n, int matchId, string? oldKeys, string? newKeys, string? mark, CancellationToken ct)
    {
        var request = new MatchCorrectionRequest(matchId,
            mark is "unmatch" or "added" ? [] : Split(oldKeys), mark == "removed" ? [] : Split(newKeys));
        try
        {
            await revisions.CorrectAsync(id, n, request, Actor(), ct);
            return Redirect($"{ReviewUrl(id, n)}#match-{matchId}");
        }
        catch (RevisionRefusedException e) when (e.Kind == RevisionRefusal.Invalid)
        {
            ModelState.AddModelError($"old-{matchId}", ui.T(e.Japanese, e.English));
            var page = await ShowAsync(id, n, ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
        catch (RevisionRefusedException e)
        {
            return await RefusedAsync(id, n, e, ct);
        }
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, int n, CancellationToken ct)
    {
        try
        {
            await revisions.ConfirmAsync(id, n, Actor(), ct);
            return Redirect($"{ReviewUrl(id, n)}?confirmed=true");
        }
        catch (RevisionRefusedException e)
        {
            return await RefusedAsync(id, n, e, ct);
        }
    }

    public async Task<IActionResult> OnPostProposeAgainAsync(int id, int n, CancellationToken ct)
    {
        try
        {
            await revisions.ProposeAgainAsync(id, n, ct);
            return Redirect(ReviewUrl(id, n));
        }
        catch (RevisionRefusedException e)
        {
            return await RefusedAsync(id, n, e, ct);
        }
    }

    async Task<IActionResult> RefusedAsync(int id, int n, RevisionRefusedException e, CancellationToken ct)
    {
        Refusal = ui.T(e.Japanese, e.English);
        var page = await ShowAsync(id, n, ct);
        Response.StatusCode = e.Kind == RevisionRefusal.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        return page;
    }

    async Task<IActionResult> ShowAsync(int id, int n, CancellationToken ct)
    {
        if (await revisions.LoadAsync(id, n, confirmedOnly: false, ct) is not { } detail)
            return NotFound();
        Detail = detail;
        Diff = new RevisionDiff(detail.Older, detail.Newer, detail.Matches, detail.OrganisationChanges, detail.State == RevisionState.Confirmed);
        Plan = await plans.FindAsync(id, ct);
        PageTitle = ui.T($"第{n}版の照合の確認", $"Confirm the matches of version {n}");
        Breadcrumbs.Add(new Crumb(ui.T("改定の確認", "Revisions"), "/staff/revisions"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        return Page();
    }

    /// <summary>The entries of one kind, least certain first.</summary>
    public IReadOnlyList<DiffEntry> Group(string kind) =>
        [.. Diff.Entries.Where(e => e.Kind == kind).OrderBy(e => e.Match.Confidence).ThenBy(e => e.Match.Position)];

    public string KindLabel(string kind) => RevisionDiff.KindLabel(kind, ui);

    public static string ReviewUrl(int id, int n) => $"/staff/plans/{id}/revisions/{n}";

    RevisionActor Actor() => new(user.UserId ?? "", user.DisplayName ?? user.Email ?? "");

    static string[] Split(string? keys) =>
        string.IsNullOrWhiteSpace(keys) ? [] : keys.Split([',', '、', ' ', '　', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
