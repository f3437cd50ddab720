using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Comments;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

public sealed partial class PublicComments
{
    public const int MaxName = 100;
    public const int MaxAddress = 300;
    public const int MaxEmail = 254;

    /// <summary>
    /// A resident's submission through the web form. Refused, with a plain explanation, outside the period, when the
    /// client sent too many recently (counted in the database, so across every node), or when the same text on the
    /// same item was already received in this period.
    /// </summary>
    /// <remarks>On the period the page has just read (<see cref="PeriodAsync"/>), which saves reading it twice.</remarks>
    public Task<CommentResult<Receipt>> SubmitAsync(PeriodView period, SubmissionInput input, string clientAddress, CancellationToken ct = default) =>
        IntakeAsync(period.PlanId, period, input with { Channel = "web", ReceivedAt = null }, ClientKeyOf(clientAddress), ct);

    /// <summary>An opinion that came by post, fax, e-mail, a counter or another system, entered by staff (reviewer or administrator).</summary>
    public Task<CommentResult<Receipt>> EnterAsync(int planId, SubmissionInput input, CancellationToken ct = default) =>
        IsReviewer ? IntakeAsync(planId, null, input, null, ct) : Task.FromResult<CommentResult<Receipt>>(CommentRefusal.Forbidden(user.IsAuthenticated));

    /// <summary>Checks a web submission without storing it (the confirmation page).</summary>
    public async Task<CommentResult<ValidSubmission>> CheckAsync(int planId, SubmissionInput input, CancellationToken ct = default)
    {
        var period = await PeriodAsync(planId, ct);
        if (period is null)
            return await db.Plans.AnyAsync(p => p.Id == planId, ct) ? NoPeriod(planId) : NoPlan(planId);
        return await ValidateAsync(period, input with { Channel = "web", ReceivedAt = null }, web: true, ct);
    }

    /// <summary>A submission that passed the checks, as it will be stored.</summary>
    public sealed record ValidSubmission(string? ItemKey, string? ItemTitle, string Text, int Length, string? Name, string? Address,
        string? Email, string? AddressArea, string? AgeGroup, string Channel, DateTimeOffset ReceivedAt);

    async Task<CommentResult<Receipt>> IntakeAsync(int planId, PeriodView? known, SubmissionInput input, string? clientKey, CancellationToken ct)
    {
        var web = clientKey is not null;
        var period = known ?? await PeriodAsync(planId, ct);
        if (period is null)
            return await db.Plans.AnyAsync(p => p.Id == planId, ct) ? NoPeriod(planId) : NoPlan(planId);
        var checkedInput = await ValidateAsync(period, input, web, ct);
        if (checkedInput.Value is not { } valid)
            return checkedInput.Refusal!;
        var fingerprint = CommentRules.Fingerprint(valid.Text);
        // The rate limit is read before the queue: it needs no exact count (a burst of parallel sends from one client may
        // pass it by the burst's size), and a client over its limit never takes a turn from the others.
        if (web && await OverRateLimitAsync(clientKey!, ct))
            return new CommentRefusal(RefusalKind.TooMany,
                $"短い時間に多くの意見が送られたため、受け付けを一時止めています。{Options.RateLimitWindowMinutes}分ほど待ってから、もう一度送ってください。急ぐ場合は、郵送・ファクス・窓口でも提出できます。",
                $"Many opinions were sent from your connection in a short time, so intake is paused for it. Wait about {Options.RateLimitWindowMinutes} minutes and send again, or submit by post, fax or at a counter.");

        // The same text on the same item in this period (by any channel) is refused here; two web requests with it at
        // the same moment (a double click) are told apart by the unique DuplicateKey when they are saved.
        var duplicateKey = web ? $"{period.Id}|{valid.ItemKey}|{fingerprint}" : null;
        if (web)
        {
            var earlier = await db.CommentSubmissions.AsNoTracking()
                .Where(s => s.CommentPeriodId == period.Id && s.Fingerprint == fingerprint && s.ItemKey == valid.ItemKey)
                .OrderBy(s => s.Id).Select(s => (DateTimeOffset?)s.ReceivedAt).FirstOrDefaultAsync(ct);
            if (earlier is { } at)
                return DuplicateRefusal(at);
        }

        // Numbered and stored by the node's writer, together with whatever else is waiting (IntakeWriter).
        var submission = new CommentSubmission
        {
            CommentPeriodId = period.Id,
            PlanId = planId,
            ReceiptYear = JapanTime.ToJst(valid.ReceivedAt).Year,
            ReceiptNumber = "",
            Channel = valid.Channel,
            ReceivedAt = valid.ReceivedAt,
            ItemKey = valid.ItemKey,
            Text = valid.Text,
            AddressArea = valid.AddressArea,
            AgeGroup = valid.AgeGroup,
            Fingerprint = fingerprint,
            DuplicateKey = duplicateKey,
            ClientKey = clientKey,
            EnteredById = web ? null : UserId,
            EnteredByName = web ? null : UserName,
        };
        if (valid.Name is not null || valid.Address is not null || valid.Email is not null)
            submission.PersonalData = new CommentPersonalData { Name = valid.Name, Address = valid.Address, Email = valid.Email };
        var opinion = new Opinion
        {
            PlanId = planId, CommentPeriodId = period.Id, Submission = submission, ItemKey = valid.ItemKey,
            Text = valid.Text, State = OpinionState.Received, Version = 1, UpdatedAt = Now,
        };
        Func<Opinion, AuditEntry>? audit = web ? null
            : o => AuditEntryOf(planId, "comment-enter", valid.ItemKey, after: new { opinion = o.Number, submission.Channel, submission.ReceivedAt });
        var written = await writer.WriteAsync(new IntakeWriter.Pending(submission, opinion, audit));
        if (written.Duplicate)
            // The same opinion was stored by a parallel request a moment ago (a double click): as any duplicate.
            return DuplicateRefusal(await EarlierDuplicateAsync(duplicateKey!, ct) ?? valid.ReceivedAt);
        return new Receipt(written.ReceiptNumber!, written.Number, submission.ReceivedAt, valid.ItemKey, valid.Email);
    }

