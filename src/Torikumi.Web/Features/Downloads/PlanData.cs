using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Export;
using Torikumi.Data;
using Torikumi.Web.Features.Progress.Public;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Downloads;

/// <summary>
/// The plan JSON as the portal publishes it: the latest version in the open-data format with each item's published
/// progress. One function, so that <c>/plans/{id}/data.json</c> and <c>GET /api/v1/plans/{id}</c> send the same bytes and
/// hence the same ETag; a plan without published progress gives exactly the bytes <c>torikumi export</c> writes.
/// </summary>
public static class PlanData
{
    public static async Task<byte[]> JsonAsync(PortalPlan plan, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(http);
        var db = http.RequestServices.GetRequiredService<TorikumiDbContext>();
        var progress = await PlanProgressExport.LoadAsync(db, plan.Id, plan.Index, ct);
        return PlanJson.SerializeToUtf8(plan.Document, progress);
    }
}
