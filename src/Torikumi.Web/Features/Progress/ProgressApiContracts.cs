using System.Text.Json;
using Torikumi.Core.Japanese;
using Torikumi.Core.Progress;

namespace Torikumi.Web.Features.Progress;

/// <summary>A value of an indicator in a fiscal year; the year may be a number (2022) or text (令和4年度, R4, 2022年度).</summary>
public sealed record IndicatorValueInput(JsonElement FiscalYear, decimal Value);

public sealed record IndicatorInput(
    string? Name,
    string? Unit,
    string? Direction,
    IndicatorValueInput? Baseline,
    List<IndicatorValueInput>? Targets,
    List<IndicatorValueInput>? Actuals);

/// <summary>The body of <c>PUT …/progress/{fiscalYear}</c>: the report's content (see docs/progress-api.md).</summary>
public sealed record ReportInput(
    string? Plan,
    string? Result,
    string? Status,
    decimal? Percent,
    string? Remarks,
    List<EvidenceLinkInput>? Evidence,
    string? StatusReason,
    List<IndicatorInput>? Indicators,
    string? Department);

/// <summary>The body of <c>POST …/return</c>.</summary>
public sealed record ReturnInput(string? Reason);

/// <summary>Turns API input into the service's types, listing every field it cannot read.</summary>
static class ProgressInput
{
    public static ReportDraft ToDraft(ReportInput input)
    {
        var errors = new List<ProgressError>();
        List<Indicator>? indicators = null;
        if (input.Indicators is { } list)
        {
            indicators = [];
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { } indicator)
                    indicators.Add(ToIndicator(indicator, $"indicators[{i}]", errors));
                else
                    errors.Add(new($"indicators[{i}]", "指標が空です。", "The indicator is empty."));
        }
        return new ReportDraft(input.Plan, input.Result, input.Status, input.Percent, input.Remarks, input.Evidence,
            input.StatusReason, indicators) { InputErrors = [.. errors] };
    }

    public static Indicator ToIndicator(IndicatorInput input, string field, List<ProgressError> errors)
    {
        var direction = (input.Direction ?? "higher").Trim().ToLowerInvariant() switch
        {
            "higher" or "higher-is-better" or "高いほど良い" => IndicatorDirection.HigherIsBetter,
            "lower" or "lower-is-better" or "低いほど良い" => IndicatorDirection.LowerIsBetter,
            var other => Bad(other),
        };
        IndicatorDirection Bad(string other)
        {
            errors.Add(new($"{field}.direction", $"方向「{other}」は使えません。higher(高いほど良い)か lower(低いほど良い)にしてください。",
                $"The direction \"{other}\" is not one of higher, lower."));
            return IndicatorDirection.HigherIsBetter;
        }
        return new Indicator
        {
            Name = input.Name ?? "",
            Unit = input.Unit ?? "",
            Direction = direction,
            Baseline = input.Baseline is { } b ? Value(b, $"{field}.baseline", errors) : null,
            Targets = Values(input.Targets, $"{field}.targets", errors),
            Actuals = Values(input.Actuals, $"{field}.actuals", errors),
        };
    }

    static List<IndicatorValue> Values(List<IndicatorValueInput>? values, string field, List<ProgressError> errors) =>
        [.. (values ?? []).Select((v, i) => v is null ? null : Value(v, $"{field}[{i}]", errors)).OfType<IndicatorValue>()];

    static IndicatorValue? Value(IndicatorValueInput value, string field, List<ProgressError> errors)
    {
        var text = value.FiscalYear.ValueKind switch
        {
            JsonValueKind.Number or JsonValueKind.String => value.FiscalYear.ToString(),
            _ => null,
        };
        if (FiscalYears.TryParse(text, out var year, out var error))
            return new IndicatorValue(year, value.Value);
        errors.Add(new($"{field}.fiscalYear", error.Japanese, error.English));
        return null;
    }
}
