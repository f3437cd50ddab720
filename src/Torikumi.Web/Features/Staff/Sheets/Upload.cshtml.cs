using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress.Sheets;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Staff.Sheets;

/// <summary>
/// <c>/staff/plans/{id}/progress/{fiscalYear}/sheet?department=NAME</c>: download a unit's progress sheet
/// (進捗管理シート) and upload it filled in. A valid sheet becomes drafts (through <see cref="ProgressReports"/>, so the
/// same permissions and audit trail as the API); an invalid one changes nothing and lists every problem by row and column.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class UploadModel(ProgressReports reports, UiText ui) : StaffFormPageModel
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    /// <summary>The file plus the form around it; a bigger request is cut off before it is read.</summary>
    const long MaxRequestBytes = MaxFileBytes + 64 * 1024;

    [FromRoute(Name = "id")] public int PlanId { get; set; }
    [FromRoute(Name = "fiscalYear")] public string FiscalYearText { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Section { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public int FiscalYear { get; private set; }
    public string DownloadUrl => SheetEndpoints.DownloadUrl(PlanId, FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), Department ?? "", Section);
    public string UnitLabel => string.IsNullOrWhiteSpace(Section) ? Department ?? "" : $"{Department} {Section}";
    public SheetImport? Result { get; private set; }
    public string? Refusal { get; private set; }

    public IActionResult OnGet() => Prepare() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Prepare())
            return NotFound();
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError("file", ui.T("アップロードするファイルを選んでください。", "Choose the file to upload."));
        else if (Upload.Length > MaxFileBytes)
            ModelState.AddModelError("file", ui.T("ファイルが大きすぎます(5MBまで)。", "The file is too large (5 MB at most)."));
        if (!ModelState.IsValid)
            return Page();
        await using var stream = Upload!.OpenReadStream();
        var imported = await reports.ImportSheetAsync(PlanId, FiscalYear, Department, Section, stream, ct);
        if (imported.Refusal is { } refusal)
        {
            Refusal = ui.T(refusal.Japanese, refusal.English);
            if (refusal is ProgressInvalid invalid)
                Refusal = string.Join(" ", invalid.Errors.Select(e => ui.T(e.Japanese, e.English)));
            Response.StatusCode = SheetEndpoints.StatusOf(refusal);
            return Page();
        }
        Result = imported.Value;
        if (!Result!.Applied)
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    bool Prepare()
    {
        if (!FiscalYears.TryParse(FiscalYearText, out var year, out _))
            return false;
        FiscalYear = year;
        PageTitle = ui.T($"進捗管理シート({UnitLabel}、{FiscalYears.Label(year)})", $"Progress sheet ({UnitLabel}, {FiscalYears.EnglishLabel(year)})");
        PageTitleIsJapanese = !ui.IsEnglish;
        return true;
    }
}
