using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Torikumi.Core.Comments;

namespace Torikumi.Core.Tests.Comments;

/// <summary>Properties of the comment rules over generated Japanese-like text and times.</summary>
public class CommentProperties
{
    /// <summary>Digits, dashes, brackets, kanji, kana, honorifics and address words in both widths: the material of the finders.</summary>
    static readonly Gen<string> LetterLike =
        Gen.Elements(
            "0", "3", "9", "０", "１", "-", "－", "ー", "(", "（", "）", "@", "＠", ".", "〒", " ", "　", "\n",
            "田中", "様", "さん", "氏", "殿", "皆", "お", "練馬区", "豊玉北", "丁目", "番", "号", "番地", "東京都", "スミス",
            "taro", "example", "jp", "。", "、", "の", "𠮷", "03-1234-5678", "176-8501", "a@b.jp")
        .ArrayOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 300)]
    public Property Hits_lie_inside_the_text_in_order_without_overlap_and_match_it() =>
        Prop.ForAll(LetterLike.ToArbitrary(), text =>
        {
            var hits = PersonalDataFinder.Find(text);
            var previousEnd = 0;
            foreach (var hit in hits)
            {
                if (hit.Start < previousEnd || hit.Length < 1 || hit.End > text.Length || text.Substring(hit.Start, hit.Length) != hit.Text)
                    return false;
                previousEnd = hit.End;
            }
            return true;
        });

    [Property(MaxTest = 300)]
    public Property Masking_replaces_exactly_the_hits_and_keeps_the_rest() =>
        Prop.ForAll(LetterLike.ToArbitrary(), text =>
        {
            var hits = PersonalDataFinder.Find(text);
            var expected = new System.Text.StringBuilder();
            var at = 0;
            foreach (var hit in hits)
            {
                expected.Append(text, at, hit.Start - at).Append(PersonalDataFinder.MaskText);
                at = hit.End;
            }
            expected.Append(text, at, text.Length - at);
            return PersonalDataFinder.Mask(text, hits) == expected.ToString();
        });

    [Property]
    public bool The_finder_never_throws_on_any_string(NonNull<string> s)
    {
        PersonalDataFinder.Find(s.Get);
        return true;
    }

    [Property(MaxTest = 200)]
    public Property Similarity_is_symmetric_bounded_and_one_on_itself() =>
        Prop.ForAll(LetterLike.ToArbitrary(), LetterLike.ToArbitrary(), (a, b) =>
        {
            var s = NearDuplicates.Similarity(a, b);
            return s >= 0 && s <= 1 && s == NearDuplicates.Similarity(b, a) && NearDuplicates.Similarity(a, a) == 1.0;
        });

    [Property]
    public bool The_opinion_count_never_exceeds_utf16_length(NonNull<string> s) =>
        OpinionText.Count(s.Get) <= OpinionText.Normalise(s.Get).Length;

    [Property]
    public bool A_period_has_exactly_one_phase_and_moves_forward(int startMinutes, PositiveInt lengthMinutes, int nowMinutes)
    {
        var origin = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(9));
        var start = origin.AddMinutes(startMinutes % 100_000);
        var end = start.AddMinutes(lengthMinutes.Get % 100_000);
        var now = origin.AddMinutes(nowMinutes % 200_000);
        var phase = CommentPeriodRules.PhaseAt(start, end, now);
        return phase switch
        {
            PeriodPhase.NotYetOpen => now < start,
            PeriodPhase.Open => start <= now && now <= end,
            _ => now > end,
        } && CommentPeriodRules.WholeDays(start, end) <= (end - start).TotalDays + 1e-9;
    }

    [Property]
    public bool Receipt_numbers_round_trip(PositiveInt sequence, int yearSeed)
    {
        var year = 2000 + Math.Abs(yearSeed % 100);
        var n = sequence.Get % 9_999_999 + 1;
        return ReceiptNumbers.TryParse(ReceiptNumbers.Format(year, n), out var y, out var s) && y == year && s == n;
    }
}
