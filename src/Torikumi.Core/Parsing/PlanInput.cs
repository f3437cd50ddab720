using System.Globalization;
using System.Text;

namespace Torikumi.Core.Parsing;

/// <summary>The decoded text of an input file, or why it was refused.</summary>
public sealed record DecodedInput(string? Text, string? EncodingName, string? Error)
{
    public bool Ok => Error is null;

    internal static DecodedInput Refused(string error) => new(null, null, error);
}

/// <summary>
/// Turns the bytes of a plan file into text: size, emptiness and binary checks, encoding detection.
/// Japanese plans arrive as UTF-8 (with or without BOM), UTF-16 (often from Excel or Word "Unicode text")
/// or Shift_JIS / CP932 (older Windows tools). The text handed on is NFC with LF line ends and no BOM,
/// so the parser's offsets always refer to one canonical form.
/// </summary>
public static class PlanInput
{
    public const long MaxBytes = 20L * 1024 * 1024;

    const string Expected = "expected the text of an action plan (アクションプラン)";
    const string SaveAsUtf8 = "save the file as UTF-8 text and try again";

    /// <summary>Reads a file, checking its size before reading it all. Never throws; errors name the file.</summary>
    public static DecodedInput ReadFile(string path)
    {
        try
        {
            if (Directory.Exists(path))
                return DecodedInput.Refused($"{path}: is a directory; give the path of a text file ({Expected})");
            var info = new FileInfo(path);
            if (!info.Exists)
                return DecodedInput.Refused($"{path}: file not found (looked in {Path.GetFullPath(path)}); check the path");
            if (info.Length > MaxBytes)
                return DecodedInput.Refused($"{path}: {TooLarge(info.Length)}");
            return Decode(File.ReadAllBytes(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return DecodedInput.Refused($"{path}: cannot read the file: {e.Message}");
        }
    }

    public static DecodedInput Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, null);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="sourceName"/> (a path) prefixes any error.</summary>
    public static DecodedInput Decode(ReadOnlySpan<byte> bytes, string? sourceName)
    {
        var result = DecodeCore(bytes);
        return result.Ok || sourceName is null ? result : DecodedInput.Refused($"{sourceName}: {result.Error}");
    }

    static DecodedInput DecodeCore(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            return DecodedInput.Refused($"empty file: it has no bytes; {Expected}");
        if (bytes.Length > MaxBytes)
            return DecodedInput.Refused(TooLarge(bytes.Length));
        if (BinarySniffer.KnownFormat(bytes) is { } format)
            return DecodedInput.Refused(format);

        var decoded = TextDecoding.Detect(bytes);
        if (!decoded.Ok)
            return decoded;
        var text = Canonical(decoded.Text!);
        if (string.IsNullOrWhiteSpace(text))
            return DecodedInput.Refused($"empty file: it holds only spaces or line breaks; {Expected}");
        if (BinarySniffer.LooksBinary(text))
            return DecodedInput.Refused(
                "looks like a binary file (PDF? Excel? an image?): it is full of control characters; " +
                "export the plan's text first (e.g. pdftotext FILE.pdf FILE.txt) and give that file");
        return decoded with { Text = text };
    }

    static string TooLarge(long length) => string.Create(CultureInfo.InvariantCulture,
        $"file too large: {length:N0} bytes ({length / 1024.0 / 1024.0:0.0} MB) is over the limit of " +
        $"{MaxBytes:N0} bytes (20 MB); an action plan's text is far smaller, so check that this is the right file");

    /// <summary>LF line ends and NFC, so the same plan gives the same text (and offsets) from any tool.</summary>
    static string Canonical(string text)
    {
        if (text.Contains('\r'))
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    internal static string Hex(byte b) => $"0x{b:X2}";

    internal static string Unreadable(int utf8Offset, byte utf8Byte, int? sjisOffset) =>
        $"cannot decode the text: it is neither UTF-8 (first bad byte {Hex(utf8Byte)} at offset {utf8Offset}) " +
        (sjisOffset is { } o ? $"nor Shift_JIS/CP932 (first bad byte at offset {o})" : "nor Shift_JIS/CP932") +
        $"; {SaveAsUtf8}";
}
