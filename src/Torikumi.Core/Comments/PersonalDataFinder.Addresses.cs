using System.Text.RegularExpressions;

namespace Torikumi.Core.Comments;

// Street addresses: a block number (1丁目2番3号, 123番地, 6-12-1) and the place names written before it.
public static partial class PersonalDataFinder
{
    static readonly string[] Prefectures =
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
        "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
        "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
        "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    /// <summary>
    /// Words ending in 区, 市, 町, 村 or 郡 that are not the name of a place (地区, 当区, 区市町村 …): a number after them
    /// is not an address. Compared with the end of the municipality word found.
    /// </summary>
    internal static readonly string[] NotMunicipalities =
    [
        "地区", "当区", "本区", "各区", "全区", "他区", "同区", "特別区", "学区", "選挙区", "市区", "区市", "町村", "市町",
        "当市", "本市", "各市", "全市", "他市", "同市", "都市", "当町", "本町", "各町", "同町", "当村", "本村", "各村",
    ];

    /// <summary>Words before a place name that say what follows (住所 練馬区…): left out of the hit.</summary>
    static readonly string[] AddressLabels = ["現住所", "住所", "所在地", "自宅", "居所"];

    /// <summary>Nouns that end a word before 4-1-3 in plan talk (計画4-1-3, 取組4-1-3): such a number is not a block number.</summary>
    static readonly string[] NotTownEndings = ["計画", "事業", "取組", "項目", "番号", "戦略", "施策", "資料", "図", "表", "年度", "条", "項", "号"];

    const string N = "[0-9０-９一二三四五六七八九十〇]";

    /// <summary>
    /// Block numbers. <c>strong</c>: with 丁目 and a further number, 番地, or 番…号 (an address whatever comes before);
    /// <c>dashes</c>: 6-12-1 (an address only after a municipality, see <see cref="Addresses"/>).
    /// </summary>
    [GeneratedRegex("(?<![0-9０-９]|[0-9０-９]" + H + ")(?:"
        + "(?<strong>" + N + "+丁目[ 　]?" + N + "+(?:番地?|" + H + ")(?:[ 　]?(?:の)?" + N + "+(?:号|" + H + D + "+)?)?"
        + "|" + D + "+番地(?:の?" + D + "+号?)?"
        + "|" + D + "+番" + D + "+号)"
        + "|(?<dashes>" + D + "{1,4}(?:" + H + D + "{1,4}){1,3}号?))" + NoDigitAfter)]
    private static partial Regex BlockNumber();

    /// <summary>
    /// A municipality word: 1–6 kanji ending in 市, 区, 町, 村 or 郡 (several in a row: 横浜市青葉区, 西多摩郡瑞穂町).
    /// </summary>
    [GeneratedRegex("(?:[\u4E00-\u9FFF々ヶケ]{1,6}?[市区町村郡])+")]
    private static partial Regex Municipality();

    static IEnumerable<PersonalDataHit> Addresses(string text)
    {
        foreach (Match m in BlockNumber().Matches(text))
        {
            var run = PlaceRun(text, m.Index);
            var placeStart = PlaceStart(text, run, m.Index, out var hasMunicipality);
            if (m.Groups["strong"].Success)
                yield return Hit(text, PersonalDataKind.Address, placeStart, m.Index + m.Length);
            else if (hasMunicipality && !IsCount(text, m.Index + m.Length))
                yield return Hit(text, PersonalDataKind.Address, placeStart, m.Index + m.Length);
        }
    }

    /// <summary>
    /// Start of the run of kanji, katakana and hiragana (at most 24) just before <paramref name="end"/>: place names are
    /// written so (あざみ野, ひばりが丘); hiragana particles are told apart afterwards (see <see cref="IsCleanTown"/>).
    /// </summary>
    static int PlaceRun(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 24 && (IsPlaceChar(text[start - 1]) || IsHiragana(text[start - 1])))
            start--;
        return start;
    }

    /// <summary>The town part between a municipality and the number (豊玉北, あざみ野): no particle such as の, に, では.</summary>
    static bool IsCleanTown(string town) => town.Length <= 12 && town.IndexOfAny(Particles) < 0;

    static readonly char[] Particles = ['の', 'は', 'を', 'に', 'で', 'へ', 'と', 'も', 'や', 'か', 'ら', 'ま', 'る', 'た', 'す'];

    /// <summary>The kanji and katakana (no hiragana) just before the number: the town name when no municipality is written.</summary>
    static int TrailingKanjiStart(string text, int runStart, int end)
    {
        var start = end;
        while (start > runStart && end - start < 8 && IsPlaceChar(text[start - 1]))
            start--;
        return start;
    }

    /// <summary>
    /// Where the address begins within the place run before the number: at the prefecture or the municipality when there
    /// is one (its town part must not end like plan vocabulary), else at the start of the run, minus a label like 住所.
    /// </summary>
    static int PlaceStart(string text, int runStart, int numberStart, out bool hasMunicipality)
    {
        hasMunicipality = false;
        var run = text[runStart..numberStart];
        foreach (var label in AddressLabels)
            if (run.StartsWith(label, StringComparison.Ordinal) && run.Length > label.Length)
            {
                runStart += label.Length;
                run = run[label.Length..];
                break;
            }
        if (NotTownEndings.Any(e => run.EndsWith(e, StringComparison.Ordinal)))
            return numberStart;
        var fallback = TrailingKanjiStart(text, runStart, numberStart);
        var (prefecture, prefectureEnd) = Prefectures.Select(p => (At: run.IndexOf(p, StringComparison.Ordinal), p.Length))
            .Where(p => p.At >= 0).Select(p => (p.At, p.At + p.Length)).DefaultIfEmpty((-1, 0)).Min();
        var searchFrom = prefecture >= 0 ? prefectureEnd : 0;
        for (var m = Municipality().Match(run, Math.Min(searchFrom, run.Length)); m.Success; m = m.NextMatch())
        {
            if (NotMunicipalities.Any(w => m.Value.EndsWith(w, StringComparison.Ordinal)) || !IsCleanTown(run[(m.Index + m.Length)..]))
                continue;
            hasMunicipality = true;
            return runStart + (prefecture >= 0 ? prefecture : m.Index);
        }
        if (prefecture >= 0 && IsCleanTown(run[prefectureEnd..]))
        {
            hasMunicipality = true;
            return runStart + prefecture;
        }
        return fallback;
    }

    /// <summary>True when <paramref name="s"/> starts with a prefecture or a municipality name (for a bare postal code).</summary>
    static bool StartsWithPlaceName(string s)
    {
        if (Prefectures.Any(p => s.StartsWith(p, StringComparison.Ordinal)))
            return true;
        var m = Municipality().Match(s);
        return m.Success && m.Index == 0 && !NotMunicipalities.Any(w => m.Value.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>練馬区内2-3か所, 10-20人: a range followed by a counter word is an amount, not a block number.</summary>
    static bool IsCount(string text, int end) =>
        end < text.Length && (Counters.Any(c => string.CompareOrdinal(text, end, c, 0, c.Length) == 0));

    static readonly string[] Counters =
        ["か所", "ヶ所", "カ所", "箇所", "件", "人", "名", "回", "年", "月", "日", "時", "分", "歳", "才", "%", "％", "割", "倍", "台", "校", "園", "円", "万", "億", "階", "歩", "本", "枚", "冊", "点", "位", "番目", "世帯", "軒", "戸"];

    static bool IsPlaceChar(char c) => IsKanji(c) || c is (>= '\u30A1' and <= '\u30FA') or 'ー' or 'ヶ' or 'ケ';

    static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '々' or '〆';
}
