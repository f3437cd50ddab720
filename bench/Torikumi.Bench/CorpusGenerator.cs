using System.Text;
using System.Text.RegularExpressions;

namespace Torikumi.Bench;

/// <summary>
/// Makes N distinct plan texts from one sample plan, deterministically from a seed: each variant has another
/// municipality, its years shifted (令和N and 20NN together, so the era and Western forms still agree) and the
/// digits of its body text enciphered. The structure is untouched: heading numbers (施策の柱N, 戦略計画N, item
/// numbers, (N)), footnote marks (※N) and dates (N年, N月, N日) keep their digits, and the digit cipher is one
/// per variant, so a 【再掲】 title still matches its original. Used by the parser benchmarks and, later, search.
/// </summary>
public sealed partial class CorpusGenerator(string sample, string sampleMunicipality = "練馬区", string sampleRomaji = "nerima", int seed = 2022)
{
    static readonly (string Name, string Romaji)[] Municipalities =
    [
        ("世田谷区", "setagaya"), ("杉並区", "suginami"), ("板橋区", "itabashi"), ("中野区", "nakano"),
        ("豊島区", "toshima"), ("北区", "kita"), ("足立区", "adachi"), ("江戸川区", "edogawa"), ("大田区", "ota"),
        ("品川区", "shinagawa"), ("目黒区", "meguro"), ("渋谷区", "shibuya"), ("新宿区", "shinjuku"),
        ("文京区", "bunkyo"), ("台東区", "taito"), ("墨田区", "sumida"), ("江東区", "koto"), ("荒川区", "arakawa"),
        ("葛飾区", "katsushika"), ("港区", "minato"), ("中央区", "chuo"), ("千代田区", "chiyoda"),
        ("八王子市", "hachioji"), ("町田市", "machida"), ("府中市", "fuchu"), ("調布市", "chofu"),
        ("三鷹市", "mitaka"), ("武蔵野市", "musashino"), ("あきる野市", "akiruno"), ("川崎市", "kawasaki"),
    ];

    // One scan, left to right: an era year list (令和4・5), a Western year (2022), or any other digit run.
    [GeneratedRegex("(?<era>令和[0-9]+(?:・[0-9]+)*)|(?<year>(?<![0-9])20[0-9]{2}(?![0-9]))|(?<num>[0-9]+)")]
    private static partial Regex Numbers();

    /// <summary>The first <paramref name="count"/> variants; the same arguments always give the same texts.</summary>
    public IReadOnlyList<string> Generate(int count) => [.. Enumerable.Range(0, count).Select(Variant)];

    /// <summary>Variant number <paramref name="index"/> (0-based); independent of the other variants.</summary>
    public string Variant(int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index) & int.MaxValue);
        var (name, romaji) = Municipalities[random.Next(Municipalities.Length)];
        var yearShift = random.Next(0, 6);
        var cipher = DigitCipher(random);

        var text = Numbers().Replace(sample, m => Renumber(sample, m, yearShift, cipher));
        var stem = sampleMunicipality[..^1];
        return text
            .Replace(sampleMunicipality, name)
            .Replace(stem, name[..^1])
            .Replace(sampleRomaji, romaji);
    }

    /// <summary>Total UTF-8 size of the texts, the input size the MB/s figures are computed from.</summary>
    public static long Utf8Bytes(IEnumerable<string> texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    static string Renumber(string text, Match m, int yearShift, char[] cipher)
    {
        if (m.Groups["era"].Success)
            return "令和" + string.Join('・', m.Value[2..].Split('・').Select(n => (int.Parse(n) + yearShift).ToString()));
        if (m.Groups["year"].Success)
            return (int.Parse(m.Value) + yearShift).ToString();
        return IsStructural(text, m) ? m.Value : string.Concat(m.Value.Select(d => cipher[d - '0']));
    }

    // Digits the parser reads as structure or dates keep their value; everything else is body text.
    static bool IsStructural(string text, Match m)
    {
        var before = m.Index > 0 ? text[m.Index - 1] : ' ';
        var end = m.Index + m.Length;
        var after = end < text.Length && text[end] == ' ' ? end + 1 : end;
        var next = after < text.Length ? text[after] : ' ';
        return before is ' ' or '柱' or '画' or '※' or '(' or '（' or '・'
            || next is '年' or '月' or '日' or ')' or '）';
    }

    // A permutation of 1–9 (0 stays, so no number gains a leading zero).
    static char[] DigitCipher(Random random)
    {
        var digits = "123456789".ToCharArray();
        random.Shuffle(digits);
        return ['0', .. digits];
    }
}
