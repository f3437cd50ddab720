using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Api;

/// <summary><c>/api</c>: the open data and the read API explained for people, rendered on the server from /openapi/v1.json.</summary>
public sealed class ReferenceModel(ApiReferenceSource source, UiText ui) : PortalPageModel
{
    public ApiReference Reference { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reference = await source.GetAsync(ct);
        PageTitle = ui.T("オープンデータと API", "Open data and API");
        Breadcrumbs.Add(new Crumb(ui.T("ホーム", "Home"), "/"));
        Breadcrumbs.Add(new Crumb(PageTitle));
    }
}
