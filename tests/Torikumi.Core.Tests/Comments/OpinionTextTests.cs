using Torikumi.Core.Comments;

namespace Torikumi.Core.Tests.Comments;

public sealed class OpinionTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void an_opinion_is_required(string? text)
    {
        var check = OpinionText.Check(text);

        Assert.False(check.IsValid);
        Assert.Equal("opinion-required", Assert.Single(check.Errors).Code);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\u3000\u3000")]
    [InlineData("\r\n\t\n")]
    [InlineData("\u200B\u3000")]
    public void only_spaces_line_breaks_or_invisible_characters_is_blank(string text)
    {
        var check = OpinionText.Check(text);

        var error = Assert.Single(check.Errors);
        Assert.Equal("opinion-blank", error.Code);
        Assert.Contains("空白", error.Japanese);
    }

    [Fact]
    public void exactly_two_thousand_characters_are_accepted_and_one_more_is_not()
    {
        Assert.True(OpinionText.Check(new string('意', 2000)).IsValid);

        var check = OpinionText.Check(new string('意', 2001));
        var error = Assert.Single(check.Errors);
        Assert.Equal("opinion-too-long", error.Code);
        Assert.Contains("2,001文字", error.Japanese);
        Assert.Contains("あと1文字", error.Japanese);
        Assert.Contains("shorten it by 1 character,", error.English);
        Assert.Equal(2001, check.Length);
    }

    [Fact]
    public void a_line_break_counts_once_whether_sent_as_crlf_or_lf()
    {
        Assert.Equal(3, OpinionText.Count("あ\r\nい"));
        Assert.Equal(3, OpinionText.Count("あ\nい"));
        var text = string.Concat(Enumerable.Repeat("あ\r\n", 1000)); // 2,000 characters as a resident counts them, 3,000 UTF-16 units

        var check = OpinionText.Check(text);
        Assert.True(check.IsValid);
        Assert.Equal(2000, check.Length);
        Assert.DoesNotContain('\r', check.Text!);
    }

    [Fact]
    public void characters_outside_the_bmp_and_combined_marks_count_as_one()
    {
        Assert.Equal(2, OpinionText.Count("𠮷野"));
        Assert.Equal(1, OpinionText.Count("か\u3099")); // が as か + combining dakuten
        Assert.Equal(1, OpinionText.Count("👨‍👩‍👧"));
        Assert.True(OpinionText.Check(string.Concat(Enumerable.Repeat("𠮷", 2000))).IsValid);
    }

    [Fact]
    public void the_stored_text_is_nfc_and_otherwise_as_written()
    {
        var check = OpinionText.Check("  か\u3099んばって  ");

        Assert.Equal("  がんばって  ", check.Text);
    }

    [Fact]
    public void a_character_piled_with_combining_marks_cannot_smuggle_a_huge_text()
    {
        var zalgo = "あ" + new string('\u0301', 9000);

        var check = OpinionText.Check(zalgo);

        Assert.False(check.IsValid);
        Assert.Equal("opinion-too-large", Assert.Single(check.Errors).Code);
    }
}
