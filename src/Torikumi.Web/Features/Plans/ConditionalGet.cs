using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Torikumi.Web.Features.Plans;

/// <summary>
/// ETags and 304 Not Modified for the open data: a client (or a city's harvester) that sends back the ETag it got in
/// If-None-Match downloads nothing when the plan has not changed. Tags are content hashes, never server state, so
/// every node serving the same database gives the same tag.
/// </summary>
public static class ConditionalGet
{
    /// <summary>A strong ETag from the bytes of a response.</summary>
    public static string ForBytes(ReadOnlySpan<byte> bytes) => Quote(SHA256.HashData(bytes));

    /// <summary>An ETag from what a response is made of (e.g. format, plan id, version number, content hash).</summary>
    public static string ForParts(bool weak, params string[] parts)
    {
        var tag = Quote(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
        return weak ? "W/" + tag : tag;
    }

    /// <summary>Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET) or is <c>*</c>.</summary>
    public static bool IsNotModified(HttpRequest request, string etag)
    {
        var mine = Opaque(etag);
        foreach (var header in request.Headers.IfNoneMatch)
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (candidate == "*" || Opaque(candidate) == mine)
                    return true;
        return false;
    }

    /// <summary>Sets the ETag and answers 304 when the client already has it; null when the body must be sent.</summary>
    public static IResult? NotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        return IsNotModified(http.Request, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : null;
    }

    /// <summary>UTF-8 JSON with its ETag, or 304.</summary>
    public static IResult Json(HttpContext http, byte[] json) =>
        NotModified(http, ForBytes(json)) ?? TypedResults.Bytes(json, "application/json; charset=utf-8");

    static string Quote(byte[] hash) => $"\"{Convert.ToHexStringLower(hash)[..32]}\"";

    static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
