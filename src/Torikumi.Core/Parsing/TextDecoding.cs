using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Torikumi.Core.Parsing;

/// <summary>
/// Encoding detection for <see cref="PlanInput"/>. Decoding is always strict: a wrong guess must fail loudly
/// rather than turn a plan into mojibake (文字化け) that would then parse into nonsense.
/// </summary>
static class TextDecoding
{
    static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly UnicodeEncoding Utf16LeStrict = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    static readonly UnicodeEncoding Utf16BeStrict = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // CP932 is Microsoft's Shift_JIS (with NEC and IBM extensions such as ①): what Japanese Windows writes.
    static readonly Lazy<Encoding> Cp932Strict = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The text with its BOM removed and its encoding name, or a refusal saying what was wrong where.</summary>
    public static DecodedInput Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return WithBom(bytes, 3, Utf8Strict, "utf-8-bom", "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return DecodedInput.Refused("the file is UTF-32 encoded (it starts with a UTF-32 byte-order mark); save the file as UTF-8 text and try again");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return WithBom(bytes, 2, Utf16LeStrict, "utf-16le", "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return WithBom(bytes, 2, Utf16BeStrict, "utf-16be", "UTF-16BE");

        var firstNul = bytes.IndexOf((byte)0);
        if (firstNul >= 0)
            return Utf16WithoutBom(bytes) ?? DecodedInput.Refused(
                $"looks like a binary file (PDF? Excel?): it contains NUL bytes (the first at offset {firstNul}) and is not UTF-16 text; " +
                "export the plan's text first and save it as UTF-8 text");

        if (IsIso2022Jp(bytes))
            return DecodedInput.Refused(
                "the file is ISO-2022-JP (JIS) encoded, as some e-mail programs write it; save the file as UTF-8 text and try again");

        var utf8Error = FirstInvalidUtf8(bytes);
        if (utf8Error < 0)
            return new DecodedInput(Utf8Strict.GetString(bytes), "utf-8", null);

        var sjisError = TryDecode(bytes, Cp932Strict.Value, out var sjisText);
        if (sjisError < 0)
            return new DecodedInput(sjisText, "shift_jis", null);

        // UTF-16 holding only Japanese (no ASCII, so no NUL bytes) lands here. Latin text read as UTF-16 also
        // looks like CJK ideographs ("ab" → U+6261), so this last guess asks for the kana that Japanese prose has.
        return Utf16WithoutBom(bytes, minKanaShare: 0.2)
            ?? DecodedInput.Refused(PlanInput.Unreadable(utf8Error, bytes[utf8Error], sjisError));
    }

    static DecodedInput WithBom(ReadOnlySpan<byte> bytes, int bomLength, Encoding encoding, string name, string label)
    {
        var error = TryDecode(bytes[bomLength..], encoding, out var text);
        if (error < 0)
            return new DecodedInput(text, name, null);
        var offset = error + bomLength;
        return DecodedInput.Refused(
            $"the file starts with a {label} byte-order mark but is not valid {label}: bad byte {PlanInput.Hex(bytes[offset])} at offset {offset}" +
            (offset >= bytes.Length - 1 ? " (the file may be cut short)" : "") +
            "; save the file again as UTF-8 text");
    }

    /// <summary>Decodes strictly; returns -1, or the byte offset of the first byte that could not be decoded.</summary>
    static int TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            return Math.Clamp(e.Index, 0, Math.Max(0, bytes.Length - 1));
        }
    }

    static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return -1;
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var consumed = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[consumed..], buffer, out var read, out _, replaceInvalidSequences: false);
                consumed += read;
                if (status != OperationStatus.DestinationTooSmall)
                    return consumed;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// UTF-16 without BOM, as some export tools write it. Both byte orders are tried strictly and the one that
    /// reads as Japanese or Latin text wins; random binary data fails on unpaired surrogates or unlikely characters.
    /// </summary>
    static DecodedInput? Utf16WithoutBom(ReadOnlySpan<byte> bytes, double minKanaShare = 0)
    {
        if (bytes.Length % 2 != 0)
            return null;
        DecodedInput? best = null;
        var bestScore = 0.0;
        foreach (var (encoding, name) in new[] { (Utf16LeStrict, "utf-16le"), (Utf16BeStrict, "utf-16be") })
        {
            if (TryDecode(bytes, encoding, out var text) >= 0)
                continue;
            var score = Plausibility(text);
            if (score > bestScore && KanaShare(text) >= minKanaShare)
                (best, bestScore) = (new DecodedInput(text, name, null), score);
        }
        return bestScore >= 0.95 ? best : null;
    }

    /// <summary>Share of characters (in the first 32K) that a Japanese plan text plausibly contains.</summary>
    static double Plausibility(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 32 * 1024));
        if (sample.IsEmpty)
            return 0;
        var good = 0;
        foreach (var c in sample)
            if (IsPlausible(c))
                good++;
        return (double)good / sample.Length;
    }

    static double KanaShare(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 32 * 1024));
        var kana = 0;
        foreach (var c in sample)
            if (c is >= '\u3041' and <= '\u30FF')
                kana++;
        return sample.IsEmpty ? 0 : (double)kana / sample.Length;
    }

    static bool IsPlausible(char c) => c switch
    {
        '\t' or '\n' or '\r' or '\f' => true,
        < ' ' or (>= '\u007F' and < '\u00A0') => false,
        < '\u0250' => true,                          // Latin
        >= '\u2000' and < '\u2C00' => true,          // punctuation, symbols, ①②③, ★, arrows, box drawing
        >= '\u3000' and < '\u3400' => true,          // CJK punctuation, kana, enclosed CJK, compatibility
        >= '\u3400' and < '\uA000' => true,          // CJK ideographs
        >= '\uF900' and < '\uFB00' => true,          // CJK compatibility ideographs
        >= '\uFF00' and < '\uFFF0' => true,          // full-width and half-width forms
        >= '\uD800' and < '\uE000' => true,          // surrogates: the strict decoder already checked the pairs
        _ => false,
    };

    /// <summary>ISO-2022-JP switches to JIS X 0208 with ESC $ B (or ESC $ @).</summary>
    static bool IsIso2022Jp(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf((ReadOnlySpan<byte>)[0x1B, 0x24, 0x42]) >= 0 || bytes.IndexOf((ReadOnlySpan<byte>)[0x1B, 0x24, 0x40]) >= 0;
}
