using Torikumi.Core.Parsing;

namespace Torikumi.Core.Tests.Parsing;

public class AccountingTests
{
    [Fact]
    public void every_non_space_character_of_the_sample_is_accounted_for() =>
        Accounting.AssertEveryCharacterAccountedFor(Sample.Result);

    [Fact]
    public void item_texts_are_exactly_their_source() =>
        Accounting.AssertItemTextsMatchTheirSource(Sample.Result);

    [Fact]
    public void diagnostics_carry_position_snippet_and_hint()
    {
        var r = PlanParser.Parse(Sample.Text.Replace("3 保育サービスの充実", "3 保育サービスの充実 ここに余計な文章があります。", StringComparison.Ordinal));
        Assert.NotNull(r.Plan);
        foreach (var d in r.Diagnostics)
        {
            Assert.True(d.Start >= 0 && d.End >= d.Start && d.End <= r.Text.Length);
            Assert.True(d.Line >= 1 && d.Column >= 1);
            Assert.NotEmpty(d.Snippet);
            Assert.NotEmpty(d.Hint);
        }
        Accounting.AssertEveryCharacterAccountedFor(r);
    }

    [Fact]
    public void text_outside_any_item_becomes_a_diagnostic_not_lost()
    {
        var text = Sample.Text.Replace("戦略計画2 子どもの成長に合わせた切れ目のないサポートの充実 令和4・5年度の取組",
            "戦略計画2 子どもの成長に合わせた切れ目のないサポートの充実 この戦略の前書きです。 令和4・5年度の取組", StringComparison.Ordinal);
        var r = PlanParser.Parse(text);
        var d = Assert.Single(r.Diagnostics, x => x.Code == "text-outside-item");
        Assert.Contains("この戦略の前書きです。", d.Snippet);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Accounting.AssertEveryCharacterAccountedFor(r);
    }
}
