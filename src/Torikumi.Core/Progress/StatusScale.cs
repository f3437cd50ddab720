using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Torikumi.Core.Japanese;

namespace Torikumi.Core.Progress;

/// <summary>
/// A plan's status scale (ステータスの段階): 1–12 statuses in the order they are offered, with unique codes and labels,
/// and optionally the codes the indicator rule suggests. Only <see cref="Create"/> makes one, so every scale in use is valid.
/// </summary>
public sealed partial class StatusScale
{
    public const int MinStatuses = 1;
    public const int MaxStatuses = 12;
    public const int MaxLabelLength = 40;
    public const decimal MinScore = 0;
    public const decimal MaxScore = 100;

    readonly Dictionary<string, int> positions;

    StatusScale(IReadOnlyList<ProgressStatus> statuses, StatusSuggestionCodes? suggestions)
    {
        Statuses = statuses;
        Suggestions = suggestions;
        positions = statuses.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>In the order offered to editors.</summary>
    public IReadOnlyList<ProgressStatus> Statuses { get; }

    public StatusSuggestionCodes? Suggestions { get; }

    public ProgressStatus? Find(string? code) =>
        code is not null && positions.TryGetValue(code, out var i) ? Statuses[i] : null;

    /// <summary>Position in the scale, or −1; the tie-breaker wherever two statuses score the same.</summary>
    public int PositionOf(string code) => positions.TryGetValue(code, out var i) ? i : -1;

    /// <summary>
    /// What an editor typed or picked (an Excel drop-down shows the Japanese label): a code, a Japanese or an English
    /// label, compared after width folding and trimming, Latin case ignored.
    /// </summary>
    public ProgressStatus? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = Folded(text);
        return Statuses.FirstOrDefault(s =>
            string.Equals(s.Code, t, StringComparison.OrdinalIgnoreCase)
            || Folded(s.Japanese) == t
            || string.Equals(Folded(s.English), t, StringComparison.OrdinalIgnoreCase));
    }

    static string Folded(string s) => new([.. s.Trim().Select(JapaneseText.FoldWidth)]);

    /// <summary>The worse of two statuses: lower score; on a tie, the one listed first.</summary>
    public ProgressStatus Worse(ProgressStatus a, ProgressStatus b) =>
        a.Score < b.Score || (a.Score == b.Score && PositionOf(a.Code) <= PositionOf(b.Code)) ? a : b;

    public static StatusScale Default => StatusScales.Default;

    /// <exception cref="ProgressValidationException">The scale breaks a rule; every broken rule is listed.</exception>
    public static StatusScale Create(IEnumerable<ProgressStatus> statuses, StatusSuggestionCodes? suggestions = null) =>
        TryCreate(statuses, suggestions, out var scale, out var errors) ? scale : throw new ProgressValidationException(errors);

    public static bool TryCreate(IEnumerable<ProgressStatus> statuses, StatusSuggestionCodes? suggestions,
        [NotNullWhen(true)] out StatusScale? scale, out IReadOnlyList<ProgressError> errors)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var list = statuses.ToList();
        var found = new List<ProgressError>();
        if (list.Count is < MinStatuses or > MaxStatuses)
            found.Add(new("statuses", $"ステータスは{MinStatuses}〜{MaxStatuses}個にしてください(いま{list.Count}個)。",
                $"A scale has {MinStatuses} to {MaxStatuses} statuses (this one has {list.Count})."));
        for (var i = 0; i < list.Count; i++)
            CheckStatus(list[i], $"statuses[{i}]", found);
        CheckUnique(list, s => s.Code, StringComparer.Ordinal, "code", "コード", found);
        CheckUnique(list, s => s.Japanese?.Trim(), StringComparer.Ordinal, "japanese", "日本語の名称", found);
        CheckUnique(list, s => s.English?.Trim(), StringComparer.OrdinalIgnoreCase, "english", "英語の名称", found);
        if (list.Count > 0 && !list.Any(s => s.CountsInRollUp))
            found.Add(new("statuses", "集計に含めるステータスが一つもありません。少なくとも一つは集計対象にしてください。",
                "No status counts in roll-ups; let at least one count."));
        if (suggestions is not null)
            CheckSuggestions(list, suggestions, found);

