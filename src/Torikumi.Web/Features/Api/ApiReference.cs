using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Torikumi.Web.Features.Api;

/// <summary>
/// The API reference (API リファレンス) as the page at <c>/api</c> shows it, read from the same OpenAPI document as
/// <c>/openapi/v1.json</c>, so the two cannot disagree: operations grouped by tag, each with its parameters, its
/// responses and, for a GET, a link that tries it.
/// </summary>
public sealed record ApiReference(
    string Title,
    string Version,
    IReadOnlyList<string> Description,
    string? LicenceName,
    string? LicenceUrl,
    IReadOnlyList<ApiGroup> Groups)
{
    /// <summary>Values put into example links where a route has such a parameter: the first plan, an item key, version 1, a search.</summary>
    static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["id"] = "1",
        ["key"] = "1-1",
        ["n"] = "1",
        ["q"] = "保育",
    };

    public static async Task<ApiReference> BuildAsync(IOpenApiDocumentProvider provider, CancellationToken ct = default) =>
        From(await provider.GetOpenApiDocumentAsync(ct));

    public static ApiReference From(OpenApiDocument document)
    {
        var operations = (document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => Operation(path.Key, op.Key, op.Value)))
            .ToList();
        var order = ApiDocument.Tags.Select(t => t.Name).ToList();
        var groups = operations
            .GroupBy(o => o.Tag, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key) is >= 0 and var i ? i : order.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ApiGroup(g.Key, document.Tags?.FirstOrDefault(t => t.Name == g.Key)?.Description, [.. g]))
            .ToList();
        return new ApiReference(
            document.Info?.Title ?? "API",
            document.Info?.Version ?? "",
            Paragraphs(document.Info?.Description),
            document.Info?.License?.Name,
            document.Info?.License?.Url?.ToString(),
            groups);
    }

    static ApiOperation Operation(string path, HttpMethod method, OpenApiOperation operation)
    {
        var parameters = (operation.Parameters ?? []).Select(p => new ApiParameter(
            p.Name ?? "",
            p.In?.ToString().ToLowerInvariant() ?? "",
            p.Required,
            TypeOf(p.Schema),
            p.Description)).ToList();
        var responses = (operation.Responses ?? []).Select(r => new ApiResponse(
            r.Key,
            r.Value.Description ?? "",
            [.. (r.Value.Content ?? new Dictionary<string, OpenApiMediaType>()).Select(c => c.Key)],
            (r.Value.Content ?? new Dictionary<string, OpenApiMediaType>()).Values.Select(c => SchemaName(c.Schema)).FirstOrDefault(n => n is not null)))
            .ToList();
        return new ApiOperation(
            method.Method.ToUpperInvariant(),
            path,
            operation.OperationId,
            operation.Tags?.FirstOrDefault()?.Name ?? "Other",
            operation.Summary,
            Paragraphs(operation.Description),
            parameters,
            responses,
            // No example for the public comment: its period and result exist only once a ward has run one.
            method == HttpMethod.Get && !responses.Any(r => r.Status == "401") && !path.Contains("/comments", StringComparison.Ordinal)
                ? Example(path, parameters) : null);
    }

    /// <summary>A link that runs the route with sample values; null when a required parameter has none.</summary>
    static string? Example(string path, IReadOnlyList<ApiParameter> parameters)
    {
        var url = path;
        var query = new List<string>();
        foreach (var p in parameters)
        {
            if (p.In == "path")
            {
                if (!Examples.TryGetValue(p.Name, out var value)) return null;
                url = url.Replace("{" + p.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else if (Examples.TryGetValue(p.Name, out var value))
                query.Add($"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(value)}");
            else if (p.Required)
                return null;
        }
        return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
    }

    static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null) return "";
        if (schema is OpenApiSchemaReference reference) return reference.Reference.Id ?? "object";
        var type = schema.Type switch
        {
            null => "",
            var t when t.Value.HasFlag(JsonSchemaType.Integer) => "integer",
            var t when t.Value.HasFlag(JsonSchemaType.Number) => "number",
            var t when t.Value.HasFlag(JsonSchemaType.Boolean) => "boolean",
            var t when t.Value.HasFlag(JsonSchemaType.Array) => $"{TypeOf(schema.Items)}[]",
            var t when t.Value.HasFlag(JsonSchemaType.String) => "string",
            _ => "object",
        };
        if (schema.Enum is { Count: > 0 } values)
            type += " (" + string.Join(" | ", values.Select(v => v?.ToJsonString() ?? "null")) + ")";
        else if (schema.Minimum is not null || schema.Maximum is not null)
            type += $" ({schema.Minimum ?? ""}–{schema.Maximum ?? ""})";
        return type;
    }

    static string? SchemaName(IOpenApiSchema? schema) => schema switch
    {
        null => null,
        OpenApiSchemaReference reference => reference.Reference.Id,
        { Type: { } t } when t.HasFlag(JsonSchemaType.Array) => SchemaName(schema.Items) is { } item ? item + "[]" : null,
        _ => null,
    };

    /// <summary>Paragraphs of a description (blank-line separated); single line breaks inside one are just wrapping.</summary>
    static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? []
            : [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)))];

    /// <summary>Text with <c>`code`</c> spans, as (text, isCode) pieces for the page to encode and mark up.</summary>
    public static IEnumerable<(string Text, bool Code)> Inline(string text) =>
        text.Split('`').Select((piece, i) => (piece, i % 2 == 1)).Where(p => p.piece.Length > 0);

    /// <summary>An id for an HTML anchor, e.g. tag-Plans or op-GetTree.</summary>
    public static string Anchor(string prefix, string name) =>
        prefix + "-" + new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

}

/// <summary>The operations of one tag (Plans, Search, Municipalities, Downloads).</summary>
public sealed record ApiGroup(string Name, string? Description, IReadOnlyList<ApiOperation> Operations);

/// <summary>One route: method and path, what it does, its parameters and responses, and an example link for a GET.</summary>
public sealed record ApiOperation(
    string Method,
    string Path,
    string? Id,
    string Tag,
    string? Summary,
    IReadOnlyList<string> Description,
    IReadOnlyList<ApiParameter> Parameters,
    IReadOnlyList<ApiResponse> Responses,
    string? Example);

/// <summary>A path or query parameter.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, string Type, string? Description);

/// <summary>A possible answer: status code, what it means, its media types and the schema of its body.</summary>
public sealed record ApiResponse(string Status, string Description, IReadOnlyList<string> ContentTypes, string? Schema);
