using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Comments;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments.Staff;

/// <summary>The period form: Japan-time days, both included.</summary>
public sealed class PeriodForm
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? HowToSubmit { get; set; }
    public string? Contact { get; set; }
    public string? Reason { get; set; }
    public int? RetentionDays { get; set; }
    public int? Version { get; set; }
}

/// <summary>
/// <c>/staff/plans/{id}/comments/period</c>: the administrator opens or changes the comment period on the plan's latest
/// version. A period under 30 days needs a reason, recorded with it; the warning is shown after saving.
/// </summary>
[Authorize(Policy = PagePolicies.Administrator)]
public sealed class PeriodModel : CommentStaffPageModel
{
    [BindProperty] public PeriodForm Form { get; set; } = new();
    public PeriodView? Current { get; private set; }
    public IReadOnlyList<CommentMessage> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (Current is { } p)
            Form = new PeriodForm
            {
                From = Day(p.StartsAt), To = Day(p.EndsAt), HowToSubmit = p.HowToSubmit, Contact = p.Contact, Reason = p.ShortPeriodReason,
                RetentionDays = p.RetentionDays, Version = p.Version,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var from = Parse(Form.From, "Form_From");
        var to = Parse(Form.To, "Form_To");
        if (!ModelState.IsValid)
            return Invalid();
        var result = await Comments.OpenPeriodAsync(id, new PeriodInput(from, to, Form.HowToSubmit, Form.Contact, Form.Reason, Form.RetentionDays,
            null, Current is null ? null : Form.Version), ct);
        if (result.Refusal is { } refusal)
            return Refuse(refusal, f => f switch
            {
                "from" => "Form_From",
                "to" => "Form_To",
                "reason" => "Form_Reason",
                "howToSubmit" => "Form_HowToSubmit",
                "contact" => "Form_Contact",
                "retentionDays" => "Form_RetentionDays",
                _ => "",
            });
        Current = result.Value!.Period;
        Warnings = result.Value.Warnings;
        Form.Version = Current.Version;
        Notice = Text.T($"募集期間を保存しました: {Current.Wording(false)}", $"The period was saved: {Current.Wording(true)}");
        return Page();
    }

    DateOnly? Parse(string? text, string field)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (!string.IsNullOrWhiteSpace(text))
            ModelState.AddModelError(field, Text.T("日付は 2026-12-01 の形で入力してください。", "Enter the date as 2026-12-01."));
        return null;
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await LoadPlanAsync(id, ct))
            return false;
        Current = await Comments.PeriodAsync(id, ct);
        PageTitle = Text.T("意見募集期間の設定", "Comment period");
        Breadcrumbs.Add(new Crumb(Text.T("職員のページ", "Staff"), "/staff"));
        Breadcrumbs.Add(new Crumb(Text.T("パブリックコメントの意見", "Public comment: opinions"), $"/staff/plans/{id}/comments"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        return true;
    }

    static string Day(DateTimeOffset at) => JapanTime.DateOf(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
