namespace Torikumi.Core.Japanese;

/// <summary>
/// Search-normalised text together with, for each of its UTF-16 units, the stretch of the original text it
/// came from, so that a match found in the normalised form can be highlighted in the text as written.
/// </summary>
public sealed class NormalisedText
{
    readonly int[] starts;
    readonly int[] ends;

    internal NormalisedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public string Original { get; }
    public string Text { get; }

    /// <summary>
    /// The original stretch behind normalised units [start, start + length). Removed whitespace between two
    /// kept characters falls inside the stretch, so a match on 整備 in <c>整 備</c> covers both characters.
    /// </summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        var s = starts[start];
        return (s, ends[start + length - 1] - s);
    }

    /// <summary>Offset in the original text where normalised unit <paramref name="index"/> begins.</summary>
    public int OriginalStart(int index) => starts[index];

    /// <summary>Offset in the original text just after normalised unit <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => ends[index];
}
