using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Comments;
using Torikumi.Data.Entities;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments.Staff;

/// <summary>
/// <c>/staff/plans/{id}/comments</c>: the opinions (意見) filtered by item, strategic plan, department, channel and
/// state, with personal data flagged; merge suggestions; publication (administrators).
/// </summary>
public sealed class OpinionsModel : CommentStaffPageModel
{
    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    [BindProperty(SupportsGet = true)] public string? Strategy { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    public PeriodView? Period { get; private set; }
    public IReadOnlyList<OpinionRow> Rows { get; private set; } = [];
    public IReadOnlyList<DuplicateGroup> Suggestions { get; private set; } = [];
    public IReadOnlyList<string> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadPlanAsync(id, ct))
            return NotFound();
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (!await LoadPlanAsync(id, ct))
            return NotFound();
        var result = await Comments.PublishAsync(id, ct);
        if (result.Refusal is { } refusal)
        {
            await ShowAsync(id, ct);
            return Refuse(refusal);
        }
        Notice = Text.T($"結果を公表しました({result.Value!.Opinions}件)。", $"The result was published ({result.Value!.Opinions} opinions).");
        return await ShowAsync(id, ct);
    }

    async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        PageTitle = Text.T("パブリックコメントの意見", "Public comment: opinions");
        Breadcrumbs.Add(new Crumb(Text.T("職員のページ", "Staff"), "/staff"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        Period = await Comments.PeriodAsync(id, ct);
        if (Period is null)
            return Page();
        OpinionState? state = Enum.TryParse<OpinionState>(State, true, out var s) ? s : null;
        var rows = await Comments.OpinionsAsync(id, new OpinionFilter(Item, Strategy, Department, Channel, state), ct);
        if (rows.Refusal is { } refusal)
            return Refuse(refusal);
        Rows = rows.Value!;
        Departments = Plan!.Index.Departments;
        if (IsReviewer && (await Comments.SuggestionsAsync(id, ct)).Value is { } suggestions)
            Suggestions = suggestions;
        return Page();
    }
}
