using System.Text;
using Torikumi.Core.Export;
using Torikumi.Core.Parsing;

namespace Torikumi.Core.Tests.Parsing;

/// <summary>The same plan laid out or encoded differently parses to the same structure.</summary>
public class VariantTests
{
    static readonly string Expected = Structure.Of(Sample.Plan);

    static void AssertSameStructure(string variant)
    {
        var r = PlanParser.Parse(variant);
        Assert.NotNull(r.Plan);
        Accounting.AssertEveryCharacterAccountedFor(r);
        Assert.Equal(Expected, Structure.Of(r.Plan));
    }

    [Fact]
    public void pdf_line_breaks_restored()
    {
        // Every space of the extraction was a line break of the PDF: put them back.
        AssertSameStructure(Sample.Text.Replace(' ', '\n'));
    }

    [Fact]
    public void one_heading_or_sentence_per_line_with_real_circled_numbers()
    {
        var text = PlanText.Write(Sample.Plan);
        Assert.Contains("\n①私立認可保育所の誘致を進めるとともに", text);
        Assert.Contains("\n②AI・RPAの活用による業務効率化\n", text);
        Assert.Contains("\n3 保育サービスの充実\n(1)保育所の拡充\n", text);
        AssertSameStructure(text);
    }

    [Fact]
    public void windows_line_endings()
    {
        AssertSameStructure(PlanText.Write(Sample.Plan).Replace("\n", "\r\n"));
    }

    [Fact]
    public void full_width_digits()
    {
        var wide = new string(Sample.Text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c).ToArray());
        Assert.Contains("施策の柱１", wide);
        AssertSameStructure(wide);
    }

    [Fact]
    public void full_width_digits_and_parentheses_with_line_breaks()
    {
        var wide = new string(PlanText.Write(Sample.Plan).Select(c => c switch
        {
            >= '0' and <= '9' => (char)(c - '0' + '０'),
            '(' => '（',
            ')' => '）',
            ':' => '：',
            _ => c,
        }).ToArray());
        AssertSameStructure(wide);
    }

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "shift_jis" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void encodings(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = name switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Sample.Text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample.Text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample.Text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample.Text)],
            // Windows writes the wave dash 〜 as 0x8160, which CP932 maps to ～ (U+FF5E).
            _ => Encoding.GetEncoding(932).GetBytes(Sample.Text.Replace('〜', '～')),
        };
        var decoded = PlanInput.Decode(bytes);
        Assert.True(decoded.Ok, decoded.Error);
        AssertSameStructure(decoded.Text!);
    }
}
