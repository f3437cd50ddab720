using System.Security.Cryptography;
using System.Text;

namespace Torikumi.Web.Accounts;

/// <summary>
/// The text of personal access tokens: <c>tkp_</c> and 32 random bytes in base64url (47 characters). The prefix lets
/// secret scanners and people recognise one; only its SHA-256 is stored, so a copy of the database reveals none.
/// </summary>
public static class AccessTokens
{
    public const string Prefix = "tkp_";
    const int RandomBytes = 32;
    /// <summary>Prefix plus 43 base64url characters.</summary>
    public const int Length = 47;

    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Whether <paramref name="text"/> has the shape of a token, checked before any database look-up.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length } && text.StartsWith(Prefix, StringComparison.Ordinal)
        && text.AsSpan(Prefix.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;

    /// <summary>SHA-256 of the token text, lower-case hex: what the database stores and looks up.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    static readonly System.Buffers.SearchValues<char> Base64UrlAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
