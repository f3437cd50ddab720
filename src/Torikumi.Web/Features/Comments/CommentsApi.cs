using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Torikumi.Core.Comments;
using Torikumi.Data.Entities;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Api;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// The public comment through the API (docs/api.md, "Public comment"): staff enter and handle opinions with a token,
/// anyone reads the published result. Only translates HTTP; the rules are those of <see cref="PublicComments"/>.
/// </summary>
public static class CommentsApi
{
    public static IEndpointRouteBuilder MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/plans").WithTags("Comments");
        open.MapGet("/{id:int}/comments/result", ResultAsync).WithSummary("The published result of the public comment")
            .WithDescription("「意見の概要と区の考え方」: the period, the number of submitters and opinions by channel, then per item each summary (要旨), the ward's view (区の考え方) and the classification. Never a name, address, e-mail or receipt number. 404 until published. Also as files: /plans/{id}/comments/result.xlsx and result.csv.");
        open.MapGet("/{id:int}/comments/period", PeriodAsync).WithSummary("The comment period of the plan's draft")
            .WithDescription("When opinions are accepted (Japan time, both ends included), how to submit and whom to ask; 404 when the plan has none.");

        var staff = app.MapGroup("/api/v1/plans").WithTags("Comments").RequireAuthorization(StaffPolicies.Staff);
        staff.MapPost("/{id:int}/comments", EnterAsync).Accepts<CommentEntryInput>("application/json").WithSummary("Enter an opinion received by post, fax, e-mail, counter or another system")
            .WithDescription("Reviewers and administrators. Body: item (key or null), text (≤ 2,000 characters), channel (post, fax, email, counter, form), receivedAt (within the period), optional name, address, email, addressArea, ageGroup. 201 with the opinion number and the receipt number.");
        staff.MapGet("/{id:int}/comments", ListAsync).WithSummary("The opinions, for staff")
            .WithDescription("Filters: item (a key, or plan), strategy (S4), department, channel, state (received, summarised, assigned, drafted, approved, merged). Editors see the opinions assigned to their departments.");
        staff.MapGet("/{id:int}/comments/{number:int}", GetAsync).WithSummary("One opinion in full, with its ETag");
        staff.MapPut("/{id:int}/comments/{number:int}", UpdateAsync).WithSummary("Change an opinion: summary, view, classification …")
            .WithDescription("Needs If-Match with the ETag from GET (409 when someone changed it since). summary, item, department: reviewers; draftAnswer: reviewers or the assigned department; view with classification approves (administrators); reflectedVersion/reflectedItem link a 反映 or 一部反映 opinion to an item of a later version.");
        staff.MapPost("/{id:int}/comments/publish", PublishAsync).WithSummary("Publish the result (administrators)")
            .WithDescription("Refused (409) while an opinion has no approved view or a summary or view still contains what looks like personal data; the problem lists each.");
        return app;
    }

    static async Task<Results<Ok<PublishedResult>, ProblemHttpResult>> ResultAsync(int id, PublicComments comments, CancellationToken ct)
    {
        var result = await comments.ResultAsync(id, ct);
        return result.Value is { } value ? TypedResults.Ok(value) : Refused(result.Refusal!, null);
    }

    /// <summary>The period, public: dates, phase and how to submit (no staff details).</summary>
    public sealed record PeriodJson(int VersionNumber, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Phase, string PeriodJapanese,
        string PeriodEnglish, string HowToSubmit, string Contact, string? ShortPeriodReason, DateTimeOffset? ResultPublishedAt);

    static async Task<Results<Ok<PeriodJson>, ProblemHttpResult>> PeriodAsync(int id, PublicComments comments, CancellationToken ct)
    {
        if (await comments.PeriodAsync(id, ct) is not { } p)
            return Problem(StatusCodes.Status404NotFound, "Not found", $"計画 {id} には意見募集期間がありません。", $"Plan {id} has no comment period.");
        return TypedResults.Ok(new PeriodJson(p.VersionNumber, p.StartsAt, p.EndsAt, p.Phase switch
        {
            PeriodPhase.NotYetOpen => "not-yet-open",
            PeriodPhase.Open => "open",
            _ => "closed",
        }, p.Wording(false), p.Wording(true), p.HowToSubmit, p.Contact, p.ShortPeriodReason, p.ResultPublishedAt));
    }

    static async Task<Results<Created<CommentEntered>, ProblemHttpResult>> EnterAsync(int id, HttpRequest request, PublicComments comments,
        IOptions<CommentOptions> options, CancellationToken ct)
    {
        if (request.ContentLength > options.Value.MaxRequestBytes)
            return TooLarge(options.Value.MaxRequestBytes);
        CommentEntryInput? body;
        try
        {
            body = await request.ReadFromJsonAsync<CommentEntryInput>(ct);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Invalid([new("body", $"JSON として読めません: {e.Message}", $"The body is not valid JSON: {e.Message}")]);
        }
        catch (InvalidOperationException)
        {
            return Invalid([new("body", "Content-Type: application/json で JSON を送ってください。", "Send JSON with Content-Type: application/json.")]);
        }
        if (body is null)
            return Invalid([new("body", "意見の内容(JSON)を送ってください。", "Send the opinion as JSON.")]);
        DateTimeOffset? receivedAt = null;
        if (!string.IsNullOrWhiteSpace(body.ReceivedAt))
        {
            if (DateOnly.TryParseExact(body.ReceivedAt.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                receivedAt = CommentPeriodRules.StartOfDayJst(day);
            else if (DateTimeOffset.TryParse(body.ReceivedAt.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                receivedAt = at;
            else
                return Invalid([new("receivedAt", $"receivedAt「{body.ReceivedAt}」は日付として読めません。2026-12-10 か 2026-12-10T15:30:00+09:00 の形にしてください。",
                    $"receivedAt \"{body.ReceivedAt}\" is not a date; use 2026-12-10 or 2026-12-10T15:30:00+09:00.")]);
        }
        var result = await comments.EnterAsync(id, new SubmissionInput
        {
            ItemKey = body.Item, Text = body.Text, Channel = body.Channel, ReceivedAt = receivedAt, Name = body.Name, Address = body.Address,
            Email = body.Email, AddressArea = body.AddressArea, AgeGroup = body.AgeGroup,
        }, ct);
        if (result.Value is not { } receipt)
            return Refused(result.Refusal!, null);
        return TypedResults.Created($"/api/v1/plans/{id}/comments/{receipt.Number}",
            new CommentEntered(receipt.Number, receipt.ReceiptNumber, receipt.ReceivedAt, receipt.ItemKey));
    }

    static async Task<Results<Ok<OpinionList>, ProblemHttpResult>> ListAsync(int id, string? item, string? strategy, string? department,
        string? channel, string? state, PublicComments comments, CancellationToken ct)
    {
        OpinionState? wanted = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<OpinionState>(state, true, out var s) || int.TryParse(state, out _))
                return Invalid([new("state", $"state「{state}」はありません。received, summarised, assigned, drafted, approved, merged のどれかにしてください。",
                    $"There is no state \"{state}\"; use received, summarised, assigned, drafted, approved or merged.")]);
            wanted = s;
        }
        var result = await comments.OpinionsAsync(id, new OpinionFilter(item, strategy, department, channel, wanted), ct);
        if (result.Value is not { } rows)
            return Refused(result.Refusal!, null);
        return TypedResults.Ok(new OpinionList(id, rows.Count, [.. rows.Select(r => new OpinionListJson(r.Number, r.ItemKey, r.Strategy, r.Channel,
            r.ReceivedAt, OpinionJson.StateCode(r.State), r.Department, r.Summary, r.Classification, r.MergedInto,
            [.. r.TextFlags.Concat(r.PublicFlags).Select(f => $"{f.Kind}: {f.Found}")], r.Version))]));
    }

    static async Task<Results<Ok<OpinionJson>, ProblemHttpResult>> GetAsync(int id, int number, PublicComments comments, HttpResponse response,
        CancellationToken ct)
    {
        var result = await comments.OpinionAsync(id, number, ct);
        if (result.Value is not { } detail)
            return Refused(result.Refusal!, response);
        response.Headers.ETag = ETag(detail.Version);
        return TypedResults.Ok(OpinionJson.From(detail));
    }

    static async Task<Results<Ok<OpinionJson>, ProblemHttpResult>> UpdateAsync(int id, int number, OpinionInput? body, PublicComments comments,
        HttpContext http, CancellationToken ct)
    {
        if (body is null)
            return Invalid([new("body", "変更内容(JSON)を送ってください。", "Send the change as JSON.")]);
        var values = http.Request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(values))
            return Problem(StatusCodes.Status428PreconditionRequired, "If-Match required",
                "If-Match ヘッダーに、GET で受け取った ETag を付けてください。他の人の変更を上書きしないためです。",
                "Send the ETag from GET in an If-Match header, so nobody's change is overwritten unseen.");
        var tag = values.ToString().Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
            tag = tag[2..];
        if (!int.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            return Problem(StatusCodes.Status400BadRequest, "Invalid If-Match",
                $"If-Match「{values}」は使えません。GET で受け取った ETag(例: \"3\")をそのまま送ってください。",
                $"If-Match \"{values}\" is not an ETag of this API; send the ETag from GET as it is (e.g. \"3\").");
        var result = await comments.UpdateAsync(id, number, version, new OpinionChange
        {
            Summary = body.Summary, View = body.View, Classification = body.Classification, Department = body.Department,
            DraftAnswer = body.DraftAnswer, ItemKey = body.Item, ReflectedVersion = body.ReflectedVersion, ReflectedItemKey = body.ReflectedItem,
        }, ct);
        if (result.Value is not { } detail)
            return Refused(result.Refusal!, http.Response);
        http.Response.Headers.ETag = ETag(detail.Version);
        return TypedResults.Ok(OpinionJson.From(detail));
    }

    static async Task<Results<Ok<PublishOutcome>, ProblemHttpResult>> PublishAsync(int id, PublicComments comments, CancellationToken ct)
    {
        var result = await comments.PublishAsync(id, ct);
        return result.Value is { } value ? TypedResults.Ok(value) : Refused(result.Refusal!, null);
    }

    static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    static ProblemHttpResult TooLarge(int limit) => Problem(StatusCodes.Status413PayloadTooLarge, "Too large",
        $"送られた内容が大きすぎます({limit:N0}バイトまで)。意見は2,000文字以内です。", $"The request is too large (at most {limit:N0} bytes); an opinion has at most 2,000 characters.");

    static ProblemHttpResult Invalid(IReadOnlyList<CommentError> errors) =>
        BilingualProblems.Invalid("Invalid opinion", errors.Select(e => (e.Field, e.Japanese, e.English)));

    static ProblemHttpResult Problem(int status, string title, string japanese, string english, int? current = null,
        IReadOnlyList<CommentError>? errors = null)
    {
        var problem = BilingualProblems.Details(status, title, japanese, english);
        if (current is not null)
            problem.Extensions["currentVersion"] = current;
        if (errors is { Count: > 0 })
            problem.Extensions["messages"] = BilingualProblems.Messages(errors.Select(e => (e.Field, e.Japanese, e.English)));
        return TypedResults.Problem(problem);
    }

    static ProblemHttpResult Refused(CommentRefusal refusal, HttpResponse? response)
    {
        if (refusal.CurrentVersion is { } v && response is not null)
            response.Headers.ETag = ETag(v);
        return refusal.Kind switch
        {
            RefusalKind.Invalid => Invalid(refusal.Errors ?? []),
            RefusalKind.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", refusal.Japanese, refusal.English),
            RefusalKind.SignIn => Problem(StatusCodes.Status401Unauthorized, "Sign in", refusal.Japanese, refusal.English),
            RefusalKind.Forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", refusal.Japanese, refusal.English),
            RefusalKind.Stale => Problem(StatusCodes.Status409Conflict, "Changed by someone else", refusal.Japanese, refusal.English, refusal.CurrentVersion),
            RefusalKind.TooMany => Problem(StatusCodes.Status429TooManyRequests, "Too many", refusal.Japanese, refusal.English),
            RefusalKind.TooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "Too large", refusal.Japanese, refusal.English),
            _ => Problem(StatusCodes.Status409Conflict, "Not possible now", refusal.Japanese, refusal.English, refusal.CurrentVersion, refusal.Errors),
        };
    }
}
