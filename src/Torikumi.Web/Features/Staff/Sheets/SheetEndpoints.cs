using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress.Sheets;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;

namespace Torikumi.Web.Features.Staff.Sheets;

/// <summary>
/// <c>GET /staff/plans/{id}/progress/{fiscalYear}/sheet.xlsx?department=NAME[&amp;section=NAME]</c>: a unit's progress
/// sheet (進捗管理シート). Staff only (cookie or token); which units an account may download is the service's rule.
/// </summary>
public static class SheetEndpoints
{
    public const string Route = "/staff/plans/{id:int}/progress/{fiscalYear}/sheet.xlsx";

    public static string DownloadUrl(int planId, string fiscalYear, string department, string? section) =>
        $"/staff/plans/{planId}/progress/{Uri.EscapeDataString(fiscalYear)}/sheet.xlsx?department={Uri.EscapeDataString(department)}"
        + (string.IsNullOrEmpty(section) ? "" : "&section=" + Uri.EscapeDataString(section));

    public static IEndpointRouteBuilder MapProgressSheets(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, DownloadAsync).RequireAuthorization(StaffPolicies.Staff).ExcludeFromDescription();
        return app;
    }

    static async Task<IResult> DownloadAsync(int id, string fiscalYear, string? department, string? section, ProgressReports reports, CancellationToken ct)
    {
        if (!FiscalYears.TryParse(fiscalYear, out var year, out var error))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid fiscal year", detail: $"{error.Japanese} / {error.English}");
        var sheet = await reports.SheetAsync(id, year, department, section, ct);
        if (sheet.Value is { } file)
            return Results.File(file.Content, ProgressSheetWriter.ContentType, file.FileName);
        return Refused(sheet.Refusal!);
    }

    public static int StatusOf(ProgressRefusal refusal) => refusal switch
    {
        ProgressForbidden { SignedIn: false } => StatusCodes.Status401Unauthorized,
        ProgressForbidden => StatusCodes.Status403Forbidden,
        ProgressNotFound => StatusCodes.Status404NotFound,
        ProgressInvalid => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };

    static IResult Refused(ProgressRefusal refusal)
    {
        var detail = refusal is ProgressInvalid invalid
            ? string.Join(" ", invalid.Errors.Select(e => $"{e.Japanese} / {e.English}"))
            : $"{refusal.Japanese} / {refusal.English}";
        return Results.Problem(statusCode: StatusOf(refusal), detail: detail);
    }
}
