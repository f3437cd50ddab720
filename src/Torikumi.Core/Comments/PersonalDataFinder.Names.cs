using System.Text.RegularExpressions;

namespace Torikumi.Core.Comments;

// Names followed by an honorific: 田中様, 山田花子さん, スミスさん, 鈴木氏, 佐藤殿.
public static partial class PersonalDataFinder
{
    public const int MinNameLength = 2;
    public const int MaxNameLength = 6;

    /// <summary>
    /// A name run ending in one of these is a role, a group or an everyday word, not a person (区民の皆様, お客様,
    /// 利用者さん, 区長様, 担当者様, 職員さん, 八百屋さん, 多種多様 …). Compared with the end of the kanji run before the honorific.
    /// </summary>
    public static IReadOnlyList<string> NameStopEndings { get; } =
    [
        // people by role or relation
        "皆", "客", "者", "員", "長", "民", "師", "官", "主", "方", "家", "屋", "先生", "学生", "校生", "院生",
        "主人", "恋人", "友人", "知人", "本人", "個人", "他人", "住人", "大人", "役人", "職人", "婦人", "夫人", "老人", "管理人",
        "護士", "育士", "理士", "計士", "築士", "祉士", "養士", "博士", "防士", "備士", "議士", "法士",
        "隣", "近所", "奥", "旦那", "嫁", "婿", "孫", "親", "兄", "姉", "弟", "妹", "父", "母", "先方", "相手", "先輩", "後輩",
        "上司", "部下", "仲間", "友達", "王", "神", "仏", "様", "殿", "各",
        // organisations and places (区役所様, 保育園さん, 練馬区様)
        "店", "局", "所", "課", "係", "部", "会", "社", "園", "院", "校", "館", "業", "区", "県", "府", "省", "庁", "議会",
        "委員", "団体", "企業", "地域",
        // 多種多様
        "種多",
    ];

    /// <summary>
    /// Katakana words that take さん or 様 but are roles or organisations, not names (ヘルパーさん, ボランティアさん,
    /// 地域包括支援センターさん …). Compared with the end of the katakana run.
    /// </summary>
    public static IReadOnlyList<string> NameStopWords { get; } =
    [
        "ヘルパー", "ケアマネ", "ケアマネジャー", "ケアマネージャー", "ボランティア", "スタッフ", "ドライバー", "メンバー",
        "ユーザー", "オーナー", "パパ", "ママ", "シッター", "サポーター", "コーチ", "ガイド", "シェフ", "パート", "バイト",
        "ワーカー", "オペレーター", "カウンセラー", "コンビニ", "サンタ", "マスター", "トレーナー", "インストラクター", "リーダー",
        "ファン", "ゲスト", "クライアント", "パートナー", "ナース", "ドクター", "センター", "サービス", "クリニック", "ステーション",
        "クラブ", "ショップ", "スーパー", "マンション", "グループ", "チーム", "サークル", "ホーム", "カフェ", "ストア", "オフィス",
    ];

    /// <summary>
    /// Titles written before a name in one kanji run (区議会議員田中さん, 担当職員鈴木様): the name is what follows the
    /// last of them. Only words of two kanji or more, so that a name like 長谷川 is never cut.
    /// </summary>
    public static IReadOnlyList<string> TitlesBeforeName { get; } =
    [
        "職員", "議員", "委員", "担当", "担当者", "区長", "市長", "部長", "課長", "係長", "会長", "社長", "院長", "園長", "校長",
        "所長", "館長", "店長", "主任", "理事", "相談員", "指導員", "支援員", "保育士", "看護師", "医師", "教諭", "講師", "先生",
    ];

    /// <summary>Common one-kanji surnames (林さん, 森様): a single kanji before an honorific is otherwise not taken as a name.</summary>
    public static IReadOnlyList<string> OneKanjiSurnames { get; } =
        ["林", "森", "原", "関", "堀", "辻", "岡", "谷", "島", "泉", "星", "岩", "沢", "菅", "東", "柳", "陳", "李", "金", "朴"];

    /// <summary>
    /// After さん, a word goes on only with one of these (田中さんが, 田中さんから); anything else in hiragana means
    /// the さん was part of a word (毎日さんぽ, 三角 written さんかく).
    /// </summary>
    static readonly string[] AfterSan =
        ["が", "は", "の", "に", "と", "も", "へ", "や", "を", "で", "よ", "ね", "か", "た", "ら", "だ", "って", "なら", "じゃ", "ち"];

    [GeneratedRegex("様|さん|氏|殿")]
    private static partial Regex Honorific();

    /// <summary>
    /// A name after its label, as in a forwarded form or a letter typed up at the counter: 氏名：山田 一郎, お名前 スミス.
    /// The name is a run of kanji or katakana (one space inside allowed), 2 to 10 characters.
    /// </summary>
    [GeneratedRegex("(?:氏名|お名前|名前|ご芳名|芳名)(?:[（(]?(?:ふりがな|フリガナ)[）)])?[ 　]*[:：][ 　]*(?<name>[一-鿿々ァ-ヺー・]{1,8}(?:[ 　][一-鿿々ァ-ヺー・]{1,8})?)")]
    private static partial Regex LabelledName();

