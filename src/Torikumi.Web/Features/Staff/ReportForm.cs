using System.Globalization;
using System.Text;
using Torikumi.Core.Progress;
using Torikumi.Web.Features.Progress;

namespace Torikumi.Web.Features.Staff;

/// <summary>
/// The report form as posted: every value as text, so that what the editor typed comes back unchanged with the errors
/// (or with a conflict) and nothing is lost. Input ids are <c>Form_{Name}</c>; <see cref="FieldId"/> maps the service's
/// field names to them for the error summary's links.
/// </summary>
public sealed class ReportForm
{
    public string? Plan { get; set; }
    public string? Result { get; set; }
    public string? Status { get; set; }
    public string? Percent { get; set; }
    public string? Remarks { get; set; }
    public string? StatusReason { get; set; }
    public List<string?> EvidenceTitles { get; set; } = [];
    public List<string?> EvidenceUrls { get; set; } = [];

    /// <summary>Blank link rows shown after the saved ones, so that a link can be added without script.</summary>
    public const int BlankEvidenceRows = 2;

    public static ReportForm From(ReportView view) => new()
    {
        Plan = view.Plan,
        Result = view.Result,
        Status = view.Status,
        Percent = view.Percent?.ToString(CultureInfo.InvariantCulture),
        Remarks = view.Remarks,
        StatusReason = view.StatusReason,
        EvidenceTitles = [.. view.Evidence.Select(e => (string?)e.Title)],
        EvidenceUrls = [.. view.Evidence.Select(e => (string?)e.Url)],
    };

    public int EvidenceRows => Math.Max(EvidenceTitles.Count, EvidenceUrls.Count) + BlankEvidenceRows;

    public string? TitleAt(int i) => i < EvidenceTitles.Count ? EvidenceTitles[i] : null;
    public string? UrlAt(int i) => i < EvidenceUrls.Count ? EvidenceUrls[i] : null;

    /// <summary>The draft for the service; an unreadable percentage travels as an input error with the draft's own.</summary>
    public ReportDraft ToDraft()
    {
        List<ProgressError> errors = [];
        decimal? percent = null;
        var percentText = (Percent ?? "").Normalize(NormalizationForm.FormKC).Trim().TrimEnd('%');
        if (percentText.Length > 0)
        {
            if (decimal.TryParse(percentText, NumberStyles.Number, CultureInfo.InvariantCulture, out var p))
                percent = p;
            else
                errors.Add(new("percent", $"進捗率「{Percent}」は数値(0〜100)で入力してください。", $"Give the percent \"{Percent}\" as a number from 0 to 100."));
        }
        var links = new List<EvidenceLinkInput>();
        for (var i = 0; i < Math.Max(EvidenceTitles.Count, EvidenceUrls.Count); i++)
        {
            var (title, url) = (TitleAt(i), UrlAt(i));
            if (!string.IsNullOrWhiteSpace(title) || !string.IsNullOrWhiteSpace(url))
                links.Add(new(title, url));
        }
        return new ReportDraft(Plan, Result, Status, percent, Remarks, links, StatusReason) { InputErrors = errors };
    }

    /// <summary>The id of the input a service error is about ("" when it is about the whole form).</summary>
    public static string FieldId(string field)
    {
        var simple = field switch
        {
            "plan" => "Form_Plan",
            "result" => "Form_Result",
            "status" => "Form_Status",
            "percent" => "Form_Percent",
            "remarks" => "Form_Remarks",
            "statusReason" => "Form_StatusReason",
            "reason" => "Reason",
            _ => null,
        };
        if (simple is not null)
            return simple;
        if (field.StartsWith("evidence[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is > 9 and var end)
        {
            var index = field[9..end];
            return field.EndsWith(".title", StringComparison.Ordinal) ? $"Form_EvidenceTitles_{index}" : $"Form_EvidenceUrls_{index}";
        }
        return "";
    }
}
