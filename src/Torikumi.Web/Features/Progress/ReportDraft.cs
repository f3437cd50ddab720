using System.Text;
using Torikumi.Core.Progress;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Progress;

public sealed record EvidenceLinkInput(string? Title, string? Url);

/// <summary>
/// What an editor saves as the content of a report. Like an HTTP PUT it replaces the content: a missing text is saved
/// empty. <see cref="Indicators"/> is the exception: null leaves the department's indicators of the item as they are,
/// a list (also empty) replaces them.
/// </summary>
public sealed record ReportDraft(
    string? Plan = null,
    string? Result = null,
    string? Status = null,
    decimal? Percent = null,
    string? Remarks = null,
    IReadOnlyList<EvidenceLinkInput>? Evidence = null,
    string? StatusReason = null,
    IReadOnlyList<Indicator>? Indicators = null)
{
    /// <summary>Problems found while reading the input (an unreadable fiscal year …), reported together with the draft's own.</summary>
    public IReadOnlyList<ProgressError> InputErrors { get; init; } = [];
}

/// <summary>A draft after validation: trimmed NFC text, the status as a code of the scale.</summary>
sealed record CheckedDraft(string Plan, string Result, string? StatusCode, string? StatusReason, decimal? Percent, string Remarks,
    List<EvidenceLink> Evidence, IReadOnlyList<Indicator>? Indicators);

/// <summary>The limits of a report's content, and the checks that give every broken one with its field.</summary>
static class DraftRules
{
    public const int MaxTextLength = 4000;
    public const int MaxRemarksLength = 2000;
    public const int MaxEvidence = 20;
    public const int MaxEvidenceTitleLength = 200;
    public const int MaxUrlLength = 2000;
    public const int MaxIndicators = 20;

    public static CheckedDraft Check(ReportDraft draft, StatusScale scale, int fiscalYear, IReadOnlyList<Indicator> currentIndicators,
        List<ProgressError> errors)
    {
        errors.AddRange(draft.InputErrors);
        var plan = Text(draft.Plan, "plan", "計画", "plan", MaxTextLength, errors);
        var result = Text(draft.Result, "result", "実績", "result", MaxTextLength, errors);
        var remarks = Text(draft.Remarks, "remarks", "備考", "remarks", MaxRemarksLength, errors);
        var reason = Text(draft.StatusReason, "statusReason", "ステータスの理由", "status reason", StatusSuggestions.MaxReasonLength, errors);

        string? code = null;
        if (!string.IsNullOrWhiteSpace(draft.Status))
        {
            code = scale.Resolve(draft.Status)?.Code;
            if (code is null)
                errors.Add(new("status", $"ステータス「{draft.Status.Trim()}」はこの計画の段階にありません。次のどれかにしてください: {string.Join("、", scale.Statuses.Select(s => $"{s.Japanese}({s.Code})"))}。",
                    $"The status \"{draft.Status.Trim()}\" is not in this plan's scale; use one of: {string.Join(", ", scale.Statuses.Select(s => s.Code))}."));
        }

        if (draft.Percent is { } p && (p < 0 || p > 100))
            errors.Add(new("percent", $"進捗率は0〜100にしてください(いま{p})。", $"The percent must be between 0 and 100 (it is {p})."));

        var evidence = Evidence(draft.Evidence ?? [], errors);

        if (draft.Indicators is { } indicators)
        {
            if (indicators.Count > MaxIndicators)
                errors.Add(new("indicators", $"指標は{MaxIndicators}個までです。", $"At most {MaxIndicators} indicators."));
            for (var i = 0; i < indicators.Count; i++)
                errors.AddRange(indicators[i] is null
                    ? [new($"indicators[{i}]", "指標が空です。", "The indicator is empty.")]
                    : indicators[i].Validate($"indicators[{i}]"));
        }

        // The override rule needs the indicators as they will be after this save.
        if (code is not null && errors.Count == 0)
        {
            var suggestion = StatusSuggestions.Suggest(draft.Indicators ?? currentIndicators, fiscalYear, scale);
            if (StatusSuggestions.CheckChoice(suggestion, code, reason) is { } error)
                errors.Add(error);
        }
        return new(plan, result, code, reason.Length == 0 ? null : reason, draft.Percent, remarks, evidence, draft.Indicators);
    }

    /// <summary>Trimmed and in NFC (text is stored as written, composed), within the limit.</summary>
    public static string Text(string? value, string field, string ja, string en, int max, List<ProgressError> errors)
    {
        var text = (value ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (text.Length > max)
            errors.Add(new(field, $"{ja}は{max}文字以内にしてください(いま{text.Length}文字)。", $"The {en} is longer than {max} characters ({text.Length})."));
        return text;
    }

    static List<EvidenceLink> Evidence(IReadOnlyList<EvidenceLinkInput> links, List<ProgressError> errors)
    {
        if (links.Count > MaxEvidence)
            errors.Add(new("evidence", $"根拠資料のリンクは{MaxEvidence}件までです。", $"At most {MaxEvidence} evidence links."));
        var result = new List<EvidenceLink>();
        for (var i = 0; i < links.Count; i++)
        {
            var field = $"evidence[{i}]";
            if (links[i] is null)
            {
                errors.Add(new(field, "リンクが空です。", "The link is empty."));
                continue;
            }
            var url = (links[i].Url ?? "").Trim();
            var title = Text(links[i].Title, $"{field}.title", "リンクの名称", "link title", MaxEvidenceTitleLength, errors);
            if (url.Length == 0)
                errors.Add(new($"{field}.url", "リンク先のURLを入力してください。", "The link needs a URL."));
            else if (url.Length > MaxUrlLength)
                errors.Add(new($"{field}.url", $"URLは{MaxUrlLength}文字以内にしてください。", $"The URL is longer than {MaxUrlLength} characters."));
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
                errors.Add(new($"{field}.url", $"URL「{Shorten(url)}」は使えません。http:// か https:// で始まるアドレスにしてください。",
                    $"The URL \"{Shorten(url)}\" is not allowed; use an address starting with http:// or https://."));
            else
                result.Add(new(title.Length == 0 ? url : title, url));
        }
        return result;
    }

    static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
