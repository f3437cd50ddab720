using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Api;

namespace Torikumi.Web.Features.Progress;

/// <summary>
/// Progress reports through the API (docs/progress-api.md): read what the caller may, change only through the
/// workflow, with the ETag (the report's version) sent back as <c>If-Match</c>. The rules and the audit trail are
/// those of <see cref="ProgressReports"/>; this class only translates HTTP.
/// </summary>
public static class ProgressApi
{
    const string ItemRoute = "/{id:int}/items/{key}/progress/{fiscalYear}";

    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/plans").WithTags("Progress");
        open.MapGet(ItemRoute, GetAsync);
        open.MapGet("/{id:int}/progress/{fiscalYear}", PublishedAsync).WithSummary("A fiscal year's published progress and roll-ups").WithDescription("The published progress reports (公表された進捗) of the plan in the fiscal year, without staff details, and the roll-ups per plan, pillar, strategic plan and department computed from them only (docs/progress.md). Reports not yet published never appear. Also as files: /plans/{id}/progress/{fiscalYear}/data.json, data.csv, data.xlsx.");

        var staff = app.MapGroup("/api/v1/plans").WithTags("Progress").RequireAuthorization(StaffPolicies.Staff);
        staff.MapPut(ItemRoute, SaveAsync);
        staff.MapPost(ItemRoute + "/submit", (int id, string key, string fiscalYear, string? department, ProgressReports reports, HttpContext http, CancellationToken ct) =>
            StepAsync(http, fiscalYear, (year, version) => reports.SubmitAsync(id, key, year, department, version, ct)));
        staff.MapPost(ItemRoute + "/return", (int id, string key, string fiscalYear, string? department, ReturnInput? body, ProgressReports reports, HttpContext http, CancellationToken ct) =>
            StepAsync(http, fiscalYear, (year, version) => reports.ReturnAsync(id, key, year, department, body?.Reason, version, ct)));
        staff.MapPost(ItemRoute + "/approve", (int id, string key, string fiscalYear, string? department, ProgressReports reports, HttpContext http, CancellationToken ct) =>
            StepAsync(http, fiscalYear, (year, version) => reports.ApproveAsync(id, key, year, department, version, ct)));
        staff.MapPost(ItemRoute + "/publish", (int id, string key, string fiscalYear, string? department, ProgressReports reports, HttpContext http, CancellationToken ct) =>
            StepAsync(http, fiscalYear, (year, version) => reports.PublishAsync(id, key, year, department, version, ct)));
        staff.MapPost("/{id:int}/progress/{fiscalYear}/publish", PublishAllAsync);
        staff.MapGet("/{id:int}/items/{key}/audit", AuditAsync);
        return app;
    }

    /// <summary>
    /// One department's part (with <c>department</c>, or when the item has only one) with its version as the ETag; else
    /// every part the caller may see, as a list.
    /// </summary>
    static async Task<Results<Ok<ReportView>, Ok<ItemReports>, ProblemHttpResult>> GetAsync(int id, string key, string fiscalYear,
        string? department, ProgressReports reports, HttpResponse response, CancellationToken ct)
    {
        if (!FiscalYears.TryParse(fiscalYear, out var year, out var error))
            return YearProblem(error);
        if (string.IsNullOrWhiteSpace(department))
            department = null;
        var result = await reports.GetAsync(id, key, year, department, ct);
        if (result.Value is not { } item)
            return Refused(result.Refusal!, response);
        if (department is null && item.Departments.Count > 1)
            return TypedResults.Ok(item);
        if (item.Parts.Count == 0)
            return Refused(new ProgressNotFound($"項目 {item.ItemKey} の{FiscalYears.Label(year)}の報告はまだ公表されていません。",
                $"The report on item {item.ItemKey} for FY{year} has not been published yet."), response);
        return WithETag(item.Parts[0], response);
    }

    /// <summary>Saves the content as a draft; needs <c>If-Match</c> with the ETag read (<c>"0"</c> for a part not started).</summary>
    static async Task<Results<Ok<ReportView>, ProblemHttpResult>> SaveAsync(int id, string key, string fiscalYear, string? department,
        ReportInput? body, ProgressReports reports, HttpContext http, CancellationToken ct)
    {
        if (!FiscalYears.TryParse(fiscalYear, out var year, out var error))
            return YearProblem(error);
        if (body is null)
            return Invalid([new("body", "報告の内容(JSON)を送ってください。", "Send the report's content as JSON.")]);
        if (IfMatch(http.Request) is not { } match)
            return PreconditionRequired();
        if (match.Version is not { } version)
            return match.Problem!;
        var part = department;
        if (!string.IsNullOrWhiteSpace(body.Department))
        {
            if (part is not null && part.Trim() != body.Department.Trim())
                return Invalid([new("department", "URL の department と本文の department が違います。", "The department in the URL and in the body differ.")]);
            part = body.Department;
        }
        var result = await reports.SaveDraftAsync(id, key, year, part, version, ProgressInput.ToDraft(body), ct);
        return result.Value is { } view ? WithETag(view, http.Response) : Refused(result.Refusal!, http.Response);
    }

    /// <summary>A workflow step; an <c>If-Match</c> is optional here, and refused with 409 when stale.</summary>
    static async Task<Results<Ok<ReportView>, ProblemHttpResult>> StepAsync(HttpContext http, string fiscalYear,
        Func<int, int?, Task<ProgressResult<ReportView>>> step)
    {
        if (!FiscalYears.TryParse(fiscalYear, out var year, out var error))
            return YearProblem(error);
        int? version = null;
        if (IfMatch(http.Request) is { } match)
        {
            if (match.Version is null)
                return match.Problem!;
            version = match.Version;
        }
        var result = await step(year, version);
        return result.Value is { } view ? WithETag(view, http.Response) : Refused(result.Refusal!, http.Response);
    }

    static async Task<Results<Ok<PublishedProgress>, ProblemHttpResult>> PublishedAsync(int id, string fiscalYear, ProgressReports reports,
        HttpResponse response, CancellationToken ct)
    {
        if (!FiscalYears.TryParse(fiscalYear, out var year, out var error))
            return YearProblem(error);
        var result = await reports.PublishedAsync(id, year, ct);
        return result.Value is { } value ? TypedResults.Ok(value) : Refused(result.Refusal!, response);
    }

    static async Task<Results<Ok<PublishedCount>, ProblemHttpResult>> PublishAllAsync(int id, string fiscalYear, ProgressReports reports,
        HttpResponse response, CancellationToken ct)
    {
        if (!FiscalYears.TryParse(fiscalYear, out var year, out var error))
            return YearProblem(error);
        var result = await reports.PublishAllApprovedAsync(id, year, ct);
        return result.Value is { } value ? TypedResults.Ok(value) : Refused(result.Refusal!, response);
    }

    static async Task<Results<Ok<AuditTrail>, ProblemHttpResult>> AuditAsync(int id, string key, ProgressReports reports,
        HttpResponse response, CancellationToken ct)
    {
        var result = await reports.AuditAsync(id, key, ct);
        return result.Value is { } value ? TypedResults.Ok(value) : Refused(result.Refusal!, response);
    }

    static Ok<ReportView> WithETag(ReportView view, HttpResponse response)
    {
        response.Headers.ETag = ETag(view.Version);
        return TypedResults.Ok(view);
    }

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    sealed record Match(int? Version, ProblemHttpResult? Problem);

    /// <summary>The version in <c>If-Match</c> (<c>"3"</c>, also weak <c>W/"3"</c>); null when the header is absent.</summary>
    static Match? IfMatch(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(values))
            return null;
        var tag = values.ToString().Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
            tag = tag[2..];
        tag = tag.Trim('"');
        return int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new Match(version, null)
            : new Match(null, Problem(StatusCodes.Status400BadRequest, "Invalid If-Match",
                $"If-Match「{values}」は使えません。GET で受け取った ETag(例: \"3\")をそのまま送ってください。",
                $"If-Match \"{values}\" is not an ETag of this API; send the ETag from GET as it is (e.g. \"3\")."));
    }

    static ProblemHttpResult PreconditionRequired() => Problem(StatusCodes.Status428PreconditionRequired, "If-Match required",
        "If-Match ヘッダーに、GET で受け取った ETag を付けてください(まだ報告がなければ \"0\")。他の人の変更を上書きしないためです。",
        "Send the ETag from GET in an If-Match header (\"0\" when there is no report yet), so nobody's change is overwritten unseen.");

    static ProblemHttpResult YearProblem(FiscalYearError error) =>
        Invalid([new("fiscalYear", error.Japanese, error.English)]);

    static ProblemHttpResult Invalid(IReadOnlyList<ProgressError> errors) =>
        BilingualProblems.Invalid("Invalid progress report", errors.Select(e => (e.Field, e.Japanese, e.English)));

    static ProblemHttpResult Problem(int status, string title, string japanese, string english, ReportView? current = null)
    {
        var problem = BilingualProblems.Details(status, title, japanese, english);
        if (current is not null)
            problem.Extensions["current"] = current;
        return TypedResults.Problem(problem);
    }

    static ProblemHttpResult Refused(ProgressRefusal refusal, HttpResponse response)
    {
        switch (refusal)
        {
            case ProgressInvalid invalid:
                return Invalid(invalid.Errors);
            case ProgressNotFound:
                return Problem(StatusCodes.Status404NotFound, "Not found", refusal.Japanese, refusal.English);
            case ProgressForbidden { SignedIn: false }:
                return Problem(StatusCodes.Status401Unauthorized, "Sign in", refusal.Japanese, refusal.English);
            case ProgressForbidden:
                return Problem(StatusCodes.Status403Forbidden, "Forbidden", refusal.Japanese, refusal.English);
            case ProgressConflict conflict:
                response.Headers.ETag = ETag(conflict.Current.Version);
                return Problem(StatusCodes.Status409Conflict, "Changed by someone else", refusal.Japanese, refusal.English, conflict.Current);
            case ProgressStateConflict state:
                if (state.Current is { } current)
                    response.Headers.ETag = ETag(current.Version);
                return Problem(StatusCodes.Status409Conflict, "Not possible in this state", refusal.Japanese, refusal.English, state.Current);
            default:
                throw new InvalidOperationException($"Unknown refusal {refusal.GetType().Name}");
        }
    }
}
