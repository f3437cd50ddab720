using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace Torikumi.Web.Features.Api;

/// <summary>
/// Builds the reference once per process: the OpenAPI document depends only on the code, never on the data, so every
/// node builds the same one and nothing needs sharing.
/// </summary>
public sealed class ApiReferenceSource([FromKeyedServices(ApiDocument.Name)] IOpenApiDocumentProvider provider)
{
    ApiReference? built;

    public async Task<ApiReference> GetAsync(CancellationToken ct = default) =>
        built ??= await ApiReference.BuildAsync(provider, ct);
}