        errors = found;
        scale = found.Count == 0 ? new StatusScale([.. list.Select(Trimmed)], suggestions) : null;
        return scale is not null;
    }

    static ProgressStatus Trimmed(ProgressStatus s) => s with { Japanese = s.Japanese.Trim(), English = s.English.Trim() };

    static void CheckStatus(ProgressStatus? s, string field, List<ProgressError> found)
    {
        if (s is null)
        {
            found.Add(new(field, "ステータスが空です。", "The status is missing."));
            return;
        }
        if (s.Code is null || !CodePattern().IsMatch(s.Code))
            found.Add(new($"{field}.code", $"コード「{s.Code}」は使えません。半角の小文字英数字とハイフン(32文字まで、先頭は英数字)にしてください(例: on-track)。",
                $"The code \"{s.Code}\" is not allowed: use lower-case ASCII letters, digits and hyphens, up to 32, starting with a letter or digit (e.g. on-track)."));
        CheckLabel(s.Japanese, $"{field}.japanese", "日本語の名称", "Japanese label", found);
        CheckLabel(s.English, $"{field}.english", "英語の名称", "English label", found);
        if (s.Score is < MinScore or > MaxScore)
            found.Add(new($"{field}.score", $"点数は{MinScore}〜{MaxScore}にしてください(いま{s.Score})。",
                $"The score must be between {MinScore} and {MaxScore} (it is {s.Score})."));
    }

    static void CheckLabel(string? label, string field, string ja, string en, List<ProgressError> found)
    {
        if (string.IsNullOrWhiteSpace(label))
            found.Add(new(field, $"{ja}を入力してください。", $"The {en} is missing."));
        else if (label.Trim().Length > MaxLabelLength)
            found.Add(new(field, $"{ja}は{MaxLabelLength}文字以内にしてください。", $"The {en} is longer than {MaxLabelLength} characters."));
    }

    static void CheckUnique(List<ProgressStatus> list, Func<ProgressStatus, string?> key, StringComparer comparer,
        string field, string ja, List<ProgressError> found)
    {
        foreach (var group in list.Where(s => s is not null && !string.IsNullOrWhiteSpace(key(s))).GroupBy(s => key(s)!, comparer).Where(g => g.Count() > 1))
            found.Add(new($"statuses.{field}", $"{ja}「{group.Key}」が{group.Count()}回使われています。ステータスごとに別の{ja}にしてください。",
                $"The {field} \"{group.Key}\" is used {group.Count()} times; give each status its own."));
    }

    static void CheckSuggestions(List<ProgressStatus> list, StatusSuggestionCodes codes, List<ProgressError> found)
    {
        var named = new[] { ("reached", codes.Reached), ("nearly", codes.Nearly), ("behind", codes.Behind) };
        var resolved = new List<ProgressStatus>();
        foreach (var (role, code) in named)
        {
            var status = list.FirstOrDefault(s => s?.Code == code);
            if (status is null)
                found.Add(new($"suggestions.{role}", $"提案に使うコード「{code}」がステータスにありません。", $"The suggestion code \"{code}\" is not a status of this scale."));
            else if (!status.CountsInRollUp)
                found.Add(new($"suggestions.{role}", $"提案に使うステータス「{status.Japanese}」は集計対象にしてください。", $"The suggested status \"{status.English}\" must count in roll-ups."));
            else
                resolved.Add(status);
        }
        if (resolved.Count == 3 && !(resolved[0].Score >= resolved[1].Score && resolved[1].Score >= resolved[2].Score))
            found.Add(new("suggestions", "提案のステータスは点数が 到達 ≧ 概ね到達 ≧ 遅れ の順になるようにしてください。",
                "The suggested statuses must score reached ≥ nearly ≥ behind."));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex CodePattern();
}
