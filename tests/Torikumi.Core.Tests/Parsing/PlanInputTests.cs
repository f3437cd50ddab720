using System.Text;
using Torikumi.Core.Parsing;

namespace Torikumi.Core.Tests.Parsing;

public class PlanInputTests
{
    static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "nerima-action-plan-2022-2023-draft.txt");
    static readonly string Sample = File.ReadAllText(SamplePath, new UTF8Encoding(false, true));

    static Encoding Cp932()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    static string Decoded(byte[] bytes, string expectedEncoding)
    {
        var result = PlanInput.Decode(bytes);
        Assert.True(result.Ok, result.Error);
        Assert.Equal(expectedEncoding, result.EncodingName);
        return result.Text!;
    }

    static string Refused(byte[] bytes)
    {
        var result = PlanInput.Decode(bytes);
        Assert.False(result.Ok);
        Assert.Null(result.Text);
        return result.Error!;
    }

    [Fact]
    public void utf8_without_bom_is_the_text_as_is()
    {
        Assert.Equal(Sample, Decoded(Encoding.UTF8.GetBytes(Sample), "utf-8"));
    }

    [Fact]
    public void utf8_bom_is_recognised_and_stripped()
    {
        var text = Decoded([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)], "utf-8-bom");
        Assert.Equal(Sample, text);
        Assert.NotEqual('\uFEFF', text[0]);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void utf16_with_bom_is_recognised_and_stripped(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        Assert.Equal(Sample, Decoded([.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)], name));
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void utf16_without_bom_is_recognised_by_its_nul_bytes(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        Assert.Equal(Sample, Decoded(encoding.GetBytes(Sample), name));
    }

    [Fact]
    public void utf16_without_bom_and_with_full_width_spaces_still_reads()
    {
        // U+3000 and 一 (U+4E00) put NUL bytes on the "wrong" side too; the strict decode and plausibility decide.
        const string text = "施策の柱１　一人ひとりが輝くまち\n戦略計画１　子育て支援\n";
        Assert.Equal(text, Decoded(new UnicodeEncoding(false, false).GetBytes(text), "utf-16le"));
        Assert.Equal(text, Decoded(new UnicodeEncoding(true, false).GetBytes(text), "utf-16be"));
    }

    [Fact]
    public void utf16_without_bom_or_any_ascii_reads_when_it_is_japanese_prose()
    {
        const string text = "子どもたちの笑顔輝くまち。親子が気軽に交流できる子育てのひろばを拡充します。";
        Assert.Equal(text, Decoded(new UnicodeEncoding(false, false).GetBytes(text), "utf-16le"));
    }

    [Fact]
    public void shift_jis_is_recognised_when_the_bytes_are_not_utf8()
    {
        // CP932 has no WAVE DASH (U+301C): Windows maps 0x8160 to FULLWIDTH TILDE (U+FF5E). The sample uses 〜
        // three times; everything else in it encodes.
        var cp932Text = Sample.Replace('〜', '～');
        Assert.Equal(3, Sample.Count(c => c == '〜'));

        var text = Decoded(Cp932().GetBytes(cp932Text), "shift_jis");

        Assert.Equal(cp932Text, text);
        Assert.Contains("施策の柱1 子どもたちの笑顔輝くまち", text);
    }

    [Fact]
    public void shift_jis_keeps_the_nec_circled_digits()
    {
        const string text = "①私立認可保育所の誘致 ②ＡＩ・ＲＰＡの活用 ③ＢＰＲ\n";
        Assert.Equal(text, Decoded(Cp932().GetBytes(text), "shift_jis"));
    }

    [Fact]
    public void crlf_and_cr_line_ends_become_lf()
    {
        Assert.Equal("施策の柱1\n戦略計画1\n取組\n", Decoded(Encoding.UTF8.GetBytes("施策の柱1\r\n戦略計画1\r取組\r\n"), "utf-8"));
    }

    [Fact]
    public void crlf_from_shift_jis_and_utf16_becomes_lf_too()
    {
        const string text = "施策の柱1 子どもたちの笑顔輝くまち\r\n戦略計画1\r\n";
        Assert.Equal(text.ReplaceLineEndings("\n"), Decoded(Cp932().GetBytes(text), "shift_jis"));
        Assert.Equal(text.ReplaceLineEndings("\n"), Decoded([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], "utf-16le"));
    }

    [Fact]
    public void text_is_normalised_to_nfc()
    {
        // か + combining voiced mark (as macOS tools write it) → が; パ likewise.
        var decomposed = "子育て支援か\u3099\u30CF\u309A";
        Assert.Equal("子育て支援がパ", Decoded(Encoding.UTF8.GetBytes(decomposed), "utf-8"));
    }

    [Fact]
    public void an_empty_file_is_refused()
    {
        var error = Refused([]);
        Assert.StartsWith("empty file:", error);
        Assert.Contains("expected the text of an action plan", error);
    }

    [Theory]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xE3, 0x80, 0x80, 0x0A })] // BOM, U+3000, LF
    public void a_file_of_only_spaces_or_a_bom_is_refused_as_empty(byte[] bytes)
    {
        var error = Refused(bytes);
        Assert.StartsWith("empty file:", error);
        Assert.Contains("expected the text of an action plan", error);
    }

    [Fact]
    public void bytes_over_the_limit_are_refused_with_size_and_limit()
    {
        var error = Refused(new byte[PlanInput.MaxBytes + 1]);
        Assert.Contains("too large", error);
        Assert.Contains("20,971,521 bytes", error);
        Assert.Contains("20 MB", error);
    }

    [Fact]
    public void a_file_over_the_limit_is_refused_without_reading_it()
    {
        // A sparse 3 GB file: reading it whole would fail with an I/O error (arrays stop at 2 GB) instead of
        // the size message, so the message proves the length was checked first.
        var path = Path.Combine(Path.GetTempPath(), $"torikumi-huge-{Guid.NewGuid():N}.txt");
        try
        {
            using (var stream = File.Create(path))
                stream.SetLength(3L * 1024 * 1024 * 1024);

            var result = PlanInput.ReadFile(path);

            Assert.False(result.Ok);
            Assert.StartsWith(path + ": file too large: 3,221,225,472 bytes", result.Error);
            Assert.Contains("20,971,520 bytes (20 MB)", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void a_pdf_is_refused_with_a_hint_to_export_its_text()
    {
        var error = Refused([.. "%PDF-1.7\n%\u00e2\u00e3"u8.ToArray(), 0, 1, 2, 0xFF]);
        Assert.Contains("PDF", error);
        Assert.Contains("export the text first", error);
    }

    [Fact]
    public void an_xlsx_is_refused_as_a_zip_archive()
    {
        var error = Refused([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
        Assert.Contains("ZIP", error);
        Assert.Contains("Excel", error);
        Assert.Contains("save the plan as text", error);
    }

    [Fact]
    public void nul_bytes_that_are_not_utf16_make_a_binary_file()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("施策の柱"), 0x00, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE, 0x12, 0x00];
        var error = Refused(bytes);
        Assert.Contains("looks like a binary file", error);
        Assert.Contains("NUL bytes (the first at offset 12)", error);
    }

    [Fact]
    public void many_control_characters_make_a_binary_file()
    {
        var bytes = new byte[400];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)(i % 5 == 0 ? 0x01 + i % 7 : 'a' + i % 26);
        var error = Refused(bytes);
        Assert.Contains("looks like a binary file", error);
        Assert.Contains("export the plan's text first", error);
    }

    [Fact]
    public void a_stray_control_character_is_kept_for_the_parser_to_report()
    {
        var text = Sample.Insert(100, "\u0007");
        Assert.Equal(text, Decoded(Encoding.UTF8.GetBytes(text), "utf-8"));
    }

    [Fact]
    public void neither_utf8_nor_shift_jis_names_the_offset_of_the_first_bad_byte()
    {
        // 0x85 0x41 is a stray UTF-8 continuation byte and an unassigned CP932 pair.
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', 5000), 0x85, 0x41, .. "rest"u8.ToArray()];
        var error = Refused(bytes);
        Assert.StartsWith("cannot decode the text", error);
        Assert.Contains("first bad byte 0x85 at offset 5000", error);
        Assert.Contains("Shift_JIS/CP932 (first bad byte at offset 5000)", error);
        Assert.Contains("save the file as UTF-8", error);
    }

    [Fact]
    public void a_utf8_bom_followed_by_bad_bytes_says_where()
    {
        var error = Refused([0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xC3, 0x28]);
        Assert.Contains("UTF-8 byte-order mark", error);
        Assert.Contains("bad byte 0xC3 at offset 5", error);
    }

    [Fact]
    public void iso_2022_jp_is_refused_with_a_hint()
    {
        var error = Refused([0x1B, 0x24, 0x42, 0x30, 0x21, 0x1B, 0x28, 0x42, 0x0A]);
        Assert.Contains("ISO-2022-JP", error);
        Assert.Contains("UTF-8", error);
    }

    [Fact]
    public void read_file_decodes_the_sample()
    {
        var result = PlanInput.ReadFile(SamplePath);
        Assert.True(result.Ok, result.Error);
        Assert.Equal("utf-8", result.EncodingName);
        Assert.Equal(Sample, result.Text);
    }

    [Fact]
    public void read_file_names_the_file_in_its_errors()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"torikumi-missing-{Guid.NewGuid():N}.txt");
        Assert.StartsWith($"{missing}: file not found", PlanInput.ReadFile(missing).Error);

        var dir = Path.GetTempPath();
        Assert.StartsWith($"{dir}: is a directory", PlanInput.ReadFile(dir).Error);

        var empty = Path.Combine(Path.GetTempPath(), $"torikumi-empty-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(empty, []);
        try
        {
            Assert.StartsWith($"{empty}: empty file:", PlanInput.ReadFile(empty).Error);
        }
        finally
        {
            File.Delete(empty);
        }
    }
}
