using System.Globalization;
using System.Text.RegularExpressions;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Progress;

/// <summary>
/// Proposes indicators from an item's text: a number with a counter or unit (100%, 60室, 11か所, 457床, N件, N人, N回,
/// N戸, N台, N校, N園, N基 …) is a candidate, named by the words before it, else by the object and verb around it, else
/// by the item's title; its year is the 令和N年度(まで) nearest in the same sentence, or the plan's last year for
/// 「Nか年で」. Not candidates: dates and era years, footnote marks (※1), ordinals (第2, 2回目), numbers glued to
/// letters (R4, COVID-19), paired counts (1人1台, 4人に1人) and class sizes (35人学級). Read docs/progress.md.
/// </summary>
public static partial class IndicatorCandidates
{
    const int MaxNameLength = 30;

    /// <summary>Candidates of every item in reading order; a 【再掲】 item that points at its original is skipped (same text).</summary>
    public static IReadOnlyList<IndicatorCandidate> Find(PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.AllItems.Where(i => i.RepostOf is null).SelectMany(i => Find(i, plan.FiscalYears))];
    }

    /// <param name="planYears">The plan's fiscal years, for 「2か年で」.</param>
    public static IReadOnlyList<IndicatorCandidate> Find(PlanItem item, IReadOnlyList<int> planYears)
    {
        ArgumentNullException.ThrowIfNull(item);
        var found = new List<IndicatorCandidate>();
        var parts = new[] { (ItemTextPart.Body, item.Body), (ItemTextPart.List, item.List), (ItemTextPart.AfterList, item.BodyAfterList) };
        foreach (var (part, paragraphs) in parts)
            for (var p = 0; p < paragraphs.Count; p++)
                Scan(item, part, p, paragraphs[p], planYears, found);
        return [.. found.DistinctBy(c => (c.Target, c.Unit, c.FiscalYear))];
    }

    static void Scan(PlanItem item, ItemTextPart part, int index, string paragraph, IReadOnlyList<int> planYears, List<IndicatorCandidate> found)
    {
        // one char to one char, so offsets in the folded text are offsets in the paragraph
        var text = new string([.. paragraph.Select(JapaneseText.FoldWidth)]);
        var previousEnd = -1;
        foreach (Match m in Quantity().Matches(text))
        {
            // the second half of 1人1台 or 4人に1人
            var adjacent = m.Index == previousEnd || (previousEnd >= 0 && m.Index == previousEnd + 1 && text[previousEnd] == 'に');
            previousEnd = m.Index + m.Length;
            if (adjacent || !Standalone(text, m))
                continue;
            var (sentenceStart, sentenceEnd) = SentenceAround(text, m.Index);
            var (name, nameSource, nameStart) = NameFor(text, m, sentenceStart, item.Title);
            var (year, yearText) = YearFor(text, m.Index, sentenceStart, sentenceEnd, planYears);
            var start = nameSource == CandidateNameSource.WordsBefore ? nameStart : m.Index;
            var end = m.Index + m.Length;
            found.Add(new IndicatorCandidate(item.Key, name, nameSource, m.Groups["unit"].Value, ValueOf(m), year, yearText,
                new CandidateSource(part, index, start, end - start, paragraph[start..end], paragraph[sentenceStart..sentenceEnd].Trim())));
        }
    }

    static decimal ValueOf(Match m)
    {
        var value = decimal.Parse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return m.Groups["man"].Success ? value * 10_000 : value;
    }

    /// <summary>Not part of a bigger token, an era year, a footnote mark, an ordinal or a paired count.</summary>
    static bool Standalone(string text, Match m)
    {
        if (m.Index > 0 && (JapaneseText.IsAsciiLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '.' or '-' or '_' or '/' or '#'))
            return false;
        var before = text.AsSpan(0, m.Index);
        foreach (var w in NotAQuantityBefore)
            if (before.EndsWith(w, StringComparison.Ordinal))
                return false;
        var after = text.AsSpan(m.Index + m.Length);
        if (after.Length > 0 && char.IsAsciiDigit(after[0]))
            return false;
        if (after.Length > 1 && after[0] == 'に' && char.IsAsciiDigit(after[1]))
            return false;
        foreach (var w in NotAQuantityAfter)
            if (after.StartsWith(w, StringComparison.Ordinal))
                return false;
        return true;
    }

    static readonly string[] NotAQuantityBefore = ["※", "第", "令和", "平成", "昭和", "戦略計画", "施策の柱", "No", "NO", "no"];
    static readonly string[] NotAQuantityAfter = ["目", "学級", "規模"];

    static readonly char[] SentenceEnds = ['。', '\n'];

    static (int Start, int End) SentenceAround(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOfAny(SentenceEnds, at - 1) + 1;
        var stop = text.IndexOfAny(SentenceEnds, at);
        return (start, stop < 0 ? text.Length : stop + 1);
    }

    static (string Name, CandidateNameSource Source, int Start) NameFor(string text, Match m, int sentenceStart, string title)
    {
        var runStart = NounRunBefore(text, m.Index, sentenceStart);
        var run = StripWeakEnd(text[runStart..m.Index]);
        if (run.Length >= 2)
        {
            if (run.Length > MaxNameLength)
            {
                runStart += run.Length - MaxNameLength;
                run = run[^MaxNameLength..];
            }
            return (run, CandidateNameSource.WordsBefore, runStart);
        }

        // 「グループホームを、…2か年で60室整備します」: the verb glued to the count, with the object before it
        var afterUnit = m.Index + m.Length;
        var verbEnd = afterUnit;
        while (verbEnd < text.Length && IsNounChar(text[verbEnd]))
            verbEnd++;
        var objectMark = text.LastIndexOf('を', Math.Max(m.Index - 1, 0), Math.Max(m.Index - sentenceStart, 0));
        if (verbEnd - afterUnit >= 2 && verbEnd < text.Length && text[verbEnd] is 'し' or 'す' && objectMark > sentenceStart)
        {
            var objectStart = NounRunBefore(text, objectMark, sentenceStart);
            if (objectMark - objectStart >= 2)
                return (text[objectStart..objectMark] + text[afterUnit..verbEnd], CandidateNameSource.ObjectAndVerb, m.Index);
        }
        return (title, CandidateNameSource.ItemTitle, m.Index);
    }

    static int NounRunBefore(string text, int end, int floor)
    {
        var start = end;
        while (start > floor && IsNounChar(text[start - 1]))
            start--;
        return start;
    }

    /// <summary>約, 計, 全, 対象 … before a number qualify it; they are not its name.</summary>
    static string StripWeakEnd(string run)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var w in WeakWords)
                if (run.EndsWith(w, StringComparison.Ordinal))
                {
                    run = run[..^w.Length];
                    changed = true;
                }
        }
        return run;
    }

    static readonly string[] WeakWords = ["合計", "累計", "最大", "最低", "年間", "毎年", "対象", "概ね", "約", "計", "全", "各"];

    static bool IsNounChar(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or '々' or '〆' or (>= '\u30A1' and <= '\u30FC') or (>= '\uFF66' and <= '\uFF9F')
        || char.IsAsciiLetter(c);

    static (int? Year, string? Text) YearFor(string text, int at, int sentenceStart, int sentenceEnd, IReadOnlyList<int> planYears)
    {
        var sentence = text[sentenceStart..sentenceEnd];
        var best = EraYear().Matches(sentence)
            .Where(y => y.Groups["suffix"].Value is not ("から" or "以降"))
            .OrderByDescending(y => y.Groups["suffix"].Value is "まで" or "までに" or "末" or "中")
            .ThenBy(y => Math.Abs(sentenceStart + y.Index - at))
            .FirstOrDefault();
        if (best is not null)
        {
            var n = best.Groups["m"].Success ? best.Groups["m"].Value : best.Groups["n"].Value;
            return (Era.ToWesternYear(best.Groups["era"].Value, n), best.Value);
        }
        var span = YearSpan().Match(sentence);
        if (span.Success && planYears.Count > 0)
            return (planYears.Min() + int.Parse(span.Groups["n"].Value, CultureInfo.InvariantCulture) - 1, span.Value);
        return (null, null);
    }

    [GeneratedRegex(@"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<man>万)?(?<unit>か所|ヶ所|ケ所|カ所|ヵ所|箇所|事業所|団体|世帯|施設|区画|km|%|件|人|名|回|戸|台|校|園|室|床|棟|館|基)")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?<era>令和|平成)(?<n>\d{1,2}|元)(?:・(?<m>\d{1,2}))?年\s?度(?<suffix>までに|まで|末|中|から|以降)?")]
    private static partial Regex EraYear();

    [GeneratedRegex(@"(?<n>[1-9])(?:か|ヵ|カ|ヶ|ケ)年")]
    private static partial Regex YearSpan();
}
