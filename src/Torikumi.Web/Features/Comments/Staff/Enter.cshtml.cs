using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Comments;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments.Staff;

/// <summary>An opinion that came by post, fax, e-mail, at a counter or through another system.</summary>
public sealed class EntryForm
{
    public string? Channel { get; set; }
    public string? ReceivedOn { get; set; }
    public string? ItemKey { get; set; }
    public string? Text { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Email { get; set; }
}

/// <summary><c>/staff/plans/{id}/comments/new</c>: staff (reviewers, administrators) enter an opinion received otherwise than by the web form.</summary>
public sealed class EnterModel : CommentStaffPageModel
{
    [BindProperty] public EntryForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Form.ReceivedOn ??= JapanTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        DateTimeOffset? receivedAt = null;
        if (DateOnly.TryParseExact(Form.ReceivedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            receivedAt = CommentPeriodRules.StartOfDayJst(day);
        else if (!string.IsNullOrWhiteSpace(Form.ReceivedOn))
        {
            ModelState.AddModelError("Form_ReceivedOn", Text.T("受付日は 2026-12-10 の形で入力してください。", "Enter the date received as 2026-12-10."));
            return Invalid();
        }
        var result = await Comments.EnterAsync(id, new SubmissionInput
        {
            Channel = Form.Channel, ReceivedAt = receivedAt, ItemKey = Form.ItemKey, Text = Form.Text, Name = Form.Name, Address = Form.Address,
            Email = Form.Email,
        }, ct);
        if (result.Refusal is { } refusal)
            return Refuse(refusal, f => f switch
            {
                "channel" => "Form_Channel",
                "receivedAt" => "Form_ReceivedOn",
                "item" => "Form_ItemKey",
                "text" => "Form_Text",
                "name" => "Form_Name",
                "address" => "Form_Address",
                "email" => "Form_Email",
                _ => "",
            });
        return Redirect($"/staff/plans/{id}/comments/{result.Value!.Number}");
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await LoadPlanAsync(id, ct))
            return false;
        PageTitle = Text.T("受け付けた意見の登録", "Enter a received opinion");
        Breadcrumbs.Add(new Crumb(Text.T("職員のページ", "Staff"), "/staff"));
        Breadcrumbs.Add(new Crumb(Text.T("パブリックコメントの意見", "Public comment: opinions"), $"/staff/plans/{id}/comments"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        return true;
    }
}
