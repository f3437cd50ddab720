using System.Text;

namespace Torikumi.Core.Comments;

/// <summary>
/// A fixed vocabulary: each value with its stable code (for URLs, the API and files), its Japanese label and its English
/// label. Parsing accepts any of the three and the enum name, ignoring case, width (全角/半角) and surrounding spaces.
/// </summary>
sealed class Labels<T> where T : struct, Enum
{
    readonly Dictionary<T, (string Code, string Japanese, string English)> byValue;
    readonly Dictionary<string, T> byText = new(StringComparer.Ordinal);

    public Labels(params (T Value, string Code, string Japanese, string English)[] entries)
    {
        byValue = entries.ToDictionary(e => e.Value, e => (e.Code, e.Japanese, e.English));
        if (byValue.Count != Enum.GetValues<T>().Length)
            throw new InvalidOperationException($"Every {typeof(T).Name} needs labels.");
        foreach (var (value, code, japanese, english) in entries)
            foreach (var text in new[] { code, japanese, english, value.ToString() })
                byText.TryAdd(Key(text), value);
    }

    public string Code(T value) => byValue[value].Code;

    public string Label(T value, bool english) => english ? byValue[value].English : byValue[value].Japanese;

    /// <summary>Adds another spelling that parses to <paramref name="value"/>.</summary>
    public Labels<T> Also(T value, params string[] texts)
    {
        foreach (var text in texts)
            byText.TryAdd(Key(text), value);
        return this;
    }

    public T? Parse(string? text) => text is not null && byText.TryGetValue(Key(text), out var v) ? v : null;

    static string Key(string text) => text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant()
        .Replace('_', '-').Replace('〜', '~').Replace('～', '~');
}
