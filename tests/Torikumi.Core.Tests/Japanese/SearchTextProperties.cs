using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Torikumi.Core.Japanese;

namespace Torikumi.Core.Tests.Japanese;

public class SearchTextProperties
{
    [Property]
    public bool Normalised_text_has_no_whitespace(NonNull<string> s) =>
        !SearchText.Normalise(s.Get).Any(char.IsWhiteSpace);

    [Property]
    public bool The_map_stays_inside_the_original_and_in_order(NonNull<string> s)
    {
        var n = SearchText.NormaliseWithMap(s.Get);
        for (var i = 0; i < n.Text.Length; i++)
        {
            if (n.OriginalStart(i) < 0 || n.OriginalEnd(i) > s.Get.Length || n.OriginalStart(i) >= n.OriginalEnd(i))
                return false;
            if (i > 0 && n.OriginalStart(i) < n.OriginalStart(i - 1))
                return false;
        }
        return true;
    }

    /// <summary>Text made of kana in both scripts and widths, kanji, Latin in both widths and spaces.</summary>
    static readonly Gen<string> JapaneseLike =
        Gen.Elements("あいうかアイウカｱｲｳｶ保育区ＡａAb 　ー〜～。、".ToCharArray())
            .ArrayOf().Select(cs => new string(cs));

    [Property]
    public Property A_word_written_in_a_text_is_found_in_it() =>
        Prop.ForAll(JapaneseLike.ToArbitrary(), JapaneseLike.ToArbitrary(), JapaneseLike.ToArbitrary(),
            (before, word, after) =>
                SearchText.Normalise(before + word + after).Contains(SearchText.Normalise(word), StringComparison.Ordinal));
}
