using System.Globalization;
using System.Text;
using Torikumi.Core.Progress;

namespace Torikumi.Web.Features.Staff;

/// <summary>One status of the scale form, as typed.</summary>
public sealed class StatusRow
{
    public string? Order { get; set; }
    public string? Code { get; set; }
    public string? Japanese { get; set; }
    public string? English { get; set; }
    public string? Score { get; set; }
    public bool Counts { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Japanese) && string.IsNullOrWhiteSpace(English);
}

/// <summary>
/// The status scale form (ステータスの段階): a row per status (order, code, labels, score, whether it counts in roll-ups,
/// remove) and the three codes the indicator rule suggests. Input ids are <c>Scale_Rows_{i}_{Field}</c>.
/// </summary>
public sealed class ScaleForm
{
    public const int BlankRows = 2;

    public List<StatusRow> Rows { get; set; } = [];
    public string? Reached { get; set; }
    public string? Nearly { get; set; }
    public string? Behind { get; set; }

    /// <summary>Original row of each status in the order <see cref="ToStatuses"/> returned them, to place the service's errors.</summary>
    readonly List<int> rowOf = [];

    public static ScaleForm From(IReadOnlyList<ProgressStatus> statuses, StatusSuggestionCodes? suggestions)
    {
        var form = new ScaleForm { Reached = suggestions?.Reached, Nearly = suggestions?.Nearly, Behind = suggestions?.Behind };
        for (var i = 0; i < statuses.Count; i++)
        {
            var s = statuses[i];
            form.Rows.Add(new StatusRow
            {
                Order = (i + 1).ToString(CultureInfo.InvariantCulture), Code = s.Code, Japanese = s.Japanese, English = s.English,
                Score = s.Score.ToString("0.##", CultureInfo.InvariantCulture), Counts = s.CountsInRollUp,
            });
        }
        form.AddBlankRows();
        return form;
    }

    public void AddBlankRows()
    {
        Rows = [.. Rows.Where(r => !r.IsBlank)];
        for (var i = 0; i < BlankRows; i++)
            Rows.Add(new StatusRow { Counts = true });
    }

    /// <summary>The statuses kept (not removed, not blank) in the order given, and what could not be read.</summary>
    public (List<ProgressStatus> Statuses, StatusSuggestionCodes? Suggestions, List<ProgressError> Errors) ToStatuses()
    {
        var errors = new List<ProgressError>();
        var kept = new List<(decimal Order, int Row, ProgressStatus Status)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (row.Remove || row.IsBlank)
                continue;
            var order = (decimal)(i + 1);
            if (!string.IsNullOrWhiteSpace(row.Order) && !decimal.TryParse(Plain(row.Order), NumberStyles.Number, CultureInfo.InvariantCulture, out order))
                errors.Add(new($"Scale_Rows_{i}_Order", $"{i + 1}行目の順序「{row.Order}」は数で入力してください。", $"Give the order in row {i + 1} as a number."));
            decimal score = 0;
            if (string.IsNullOrWhiteSpace(row.Score) || !decimal.TryParse(Plain(row.Score), NumberStyles.Number, CultureInfo.InvariantCulture, out score))
                errors.Add(new($"Scale_Rows_{i}_Score", $"{i + 1}行目の点数を0〜100の数で入力してください。", $"Give the score in row {i + 1} as a number from 0 to 100."));
            kept.Add((order, i, new ProgressStatus(Plain(row.Code).ToLowerInvariant(), Clean(row.Japanese), Clean(row.English), score, row.Counts)));
        }
        var ordered = kept.OrderBy(k => k.Order).ThenBy(k => k.Row).ToList();
        rowOf.Clear();
        rowOf.AddRange(ordered.Select(k => k.Row));
        StatusSuggestionCodes? suggestions = null;
        var codes = new[] { Reached, Nearly, Behind }.Select(c => Plain(c).ToLowerInvariant()).ToArray();
        if (codes.All(c => c.Length > 0))
            suggestions = new(codes[0], codes[1], codes[2]);
        else if (codes.Any(c => c.Length > 0))
            errors.Add(new("Scale_Reached", "指標からの提案に使うコードは、三つとも入力するか、三つとも空欄にしてください。",
                "Give all three suggestion codes, or none."));
        return ([.. ordered.Select(k => k.Status)], suggestions, errors);
    }

    /// <summary>The input a service error is about: <c>statuses[2].code</c> is the code of the row that became the third status.</summary>
    public string FieldId(string field)
    {
        if (field.StartsWith("Scale_", StringComparison.Ordinal))
            return field;
        if (field.StartsWith("statuses[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is > 9 and var end
            && int.TryParse(field[9..end], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < rowOf.Count)
        {
            var part = field[(end + 1)..].TrimStart('.');
            var name = part switch { "code" => "Code", "japanese" => "Japanese", "english" => "English", "score" => "Score", _ => "Code" };
            return $"Scale_Rows_{rowOf[i]}_{name}";
        }
        return field switch
        {
            "suggestions.reached" => "Scale_Reached",
            "suggestions.nearly" => "Scale_Nearly",
            "suggestions.behind" => "Scale_Behind",
            "statuses.code" => "Scale_Rows_0_Code",
            "statuses.japanese" => "Scale_Rows_0_Japanese",
            "statuses.english" => "Scale_Rows_0_English",
            // About the whole scale (codes in use, no counting status): said in the summary, linked to no one input.
            _ => "",
        };
    }

    static string Plain(string? text) => (text ?? "").Normalize(NormalizationForm.FormKC).Trim();
    static string Clean(string? text) => (text ?? "").Normalize(NormalizationForm.FormC).Trim();
}
