using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Progress;
using Torikumi.Web.Portal;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Progress;

/// <summary>A test account: who it is, and what the workflow lets it do.</summary>
public sealed record TestUser(string Id, string Name, ProgressActor Actor);

/// <summary>
/// The accounts the progress tests act as, by id in the <c>X-Test-User</c> header. Stands in for the real sign-in
/// (cookies, tokens) that the accounts feature provides: a test scheme turns the header into a principal, and a fake
/// <see cref="ICurrentUser"/> gives the service the matching actor.
/// </summary>
public static class TestUsers
{
    public const string Header = "X-Test-User";

    public static readonly TestUser Admin = new("admin", "企画 花子", ProgressActor.Administrator);
    public static readonly TestUser Reviewer = new("reviewer", "確認 次郎", ProgressActor.Reviewer);
    /// <summary>こども家庭部 as a whole.</summary>
    public static readonly TestUser Kodomo = new("kodomo", "子ども 太郎", ProgressActor.Editor(new OrgUnit("こども家庭部")));
    /// <summary>Only 保育課 of こども家庭部.</summary>
    public static readonly TestUser Hoiku = new("hoiku", "保育 三郎", ProgressActor.Editor(new OrgUnit("こども家庭部", "保育課")));
    public static readonly TestUser Kumin = new("kumin", "区民 四郎", ProgressActor.Editor(new OrgUnit("区民部")));
    public static readonly TestUser Somu = new("somu", "総務 五郎", ProgressActor.Editor(new OrgUnit("総務部")));
    public static readonly TestUser Kodomo2 = new("kodomo2", "子ども 六子", ProgressActor.Editor(new OrgUnit("こども家庭部")));

    public static readonly IReadOnlyDictionary<string, TestUser> ById =
        new[] { Admin, Reviewer, Kodomo, Hoiku, Kumin, Somu, Kodomo2 }.ToDictionary(u => u.Id);
}

sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(TestUsers.Header, out var id) || !TestUsers.ById.TryGetValue(id.ToString(), out var user))
            return Task.FromResult(AuthenticateResult.NoResult());
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.Name) };
        if (user.Actor.Is(ProgressRoles.Administrator)) claims.Add(new(ClaimTypes.Role, StaffPolicies.Administrator));
        if (user.Actor.Is(ProgressRoles.Reviewer)) claims.Add(new(ClaimTypes.Role, StaffPolicies.Reviewer));
        if (user.Actor.Is(ProgressRoles.DepartmentEditor)) claims.Add(new(ClaimTypes.Role, "editor"));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Name)), Name)));
    }
}

sealed class FakeCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    TestUser? User => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? TestUsers.ById.GetValueOrDefault(id) : null;
    public bool IsAuthenticated => User is not null;
    public string? UserId => User?.Id;
    public string? Email => User is null ? null : $"{User.Id}@example.jp";
    public string? DisplayName => User?.Name;
    public ProgressActor Actor => User?.Actor ?? ProgressActor.Public;
}

/// <summary>The web app with test sign-in over a fresh database holding one plan; helpers to call the progress API.</summary>
public sealed class ProgressTestApp : IAsyncDisposable
{
    ProgressTestApp(TestDatabase database, WebApplication app, int planId)
    {
        Database = database;
        App = app;
        PlanId = planId;
        Client = app.GetTestClient();
    }

    public TestDatabase Database { get; }
    public WebApplication App { get; }
    public HttpClient Client { get; }
    public int PlanId { get; }

