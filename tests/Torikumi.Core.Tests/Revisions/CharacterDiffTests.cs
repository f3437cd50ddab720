using Torikumi.Core.Revisions;

namespace Torikumi.Core.Tests.Revisions;

/// <summary>Character-level differences of Japanese text: what a reader of the diff page sees marked.</summary>
public sealed class CharacterDiffTests
{
    static string Show(IReadOnlyList<DiffSpan> spans) => string.Concat(spans.Select(s => s.Op switch
    {
        DiffOp.Deleted => $"[-{s.Text}]",
        DiffOp.Inserted => $"[+{s.Text}]",
        _ => s.Text,
    }));

    static string Older(IReadOnlyList<DiffSpan> spans) => string.Concat(spans.Where(s => s.Op != DiffOp.Inserted).Select(s => s.Text));
    static string Newer(IReadOnlyList<DiffSpan> spans) => string.Concat(spans.Where(s => s.Op != DiffOp.Deleted).Select(s => s.Text));

    [Fact]
    public void an_inserted_phrase_is_marked_alone()
    {
        var spans = CharacterDiff.Compute("保育所の整備を進めます。", "保育所の整備を着実に進めます。");

        Assert.Equal("保育所の整備を[+着実に]進めます。", Show(spans));
    }

    [Fact]
    public void a_changed_year_is_a_deletion_then_an_insertion()
    {
        var spans = CharacterDiff.Compute("令和4年度までに10か所", "令和5年度までに12か所");

        Assert.Equal("令和[-4][+5]年度までに1[-0][+2]か所", Show(spans));
    }

    [Fact]
    public void a_single_kept_character_between_two_changes_is_folded_into_one_change()
    {
        var spans = CharacterDiff.Compute("推進の強化を図ります", "充実の拡大を図ります");

        Assert.Equal("[-推進の強化][+充実の拡大]を図ります", Show(spans));
    }

    [Fact]
    public void empty_texts_give_no_span_or_one_span()
    {
        Assert.Empty(CharacterDiff.Compute("", ""));
        Assert.Equal("[+新設]", Show(CharacterDiff.Compute("", "新設")));
        Assert.Equal("[-廃止]", Show(CharacterDiff.Compute("廃止", "")));
        Assert.Equal("同じ", Show(CharacterDiff.Compute("同じ", "同じ")));
    }

    [Fact]
    public void surrogate_pairs_are_never_split()
    {
        // 𠮷 (U+20BB7) and 𩸽 (U+29E3D) share their high surrogate (U+D842 vs U+D867 — and 𠮟 U+20B9F shares 𠮷's).
        var spans = CharacterDiff.Compute("𠮷野家と𩸽", "𠮟野家と𩸽の店");

        Assert.Equal("[-𠮷][+𠮟]野家と𩸽[+の店]", Show(spans));
        Assert.All(spans, s => Assert.False(char.IsLowSurrogate(s.Text[0]) || char.IsHighSurrogate(s.Text[^1])));
    }

    [Fact]
    public void combining_marks_stay_with_their_character()
    {
        var spans = CharacterDiff.Compute("か\u3099こう", "か\u309Aこう");

        Assert.Equal("[-か\u3099][+か\u309A]こう", Show(spans));
    }

    [Theory]
    [InlineData("待機児童数ゼロが当たり前のものとして定着できるよう私立認可保育所の整備等を進めます。", "待機児童ゼロを維持するため、私立認可保育所の整備と延長保育の充実を進めます。")]
    [InlineData("abc", "xyz")]
    [InlineData("ああああ", "あいあいあ")]
    [InlineData("𠮷𠮷𠮷", "𠮷a𠮷")]
    public void the_spans_rebuild_both_texts_and_never_repeat_a_kind(string older, string newer)
    {
        var spans = CharacterDiff.Compute(older, newer);

        Assert.Equal(older, Older(spans));
        Assert.Equal(newer, Newer(spans));
        Assert.All(spans, s => Assert.NotEmpty(s.Text));
        Assert.All(spans.Zip(spans.Skip(1)), p => Assert.NotEqual(p.First.Op, p.Second.Op));
        Assert.All(spans.Zip(spans.Skip(1)), p => Assert.False(p.First.Op == DiffOp.Inserted && p.Second.Op == DiffOp.Deleted));
    }

    [Fact]
    public void random_edits_of_sample_paragraphs_always_rebuild_both_texts()
    {
        var random = new Random(7);
        var paragraphs = Sample.Plan.AllItems.SelectMany(i => i.Body.Concat(i.List)).Take(200).ToList();
        foreach (var p in paragraphs)
        {
            var chars = p.ToList();
            for (var k = 0; k < 3 && chars.Count > 2; k++)
            {
                var at = random.Next(chars.Count);
                if (random.Next(2) == 0) chars.RemoveAt(at); else chars.Insert(at, "区民協働"[random.Next(4)]);
            }
            var edited = new string([.. chars]);
            var spans = CharacterDiff.Compute(p, edited);
            Assert.Equal(p, Older(spans));
            Assert.Equal(edited, Newer(spans));
        }
    }
}
