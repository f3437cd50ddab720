using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;

namespace Torikumi.Web.Features.Api;

/// <summary>
/// The OpenAPI document of the public read API, <c>/openapi/v1.json</c>: the /api/v1 routes and the downloads, never
/// the HTML pages. The browsable reference at <c>/api</c> is rendered from the same document.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string Path = "/openapi/v1.json";

    /// <summary>The groups of the reference, in order, with what each holds. Routes tagged otherwise come after them.</summary>
    public static readonly IReadOnlyList<ApiTag> Tags =
    [
        new("Plans", "Stored plans, their versions, structure, departments and items.", "保存された計画、その版、構成、担当部、取組。"),
        new("Search", "Japanese full-text search over the items.", "取組の全文検索。"),
        new("Municipalities", "The municipalities (自治体) that publish plans.", "計画を公開している自治体。"),
        new("Downloads", "The whole plan as a file: JSON, CSV (UTF-8 with BOM, for Excel) and XLSX.", "計画全体のファイル: JSON、CSV(Excel 用の BOM 付き UTF-8)、XLSX。"),
        new("Progress", "Progress reports (進行管理): read what is published; staff write through the workflow.", "進捗報告: 公表されたものを読む。職員はワークフローに沿って書く。"),
        new("Comments", "Public comment (パブリックコメント): staff enter and answer opinions; anyone reads the published result.", "パブリックコメント: 職員が意見を登録・回答し、公表された結果は誰でも読める。"),
    ];

    const string Description = """
        Read-only open data of municipal action plans (アクションプラン / 年度別取組計画): plans, versions, the tree of
        pillars (施策の柱) → strategic plans (戦略計画) → items (取組, 関連する事業) → sub-items, departments, items by
        stable key (4-1-3, 12-R3), search, and downloads as JSON, CSV and XLSX.

        Every response carries an ETag; send it back in If-None-Match and an unchanged resource answers 304 with no body.
        Errors are problem JSON (RFC 9457) with a title and a detail that says what to change: 400 for a malformed
        parameter, 404 for an unknown plan, version or item. Lists take offset and limit (1–500, default 100).

        The plan format is docs/plan.schema.json; the CSV and XLSX columns are in docs/open-data.md.
        """;

    /// <summary>The OpenAPI document and the reference page's model built from it.</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddSingleton<ApiReferenceSource>().AddOpenApi(Name, options =>
        {
            options.ShouldInclude = IsPublicApi;
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                WholeNumberParameters(operation);
                // Routes for staff (progress writes, audit, /me) say so: 401 without a cookie or token, 403 out of scope.
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any())
                {
                    operation.Responses ??= [];
                    operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in: send Authorization: Bearer tkp_… (./torikumi users token EMAIL)." });
                    operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in, but this account may not do this (role or department scope)." });
                }
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                // The open-data JSON writes sections as "initiatives" / "related" (PlanJson), not as numbers.
                if (context.JsonTypeInfo.Type == typeof(ItemSection))
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Format = null;
                    schema.Enum = [JsonValue.Create("initiatives"), JsonValue.Create("related")];
                }
                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    /// <summary>The /api/v1 routes and the downloads under /plans/{id}/data.*; pages are left out.</summary>
    public static bool IsPublicApi(ApiDescription description) =>
        description.RelativePath is { } path
        && (path.StartsWith("api/v1/", StringComparison.Ordinal) || path == "api/v1"
            || (path.StartsWith("plans/", StringComparison.Ordinal) && path.Contains("/data.", StringComparison.Ordinal)));

    static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Torikumi open data API",
            Version = Name,
            Description = Description,
            License = new OpenApiLicense { Name = OpenDataLicence.Name + " (data)", Url = new Uri(OpenDataLicence.UrlEnglish) },
        };
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(Tags.Where(t => used.Contains(t.Name))
            .Select(t => new OpenApiTag { Name = t.Name, Description = $"{t.English} {t.Japanese}" }));
    }

    /// <summary>
    /// offset, limit and a version number are read as text (so a bad value gets a clear 400, see Paging) but are
    /// whole numbers: the document says so.
    /// </summary>
    static void WholeNumberParameters(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            (string? Minimum, string? Maximum)? range = parameter.Name switch
            {
                "offset" => ("0", null),
                "limit" => ("1", Plans.Paging.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "n" => ("1", null),
                _ => null,
            };
            if (range is not { } r)
                continue;
            parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = r.Minimum, Maximum = r.Maximum };
        }
    }
}

/// <summary>A group of routes in the document and on the reference page, described in both languages.</summary>
public sealed record ApiTag(string Name, string English, string Japanese);
