using Microsoft.AspNetCore.Mvc;
using Torikumi.Web.Accounts;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Account;

/// <summary>
/// <c>/account/tokens</c>: one's personal access tokens (個人用アクセストークン) for scripts and other systems — list,
/// create (the token is shown on this answer only) and revoke.
/// </summary>
public sealed class TokensModel(AccessTokenStore tokens, CurrentUser currentUser, TimeProvider time, UiText ui) : StaffFormPageModel
{
    public const int DefaultExpiryDays = 90;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? ExpiresInDays { get; set; } = DefaultExpiryDays;

    public List<TokenSummary> Tokens { get; private set; } = [];
    public CreatedToken? Created { get; private set; }
    public TokenSummary? Revoked { get; private set; }
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // Only the number can fail to bind; say so in the page's language instead of the framework's words.
            ModelState.Remove(nameof(ExpiresInDays));
            ModelState.AddModelError(nameof(ExpiresInDays), ui.T("有効期限は日数(数字)で入力してください。", "Give the expiry as a number of days."));
        }
        else
        {
            var (created, result) = await tokens.CreateAsync(currentUser.UserId!, Name ?? "", ExpiresInDays, ct);
            AddErrors(result);
            Created = created;
        }
        await LoadAsync(ct);
        if (Created is null)
            return Invalid();
        // The token is in this answer only: keep it out of every cache.
        Response.Headers.CacheControl = "no-store";
        Name = null;
        ExpiresInDays = DefaultExpiryDays;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        Revoked = await tokens.RevokeAsync(id, currentUser.UserId!, ct);
        if (Revoked is null)
            return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = ui.T("個人用アクセストークン", "Personal access tokens");
        Breadcrumbs.Add(new Crumb(ui.T("アカウント", "Your account"), "/account"));
        Breadcrumbs.Add(new Crumb(PageTitle));
        Tokens = await tokens.ListAsync(currentUser.UserId!, ct);
    }

    public string Date(DateTimeOffset? at) => at is { } t ? t.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public string State(TokenSummary t) =>
        t.IsRevoked ? ui.T("無効化済み", "Revoked") : t.IsExpired(Now) ? ui.T("期限切れ", "Expired") : ui.T("有効", "Active");
}
