using Torikumi.Core.Comments;

namespace Torikumi.Core.Tests.Comments;

public sealed class ReceiptNumbersTests
{
    [Fact]
    public void a_receipt_number_has_the_year_a_five_digit_sequence_and_a_check_digit()
    {
        var number = ReceiptNumbers.Format(2026, 42);

        Assert.Matches(@"^PC2026-00042-[0-9]$", number);
        Assert.True(ReceiptNumbers.TryParse(number, out var year, out var sequence));
        Assert.Equal((2026, 42), (year, sequence));
    }

    [Fact]
    public void the_check_digit_is_damms()
    {
        Assert.Equal(4, ReceiptNumbers.Damm("572")); // the textbook example
        Assert.Equal("PC2026-00042-5", ReceiptNumbers.Format(2026, 42));
    }

    [Fact]
    public void long_sequences_grow_beyond_five_digits()
    {
        var number = ReceiptNumbers.Format(2026, 1_234_567);

        Assert.StartsWith("PC2026-1234567-", number);
        Assert.True(ReceiptNumbers.TryParse(number, out _, out var sequence));
        Assert.Equal(1_234_567, sequence);
    }

    [Fact]
    public void every_single_mistyped_digit_and_every_swap_of_neighbours_is_caught()
    {
        foreach (var sequence in new[] { 1, 42, 9876, 12345, 99999 })
        {
            var number = ReceiptNumbers.Format(2026, sequence);
            for (var i = 2; i < number.Length; i++)
            {
                if (!char.IsAsciiDigit(number[i]))
                    continue;
                for (var d = '0'; d <= '9'; d++)
                    if (d != number[i])
                        Assert.False(ReceiptNumbers.TryParse(number[..i] + d + number[(i + 1)..], out _, out _), $"{number} with {d} at {i}");
                if (i + 1 < number.Length && char.IsAsciiDigit(number[i + 1]) && number[i] != number[i + 1])
                    Assert.False(ReceiptNumbers.TryParse(number[..i] + number[i + 1] + number[i] + number[(i + 2)..], out _, out _));
            }
        }
    }

    [Fact]
    public void typed_variants_are_read_full_width_lower_case_spaced_or_without_dashes()
    {
        var number = ReceiptNumbers.Format(2026, 42);
        var check = number[^1];

        foreach (var typed in new[] { number.ToLowerInvariant(), $" PC 2026 - 00042 - {check} ", $"ＰＣ２０２６－０００４２－{(char)(check - '0' + '０')}",
                     $"PC202600042{check}", $"PC2026ー00042ー{check}" })
        {
            Assert.True(ReceiptNumbers.TryParse(typed, out var y, out var s), typed);
            Assert.Equal((2026, 42), (y, s));
            Assert.Equal(number, ReceiptNumbers.Canonical(typed));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PC2026-00042")]
    [InlineData("XX2026-00042-1")]
    [InlineData("PC26-00042-1")]
    [InlineData("PC2026-00000-0")]
    public void other_text_is_not_a_receipt_number(string? text) => Assert.False(ReceiptNumbers.TryParse(text, out _, out _));

    [Fact]
    public void out_of_range_numbers_cannot_be_formatted()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiptNumbers.Format(2026, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiptNumbers.Format(99, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiptNumbers.Format(2026, 10_000_000));
    }
}