    Task<DateTimeOffset?> EarlierDuplicateAsync(string duplicateKey, CancellationToken ct) =>
        db.CommentSubmissions.AsNoTracking().Where(s => s.DuplicateKey == duplicateKey).Select(s => (DateTimeOffset?)s.ReceivedAt).FirstOrDefaultAsync(ct);

    static CommentRefusal DuplicateRefusal(DateTimeOffset at)
    {
        var day = JapanTime.DateOf(at);
        return new CommentRefusal(RefusalKind.Conflict,
            $"同じ内容の意見を{EraDates.Japanese(day)}に受け付けています。同じ意見を重ねて送る必要はありません。内容を変えた意見は、新しく送ることができます。",
            $"An opinion with the same text on the same item was already received on {EraDates.English(day)}. There is no need to send it again; an opinion with different text can be sent as a new one.");
    }

    /// <summary>
    /// Over the limit when the client's N-th latest submission (by id, as SQLite cannot compare instants in SQL) falls
    /// inside the window. Only that one row is read, through the (ClientKey, Id) index, so a high limit costs no more
    /// than a low one.
    /// </summary>
    async Task<bool> OverRateLimitAsync(string clientKey, CancellationToken ct)
    {
        if (Options.RateLimitPerClient <= 0)
            return true;
        var since = Now.AddMinutes(-Options.RateLimitWindowMinutes);
        var nthLatest = await db.CommentSubmissions.AsNoTracking()
            .Where(s => s.ClientKey == clientKey).OrderByDescending(s => s.Id)
            .Skip(Options.RateLimitPerClient - 1).Select(s => (DateTimeOffset?)s.ReceivedAt).FirstOrDefaultAsync(ct);
        return nthLatest >= since;
    }

