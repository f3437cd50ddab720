namespace Torikumi.Core.Parsing;

/// <summary>
/// Recognises files that are not text, so the user hears "export the text first" instead of a page of
/// parse diagnostics about a PDF's internals.
/// </summary>
static class BinarySniffer
{
    const string ExportText = "export the plan's text first and give that file (UTF-8 text)";

    static readonly (byte[] Signature, string Message)[] Known =
    [
        ("%PDF"u8.ToArray(),
            "looks like a PDF file (it starts with %PDF): Torikumi reads the plan's text, not the PDF; " +
            "export the text first, e.g. `pdftotext FILE.pdf FILE.txt` (Debian package poppler-utils) or your PDF reader's 'save as text'"),
        ([0x50, 0x4B, 0x03, 0x04],
            "looks like a ZIP archive (it starts with PK): an Excel .xlsx or Word .docx file is one; " +
            "open it and save the plan as text (.txt, UTF-8) first"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            "looks like an old Microsoft Office file (.xls or .doc): open it and save the plan as text (.txt, UTF-8) first"),
        ("{\\rtf"u8.ToArray(), "looks like a rich-text (RTF) file: save it as plain text (.txt, UTF-8) first"),
        ([0x89, 0x50, 0x4E, 0x47], $"looks like a PNG image, not text; {ExportText}"),
        ([0xFF, 0xD8, 0xFF], $"looks like a JPEG image, not text; {ExportText}"),
        ([0x1F, 0x8B], "looks like a gzip-compressed file: decompress it first (gunzip FILE.gz)"),
    ];

    /// <summary>A message for a recognised binary format, or null.</summary>
    public static string? KnownFormat(ReadOnlySpan<byte> bytes)
    {
        foreach (var (signature, message) in Known)
            if (bytes.StartsWith(signature))
                return message;
        return null;
    }

    /// <summary>
    /// True when control characters (other than tab, line break and form feed) make up more than 1% of the
    /// first 64K characters: a few stray ones are left for the parser to report, a binary file is refused.
    /// </summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var controls = 0;
        foreach (var c in sample)
            if (IsControl(c))
                controls++;
        return controls >= 2 && controls * 100 > sample.Length;
    }

    static bool IsControl(char c) =>
        c is (< ' ' and not ('\t' or '\n' or '\r' or '\f')) or (>= '\u007F' and < '\u00A0');
}
