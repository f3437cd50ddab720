using Torikumi.Core.Japanese;

namespace Torikumi.Core.Revisions;

/// <summary>
/// Character bigrams of search-normalised text as sorted, distinct integers (two UTF-16 units packed in one int),
/// and the set measures the matcher uses on them. Normalising first means that a lost line break (整 備), full-width
/// digits or katakana/hiragana spelling do not count as changes of wording.
/// </summary>
internal static class TextGrams
{
    public static int[] Of(string text) => OfNormalised(SearchText.Normalise(text));

    public static int[] OfNormalised(string normalised)
    {
        if (normalised.Length == 0)
            return [];
        if (normalised.Length == 1)
            return [normalised[0]];
        var grams = new int[normalised.Length - 1];
        for (var i = 0; i + 1 < normalised.Length; i++)
            grams[i] = (normalised[i] << 16) | normalised[i + 1];
        Array.Sort(grams);
        var n = 1;
        for (var i = 1; i < grams.Length; i++)
            if (grams[i] != grams[n - 1])
                grams[n++] = grams[i];
        return n == grams.Length ? grams : grams[..n];
    }

    public static int[] Union(int[] a, int[] b)
    {
        var result = new int[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) result[n++] = a[i++];
            else if (a[i] > b[j]) result[n++] = b[j++];
            else { result[n++] = a[i++]; j++; }
        }
        while (i < a.Length) result[n++] = a[i++];
        while (j < b.Length) result[n++] = b[j++];
        return n == result.Length ? result : result[..n];
    }

    public static int Intersection(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else { n++; i++; j++; }
        }
        return n;
    }

    /// <summary>Sørensen–Dice coefficient: 1 for equal sets, 0 for disjoint ones; two empty sets count as equal.</summary>
    public static double Dice(int[] a, int[] b) =>
        a.Length + b.Length == 0 ? 1 : 2.0 * Intersection(a, b) / (a.Length + b.Length);

    /// <summary>Share of <paramref name="part"/> found in <paramref name="whole"/> (1 for an empty part).</summary>
    public static double Containment(int[] part, int[] whole) =>
        part.Length == 0 ? 1 : (double)Intersection(part, whole) / part.Length;
}