    async Task<CommentResult<ValidSubmission>> ValidateAsync(PeriodView period, SubmissionInput input, bool web, CancellationToken ct)
    {
        var errors = new List<CommentError>();
        var phase = CommentPeriodRules.PhaseAt(period.StartsAt, period.EndsAt, Now);
        var wording = (CommentPeriodRules.Japanese(period.StartsAt, period.EndsAt), CommentPeriodRules.English(period.StartsAt, period.EndsAt));
        if (web && phase != PeriodPhase.Open)
        {
            var message = CommentPeriodRules.PhaseMessage(period.StartsAt, period.EndsAt, Now);
            return new CommentRefusal(RefusalKind.Conflict, message.Japanese, message.English);
        }

        var index = await plans.OfVersionAsync(period.VersionId, ct);
        string? itemKey = string.IsNullOrWhiteSpace(input.ItemKey) ? null : input.ItemKey.Trim();
        string? itemTitle = null;
        if (itemKey is not null)
        {
            if (index?.Item(itemKey) is { } item)
                itemTitle = item.Title;
            else
                errors.Add(new("item", $"取組「{itemKey}」はこの素案にありません。取組のページの「この素案への意見」から送るか、計画全体への意見にしてください。",
                    $"There is no item \"{itemKey}\" in this draft. Use the link on the item's page, or send an opinion on the plan as a whole."));
        }
        var text = OpinionText.Check(input.Text);
        errors.AddRange(text.Errors.Select(e => new CommentError("text", e.Japanese, e.English)));
        var name = Optional(input.Name, MaxName, "name", "氏名", "The name", errors);
        var address = Optional(input.Address, MaxAddress, "address", "住所", "The address", errors);
        var email = Optional(input.Email, MaxEmail, "email", "メールアドレス", "The e-mail address", errors);
        if (email is not null && !IsEmail(email))
            errors.Add(new("email", "メールアドレスの形が正しくありません(例: name@example.jp)。受付の控えが不要なら空欄にしてください。",
                "The e-mail address does not look right (e.g. name@example.jp). Leave it empty if you do not need a receipt by mail."));
        var area = Code(input.AddressArea, CommentRules.AddressAreas, "addressArea", "お住まいなど", "The address area", errors);
        var age = Code(input.AgeGroup, CommentRules.AgeGroups, "ageGroup", "年代", "The age group", errors);
        var channel = CommentRules.Find(CommentRules.Channels, input.Channel);
        if (channel is null || (!web && channel.Code == "web"))
            errors.Add(new("channel", "受付方法は post(郵送)、fax、email(電子メール)、counter(窓口)、form(電子申請)のどれかにしてください。",
                "The channel must be one of post, fax, email, counter or form."));
        var receivedAt = Now;
        if (!web)
        {
            if (input.ReceivedAt is not { } at)
                errors.Add(new("receivedAt", "受付日を入力してください(例: 2026-12-10)。", "Enter the date received (e.g. 2026-12-10)."));
            else if (at < period.StartsAt || at > period.EndsAt)
                errors.Add(new("receivedAt", $"受付日が募集期間({wording.Item1})の外です。期間外の意見は受け付けられません。",
                    $"The date received is outside the comment period ({wording.Item2}); opinions outside it cannot be accepted."));
            else if (at > Now)
                errors.Add(new("receivedAt", "受付日が未来の日付です。", "The date received is in the future."));
            else
                receivedAt = at.ToUniversalTime();
        }
        if (errors.Count > 0)
            return CommentRefusal.Invalid(errors);
        return new ValidSubmission(itemKey, itemTitle, text.Text!, text.Length, name, address, email, area, age, channel!.Code, receivedAt);
    }

    static string? Optional(string? value, int max, string field, string japanese, string english, List<CommentError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var v = value.Trim().Normalize(NormalizationForm.FormC);
        if (v.Length > max)
            errors.Add(new(field, $"{japanese}は{max}文字以内にしてください。", $"{english} must be at most {max} characters."));
        return v;
    }

    static string? Code(string? value, IReadOnlyList<CommentChoice> choices, string field, string japanese, string english, List<CommentError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (CommentRules.Find(choices, value) is { } choice)
            return choice.Code;
        errors.Add(new(field, $"{japanese}は選択肢から選んでください({string.Join("、", choices.Select(c => c.Japanese))})。",
            $"{english} must be one of: {string.Join(", ", choices.Select(c => c.Code))}."));
        return null;
    }

    static bool IsEmail(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    /// <summary>A one-way key of the client address: the rate limit needs to recognise a client, never to know its address.</summary>
    static string ClientKeyOf(string clientAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("torikumi-comments|" + clientAddress)));
}