    static IEnumerable<PersonalDataHit> Names(string text)
    {
        foreach (Match m in LabelledName().Matches(text))
        {
            var name = m.Groups["name"];
            if (name.Length >= MinNameLength)
                yield return Hit(text, PersonalDataKind.PersonName, name.Index, name.Index + name.Length);
        }
        foreach (Match m in Honorific().Matches(text))
        {
            var after = m.Index + m.Length;
            if (!HonorificEndsHere(text, after, m.Value))
                continue;
            if (NameBefore(text, m.Index) is var (start, end))
                yield return Hit(text, PersonalDataKind.PersonName, start, end);
        }
    }

    /// <summary>様式, 氏名, 殿堂, さんぽ: the honorific character is part of a longer word.</summary>
    static bool HonorificEndsHere(string text, int after, string honorific)
    {
        if (after >= text.Length)
            return true;
        var next = text[after];
        if (honorific == "さん")
            return !IsHiragana(next) || AfterSan.Any(p => string.CompareOrdinal(text, after, p, 0, p.Length) == 0);
        // 田中様宛, 山田様方 (care of) are fine; 様式, 様子, 氏名, 殿堂 are words.
        return !IsKanji(next) && !char.IsHighSurrogate(next) || next is '宛' or '方';
    }

    /// <summary>The name just before <paramref name="honorific"/>: a kanji run or a katakana run, with the stop lists applied.</summary>
    static (int Start, int End)? NameBefore(string text, int honorific)
    {
        if (honorific == 0)
            return null;
        var end = honorific;
        var kanji = IsKanjiBefore(text, end, out _);
        var katakana = !kanji && IsKatakana(text[end - 1]);
        if (!kanji && !katakana)
            return null;

        var (start, count) = kanji ? KanjiRun(text, end) : KatakanaRun(text, end);
        var name = text[start..end];
        // お客様, ご苦労様, お疲れ様, ご主人様: a polite prefix makes the run a polite word, not a name.
        if (start > 0 && text[start - 1] is 'お' or 'ご' or '御')
            return null;
        if (katakana)
            return count >= MinNameLength && count <= 12 && !NameStopWords.Any(w => name.EndsWith(w, StringComparison.Ordinal)) ? (start, end) : null;

        if (NameStopEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
            return null;
        if (count == 1)
            return OneKanjiSurnames.Contains(name) ? (start, end) : null;
        if (count >= 4)
        {
            var after = TitlesBeforeName.Select(t => name.LastIndexOf(t, StringComparison.Ordinal) is var at and >= 0 ? at + t.Length : -1).Max();
            if (after > 0 && name.Length - after >= MinNameLength)
            {
                start += after;
                count = KanjiRun(text, end, start).Count;
            }
        }
        if (count > MaxNameLength)
        {
            // 区役所職員田中さん was cut after its title above; a long run left, like 地域活動推進田中さん, keeps its
            // last four kanji: over-masking a word is cheaper than leaking a name.
            var cut = end;
            for (var n = 0; n < 4 && cut > start; n++)
                cut -= char.IsLowSurrogate(text[cut - 1]) && cut - 2 >= start ? 2 : 1;
            start = cut;
        }
        // 田中 花子さん: a family name written apart from the given name by one space joins the hit.
        if (start >= 2 && text[start - 1] is ' ' or '　' && IsKanjiBefore(text, start - 1, out _))
        {
            var (familyStart, familyCount) = KanjiRun(text, start - 1);
            var family = text[familyStart..(start - 1)];
            if (familyCount is >= 1 and <= 4 && !NameStopEndings.Any(e => family.EndsWith(e, StringComparison.Ordinal))
                && !TitlesBeforeName.Any(t => family.EndsWith(t, StringComparison.Ordinal)))
                start = familyStart;
        }
        return (start, end);
    }

    static (int Start, int Count) KanjiRun(string text, int end, int limit = 0)
    {
        var start = end;
        var count = 0;
        while (start > limit && IsKanjiBefore(text, start, out var width))
        {
            start -= width;
            count++;
        }
        return (start, count);
    }

    static (int Start, int Count) KatakanaRun(string text, int end)
    {
        var start = end;
        while (start > 0 && (IsKatakana(text[start - 1]) || text[start - 1] is '・' && start - 1 > 0 && IsKatakana(text[start - 2])))
            start--;
        return (start, end - start);
    }

    /// <summary>A kanji ends at <paramref name="end"/>: one UTF-16 unit, or a surrogate pair from the CJK extensions (𠮷).</summary>
    static bool IsKanjiBefore(string text, int end, out int width)
    {
        width = 1;
        if (end <= 0)
            return false;
        if (char.IsLowSurrogate(text[end - 1]) && end >= 2 && char.IsHighSurrogate(text[end - 2]))
        {
            width = 2;
            var cp = char.ConvertToUtf32(text[end - 2], text[end - 1]);
            return cp is >= 0x20000 and <= 0x3FFFF;
        }
        return IsKanji(text[end - 1]);
    }

    static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or 'ー' or (>= '\uFF66' and <= '\uFF9D');

    static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';
}