    public static async Task<ProgressTestApp> StartAsync(string provider, PlanDocument? plan = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        int planId;
        await using (var context = database.NewContext())
            planId = (await new PlanStore(context).ImportAsync(new PlanImport(plan ?? RichPlan.Build(), "source"))).PlanId;
        var app = WebApp.Create(new WebAppSettings(database.Config), b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddHttpContextAccessor();
            b.Services.AddScoped<ICurrentUser, FakeCurrentUser>();
            b.Services.AddAuthentication(TestAuthHandler.Name).AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.Name, _ => { });
            b.Services.AddAuthorizationBuilder()
                .AddPolicy(StaffPolicies.Staff, p => p.RequireAuthenticatedUser())
                .AddPolicy(StaffPolicies.Reviewer, p => p.RequireRole(StaffPolicies.Reviewer, StaffPolicies.Administrator))
                .AddPolicy(StaffPolicies.Administrator, p => p.RequireRole(StaffPolicies.Administrator));
        });
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        return new ProgressTestApp(database, app, planId);
    }

    public string ItemUrl(string key, object fiscalYear, string? department = null, string? step = null) =>
        $"/api/v1/plans/{PlanId}/items/{Uri.EscapeDataString(key)}/progress/{Uri.EscapeDataString(fiscalYear.ToString()!)}"
        + (step is null ? "" : "/" + step)
        + (department is null ? "" : "?department=" + Uri.EscapeDataString(department));

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, TestUser? user, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (user is not null)
            request.Headers.Add(TestUsers.Header, user.Id);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string url, TestUser? user) => SendAsync(HttpMethod.Get, url, user);

    /// <summary>PUTs a report with the version read as If-Match.</summary>
    public Task<HttpResponseMessage> PutAsync(string key, object fiscalYear, string? department, TestUser user, object body, int version) =>
        SendAsync(HttpMethod.Put, ItemUrl(key, fiscalYear, department), user, body, $"\"{version}\"");

    public Task<HttpResponseMessage> StepAsync(string key, object fiscalYear, string? department, string step, TestUser user, object? body = null) =>
        SendAsync(HttpMethod.Post, ItemUrl(key, fiscalYear, department, step), user, body);

    /// <summary>Every progress row and audit entry, as text: equal before and after means nothing was written.</summary>
    public async Task<string> StoredAsync()
    {
        await using var db = Database.NewContext();
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return JsonSerializer.Serialize(new
        {
            reports = await db.ProgressReports.AsNoTracking().OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.ItemKey, r.FiscalYear, r.DepartmentId, r.State, r.Planned, r.Result, r.StatusCode, r.Percent, r.Remarks, r.ReturnReason, r.Version })
                .ToListAsync(),
            indicators = await db.ReportIndicators.AsNoTracking().OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.ItemKey, i.DepartmentId, i.Name, i.Version, i.Targets, i.Actuals }).ToListAsync(),
            audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Action, a.ItemKey, a.Department, a.Before, a.After }).ToListAsync(),
            deadlines = await db.ProgressDeadlines.AsNoTracking().OrderBy(d => d.FiscalYear).Select(d => new { d.FiscalYear, d.Due }).ToListAsync(),
        }, options);
    }

    /// <summary>The service as <paramref name="user"/> would use it from a page, outside HTTP; dispose the scope after.</summary>
    public (AsyncServiceScope Scope, ProgressReports Reports) ServiceAs(TestUser? user, TimeProvider? clock = null)
    {
        var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return (scope, new ProgressReports(services.GetRequiredService<TorikumiDbContext>(), services.GetRequiredService<PortalPlans>(),
            new FixedUser(user), clock));
    }

    sealed class FixedUser(TestUser? user) : ICurrentUser
    {
        public bool IsAuthenticated => user is not null;
        public string? UserId => user?.Id;
        public string? Email => null;
        public string? DisplayName => user?.Name;
        public ProgressActor Actor => user?.Actor ?? ProgressActor.Public;
    }

    public async Task<List<Data.Entities.AuditEntry>> AuditEntriesAsync()
    {
        await using var db = Database.NewContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Reading API answers.</summary>
public static class Json
{
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static int ETagVersion(HttpResponseMessage response) =>
        int.Parse(response.Headers.ETag?.Tag.Trim('"') ?? throw new InvalidOperationException("no ETag"), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A clock stopped at one moment, for deadlines.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
