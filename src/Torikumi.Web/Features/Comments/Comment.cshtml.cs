using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Torikumi.Core.Comments;
using Torikumi.Core.Plans;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Comments;

/// <summary>What the resident typed; <see cref="Website"/> is the honeypot (hidden from people, filled by robots).</summary>
public sealed class CommentForm
{
    public string? Text { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? AddressArea { get; set; }
    public string? AgeGroup { get; set; }
    public bool Consent { get; set; }
    public string? Website { get; set; }
}

/// <summary>
/// <c>/plans/{id}/comment/{key?}</c>: a resident's opinion (意見) on an item or on the whole draft — form, confirmation
/// (POST → confirm → POST), receipt with the receipt number (受付番号). Every refusal is a plain explanation; the
/// text is shown encoded, as written. Stateless between steps (the confirmation page carries the fields), so any node
/// can answer any step.
/// </summary>
[RequestSizeLimit(64 * 1024)]
public sealed class CommentModel(PortalPlans portal, PublicComments comments, IReceiptMailer mailer, IOptions<CommentOptions> options,
    TimeProvider clock, UiText ui) : StaffFormPageModel
{
    public enum Step { Form, Confirm, Receipt, Unavailable }

    [BindProperty]
    public CommentForm Form { get; set; } = new();

    public Step Shown { get; private set; } = Step.Form;
    public PlanItem? Item { get; private set; }
    public PeriodView? Period { get; private set; }
    public PublicComments.ValidSubmission? Checked { get; private set; }
    public Receipt? Done { get; private set; }
    public bool MailSent { get; private set; }
    /// <summary>Why the form is not available or the submission was refused (outside the period, too many, duplicate …).</summary>
    public string? Refusal { get; private set; }

    public string FormUrl => Plan is null ? "" : $"{Plan.Url}/comment" + (Item is null ? "" : "/" + Uri.EscapeDataString(Item.Key));

    public async Task<IActionResult> OnGetAsync(int id, string? key, CancellationToken ct) =>
        await LoadAsync(id, key, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(int id, string? key, CancellationToken ct)
    {
        if (await LoadAsync(id, key, ct) is { } early)
            return early;
        if (Refused() is { } refused)
            return refused;
        var result = await comments.CheckAsync(id, Input(key), ct);
        if (result.Refusal is { } refusal)
            return Show(refusal);
        if (!ConsentGiven())
            return Invalid();
        Checked = result.Value;
        Shown = Step.Confirm;
        PageTitle = ui.T("入力内容の確認", "Check your opinion");
        return Page();
    }

    /// <summary>Back from the confirmation to the form, with what was typed.</summary>
    public async Task<IActionResult> OnPostEditAsync(int id, string? key, CancellationToken ct) =>
        await LoadAsync(id, key, ct) ?? Page();

    public async Task<IActionResult> OnPostSendAsync(int id, string? key, CancellationToken ct)
    {
        if (await LoadAsync(id, key, ct) is { } early)
            return early;
        if (Refused() is { } refused)
            return refused;
        if (!ConsentGiven())
            return Invalid();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await comments.SubmitAsync(Period!, Input(key), client, ct);
        if (result.Refusal is { } refusal)
            return Show(refusal);
        Done = result.Value!;
        if (Done.Email is { } to && mailer.IsConfigured)
            MailSent = await mailer.SendAsync(ReceiptMail(to, Done), ct);
        Shown = Step.Receipt;
        PageTitle = ui.T("意見を受け付けました", "Your opinion was received");
        return Page();
    }

    async Task<IActionResult?> LoadAsync(int id, string? key, CancellationToken ct)
    {
        Plan = await portal.FindAsync(id, ct);
        if (Plan is null)
            return NotFound();
        if (key is not null)
        {
            Item = Plan.Index.Item(key);
            if (Item is null)
                return NotFound();
        }
        Period = await comments.PeriodAsync(id, ct);
        PageTitle = ui.T(Item is null ? "この素案への意見(計画全体)" : "この素案への意見", Item is null ? "Your opinion on this draft (the whole plan)" : "Your opinion on this draft");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        if (Item is not null)
            Breadcrumbs.Add(new Crumb($"{Item.Key} {Item.Title}", Plan.ItemUrl(Item.Key), Japanese: true));
        Breadcrumbs.Add(new Crumb(ui.T("意見を送る", "Send an opinion")));
        if (Period is null || Period.Phase != PeriodPhase.Open || Period.VersionNumber != Plan.VersionNumber)
        {
            Shown = Step.Unavailable;
            Refusal = Period is null || Period.VersionNumber != Plan.VersionNumber
                ? ui.T("この計画では、いま意見を募集していません。", "This plan is not open for comments.")
                : CommentPeriodRules.PhaseMessage(Period.StartsAt, Period.EndsAt, clock.GetUtcNow()).Text(ui.IsEnglish);
            if (Request.Method == HttpMethods.Post)
                Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return null;
    }

    /// <summary>The honeypot and the request size: refused with a plain explanation, nothing stored.</summary>
    IActionResult? Refused()
    {
        if (Request.ContentLength > options.Value.MaxRequestBytes)
            return Show(new CommentRefusal(RefusalKind.TooLarge, "送られた内容が大きすぎます。意見は2,000文字以内で入力してください。",
                "What was sent is too large. An opinion has at most 2,000 characters."));
        if (!string.IsNullOrEmpty(Form.Website))
            return Show(new CommentRefusal(RefusalKind.Invalid,
                "自動送信と判断したため、受け付けませんでした。画面に表示されていない欄に入力があります。ブラウザーの自動入力を使わずに、もう一度お送りください。",
                "This looked like an automated submission and was not accepted: a field that is not shown on the page was filled in. Send again without the browser's autofill."));
        return null;
    }

    bool ConsentGiven()
    {
        if (Form.Consent || (string.IsNullOrWhiteSpace(Form.Name) && string.IsNullOrWhiteSpace(Form.Email)))
            return true;
        ModelState.AddModelError("Form_Consent", ui.T("氏名やメールアドレスを書いたときは、個人情報の取扱いへの同意にチェックを入れてください(書かずに送ることもできます)。",
            "If you give your name or e-mail address, tick the consent to how personal data is handled (or leave them empty)."));
        return false;
    }

    SubmissionInput Input(string? key) => new()
    {
        ItemKey = key, Text = Form.Text, Name = Form.Name, Email = Form.Email, AddressArea = Form.AddressArea, AgeGroup = Form.AgeGroup,
    };

    IActionResult Show(CommentRefusal refusal)
    {
        if (refusal.Kind == RefusalKind.Invalid && refusal.Errors is { Count: > 0 } errors)
        {
            foreach (var e in errors)
                ModelState.AddModelError(FieldId(e.Field), e.Text(ui.IsEnglish));
            return Invalid();
        }
        Refusal = refusal.Text(ui.IsEnglish);
        Response.StatusCode = refusal.Kind switch
        {
            RefusalKind.TooMany => StatusCodes.Status429TooManyRequests,
            RefusalKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
        return Page();
    }

    static string FieldId(string field) => field switch
    {
        "text" => "Form_Text",
        "name" => "Form_Name",
        "email" => "Form_Email",
        "addressArea" => "Form_AddressArea",
        "ageGroup" => "Form_AgeGroup",
        _ => "",
    };

    ReceiptMessage ReceiptMail(string to, Receipt receipt)
    {
        var when = JapanTime.ToJst(receipt.ReceivedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var about = Item is null ? "計画全体" : $"{Item.Key} {Item.Title}";
        return new ReceiptMessage(to, $"【受付】{Plan!.Title} への意見(受付番号 {receipt.ReceiptNumber})",
            $"""
            {Plan.Title} の素案への意見を受け付けました。

            受付番号: {receipt.ReceiptNumber}
            受付日時: {when}(日本時間)
            対象: {about}

            いただいた意見の要旨と区の考え方は、募集期間の終了後にまとめて公表します。個別の回答はしません。
            このメールに返信されても受け付けられません。問い合わせは次の窓口へお願いします。
            {Period?.Contact}
            """);
    }
}
