using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments.Staff;

/// <summary>What the forms of the opinion page send; each handler reads only its fields.</summary>
public sealed class OpinionForm
{
    public int Version { get; set; }
    public string? Summary { get; set; }
    public string? ItemKey { get; set; }
    public string? Department { get; set; }
    public string? DraftAnswer { get; set; }
    public string? View { get; set; }
    public string? Classification { get; set; }
    public string? Part1 { get; set; }
    public string? Part2 { get; set; }
    public string? Part3 { get; set; }
    public int? Into { get; set; }
    public int? ReflectedVersion { get; set; }
    public string? ReflectedItemKey { get; set; }
}

/// <summary>
/// <c>/staff/plans/{id}/comments/{number}</c>: one opinion in full — the text with personal data flagged, the
/// submitter's data (administrators only) — and its work: summary, item and department (reviewers), draft answer (the
/// assigned department), the ward's view with a classification (administrators), split, merge, and the link to the
/// item of a later version that reflects it.
/// </summary>
public sealed class OpinionModel : CommentStaffPageModel
{
    [BindProperty] public OpinionForm Form { get; set; } = new();

    public OpinionDetail Opinion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct) => await ShowAsync(id, number, ct);

    public Task<IActionResult> OnPostSummaryAsync(int id, int number, CancellationToken ct) =>
        ChangeAsync(id, number, new OpinionChange { Summary = Form.Summary ?? "", ItemKey = Form.ItemKey ?? "", Department = Form.Department ?? "" },
            Text.T("要旨・取組・部を保存しました。", "Summary, item and department saved."), ct);

    public Task<IActionResult> OnPostAnswerAsync(int id, int number, CancellationToken ct) =>
        ChangeAsync(id, number, new OpinionChange { DraftAnswer = Form.DraftAnswer ?? "" }, Text.T("回答案を保存しました。", "Draft answer saved."), ct);

    public Task<IActionResult> OnPostApproveAsync(int id, int number, CancellationToken ct) =>
        ChangeAsync(id, number, new OpinionChange { View = Form.View ?? "", Classification = Form.Classification ?? "" },
            Text.T("区の考え方を承認しました。", "The ward's view was approved."), ct);

    public Task<IActionResult> OnPostLinkAsync(int id, int number, CancellationToken ct) =>
        ChangeAsync(id, number, new OpinionChange { ReflectedVersion = Form.ReflectedVersion, ReflectedItemKey = Form.ReflectedItemKey ?? "" },
            Text.T("反映先の取組を保存しました。", "The reflecting item was saved."), ct);

    public async Task<IActionResult> OnPostSplitAsync(int id, int number, CancellationToken ct)
    {
        var result = await Comments.SplitAsync(id, number, [.. new[] { Form.Part1, Form.Part2, Form.Part3 }.OfType<string>()], ct);
        if (result.Refusal is { } refusal)
        {
            await ShowAsync(id, number, ct);
            return Refuse(refusal, _ => "Form_Part1");
        }
        return await ShowAsync(id, number, ct, Text.T($"意見を {string.Join("、", result.Value!)} に分けました。", $"Split into {string.Join(", ", result.Value!)}."));
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, int number, CancellationToken ct)
    {
        var result = await Comments.MergeAsync(id, number, Form.Into ?? 0, ct);
        if (result.Refusal is { } refusal)
        {
            await ShowAsync(id, number, ct);
            return Refuse(refusal, _ => "Form_Into");
        }
        return await ShowAsync(id, number, ct, Text.T($"意見 {result.Value} に統合しました。", $"Merged into {result.Value}."));
    }

    async Task<IActionResult> ChangeAsync(int id, int number, OpinionChange change, string done, CancellationToken ct)
    {
        var result = await Comments.UpdateAsync(id, number, Form.Version, change, ct);
        if (result.Refusal is { } refusal)
        {
            var shown = await ShowAsync(id, number, ct);
            if (Opinion is null)
                return shown;
            return Refuse(refusal, f => f switch
            {
                "summary" => "Form_Summary",
                "itemKey" => "Form_ItemKey",
                "department" => "Form_Department",
                "draftAnswer" => "Form_DraftAnswer",
                "view" => "Form_View",
                "classification" => "Form_Classification",
                "reflectedVersion" => "Form_ReflectedVersion",
                "reflectedItemKey" => "Form_ReflectedItemKey",
                _ => "",
            });
        }
        return await ShowAsync(id, number, ct, done);
    }

    async Task<IActionResult> ShowAsync(int id, int number, CancellationToken ct, string? notice = null)
    {
        if (!await LoadPlanAsync(id, ct))
            return NotFound();
        PageTitle = Text.T($"意見 {number}", $"Opinion {number}");
        Breadcrumbs.Add(new Crumb(Text.T("職員のページ", "Staff"), "/staff"));
        Breadcrumbs.Add(new Crumb(Text.T("パブリックコメントの意見", "Public comment: opinions"), $"/staff/plans/{id}/comments"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        var result = await Comments.OpinionAsync(id, number, ct);
        if (result.Refusal is { } refusal)
            return Refuse(refusal);
        Opinion = result.Value!;
        Notice = notice;
        // After a change, the forms show what is stored now (with its new version), not what was posted.
        if (notice is not null || Request.Method == "GET")
        {
            ModelState.Clear();
            Form = new OpinionForm
            {
                Version = Opinion.Version, Summary = Opinion.Summary, ItemKey = Opinion.ItemKey, Department = Opinion.Department,
                DraftAnswer = Opinion.DraftAnswer, View = Opinion.View.Length > 0 ? Opinion.View : Opinion.DraftAnswer,
                Classification = Opinion.Classification, ReflectedVersion = Opinion.ReflectedVersion, ReflectedItemKey = Opinion.ReflectedItemKey,
            };
        }
        return Page();
    }
}
