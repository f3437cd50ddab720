using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Torikumi.Web.Features.Plans;

/// <summary>
/// <c>?offset=…&amp;limit=…</c> of a public list. Read from the raw query text, not bound as ints, so that
/// <c>limit=abc</c> gets a 400 that says what is wrong instead of the framework's bare "Bad Request".
/// </summary>
public readonly record struct Paging(int Offset, int Limit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static bool TryParse(string? offset, string? limit, out Paging paging, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        paging = default;
        problem = null;
        if (!TryNumber(offset, 0, 0, int.MaxValue, out var o))
            problem = Invalid("offset", offset, "a whole number, 0 or more (how many entries to skip)");
        else if (!TryNumber(limit, DefaultLimit, 1, MaxLimit, out var l))
            problem = Invalid("limit", limit, $"a whole number from 1 to {MaxLimit} (how many entries to return)");
        else
            paging = new Paging(o, l);
        return problem is null;
    }

    /// <summary>This page of a list that is already in memory.</summary>
    public IEnumerable<T> Of<T>(IEnumerable<T> all) => all.Skip(Offset).Take(Limit);

    static bool TryNumber(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (text is null)
            return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    internal static ProblemHttpResult Invalid(string name, string? given, string expected) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid {name}",
            detail: $"{name} must be {expected}; got \"{Shorten(given)}\".");

    static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
