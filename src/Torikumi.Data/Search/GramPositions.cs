using System.Text;

namespace Torikumi.Data.Search;

/// <summary>
/// Where each gram of a normalised text occurs: the grams of <c>SearchText.Grams</c> (every character and every pair
/// of neighbours), each with the character offsets at which it starts. Offsets count Unicode scalars, as the grams
/// do, so a word of n characters matches at p when its k-th bigram occurs at p + k for every k.
/// </summary>
public static class GramPositions
{
    public static Dictionary<string, List<int>> Of(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        var characters = new List<string>(normalised.Length);
        foreach (var rune in normalised.EnumerateRunes())
            characters.Add(Intern(rune));
        var grams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string gram, int position)
        {
            if (!grams.TryGetValue(gram, out var positions))
                grams[gram] = positions = [];
            positions.Add(position);
        }
        for (var k = 0; k < characters.Count; k++)
        {
            Add(characters[k], k);
            if (k + 1 < characters.Count)
                Add(string.Concat(characters[k], characters[k + 1]), k);
        }
        return grams;
    }

    // One string per BMP character, shared: a plan's text has a few thousand distinct characters and 30,000 in all.
    static readonly string?[] Single = new string?[0x10000];

    static string Intern(Rune rune) =>
        rune.IsBmp ? Single[rune.Value] ??= rune.ToString() : rune.ToString();
}
