using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Torikumi.Data;
using Torikumi.Data.Storage;
using Torikumi.Web.Accounts;
using Torikumi.Web.Features.Comments;
using Torikumi.Web.Tests.Accounts.Support;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Comments;

/// <summary>Keeps the receipts instead of sending them; <see cref="Configured"/> says whether a mail server "exists".</summary>
public sealed class FakeMailer : IReceiptMailer
{
    public bool Configured { get; set; }
    public List<ReceiptMessage> Sent { get; } = [];
    public bool IsConfigured => Configured;

    public Task<bool> SendAsync(ReceiptMessage message, CancellationToken ct = default)
    {
        Sent.Add(message);
        return Task.FromResult(true);
    }
}

/// <summary>
/// The web app over a fresh database holding <see cref="RichPlan"/> (a 素案 with departments), a movable clock, a fake
/// mailer, and the accounts the comment tests act as: an administrator, a reviewer and an editor of こども家庭部.
/// </summary>
public sealed class CommentsApp : IAsyncDisposable
{
    public const string Admin = "admin@example.jp";
    public const string Reviewer = "review@example.jp";
    public const string Kodomo = "kodomo@example.jp";
    public const string Kumin = "kumin@example.jp";
    public const string Item = "1-1-1";

    CommentsApp(TestDatabase database, WebApplication app, MovableClock clock, FakeMailer mailer, int planId)
    {
        Database = database;
        App = app;
        Clock = clock;
        Mailer = mailer;
        PlanId = planId;
    }

    public TestDatabase Database { get; }
    public WebApplication App { get; }
    public MovableClock Clock { get; }
    public FakeMailer Mailer { get; }
    public int PlanId { get; }

    public static async Task<CommentsApp> StartAsync(string provider, int rateLimit = 50, bool mail = false,
        Action<WebApplicationBuilder>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        int planId;
        await using (var context = database.NewContext())
            planId = (await new PlanStore(context).ImportAsync(new PlanImport(RichPlan.Build(), "source"))).PlanId;
        var clock = new MovableClock();
        var mailer = new FakeMailer { Configured = mail };
        var app = WebApp.Create(new WebAppSettings(database.Config), b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton<TimeProvider>(clock);
            b.Services.RemoveAll<IReceiptMailer>();
            b.Services.AddSingleton<IReceiptMailer>(mailer);
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Comments:RateLimitPerClient"] = rateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            configure?.Invoke(b);
        });
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        await app.AddAdministratorAsync(Admin);
        await app.AddReviewerAsync(Reviewer);
        await app.AddStaffAsync(Kodomo, ["editor"], ("こども家庭部", null));
        await app.AddStaffAsync(Kumin, ["editor"], ("区民部", null));
        return new CommentsApp(database, app, clock, mailer, planId);
    }

    /// <summary>Today in Japan by the app's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);

    /// <summary>Opens a period as the CLI does (an administrator on the server), by default from yesterday for 30 days.</summary>
    public async Task<PeriodView> OpenPeriodAsync(int fromDays = -1, int days = 30, string? reason = null, int retentionDays = 365)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var comments = Comments(scope.ServiceProvider);
        var result = await comments.OpenPeriodAsync(PlanId, new PeriodInput(Today.AddDays(fromDays), Today.AddDays(fromDays + days - 1),
            "郵送・ファクス・窓口でも受け付けます。", "企画課 03-0000-0000", reason, retentionDays));
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        return result.Value!.Period;
    }

    /// <summary>The service as the CLI sees it (an administrator), for set-up and checks.</summary>
    public PublicComments Comments(IServiceProvider services) => ActivatorUtilities.CreateInstance<PublicComments>(services, new CommandLineUser());

    public HttpClient Anonymous() => App.GetTestClient();

    public async Task<HttpClient> StaffAsync(string email) => App.TokenClient(await App.CreateTokenAsync(email));

    public StaffClient Resident() => new(App);

    public string FormUrl(string? key = Item) => $"/plans/{PlanId}/comment" + (key is null ? "" : "/" + key);

    /// <summary>Form → confirmation → send, as a browser would (anti-forgery tokens included); returns the last page.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Html)> CommentAsync(StaffClient resident, string text, string? key = Item,
        string? name = null, string? email = null, string? website = null, bool consent = true)
    {
        var fields = Fields(text, name, email, website, consent);
        var (confirm, html) = await resident.SubmitAsync(FormUrl(key), fields);
        if (confirm.StatusCode != HttpStatusCode.OK || html.QuerySelector("form[action*='handler=send']") is not { } form)
            return (confirm, html);
        // The confirmation page carries the fields; send exactly what it holds.
        var carried = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await resident.PostAsync(form.GetAttribute("action")!, carried);
    }

    /// <summary>Posts the send step directly (as a robot or a second tab would), with a fresh anti-forgery token.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Html)> SendAsync(StaffClient resident, string text, string? key = Item,
        string? website = null, string? token = null)
    {
        token ??= await TokenAsync(resident, key);
        return await resident.PostAsync(FormUrl(key) + "?handler=send", [.. Fields(text, null, null, website, true), new("__RequestVerificationToken", token)]);
    }

    /// <summary>The anti-forgery token of the resident's form page (while the period is open).</summary>
    public async Task<string> TokenAsync(StaffClient resident, string? key = Item)
    {
        var (_, html) = await resident.GetPageAsync(FormUrl(key));
        return html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{FormUrl(key)} shows no form");
    }

    static KeyValuePair<string, string>[] Fields(string text, string? name, string? email, string? website, bool consent) =>
    [
        new("Form.Text", text), new("Form.Name", name ?? ""), new("Form.Email", email ?? ""), new("Form.AddressArea", "resident"),
        new("Form.AgeGroup", "40s"), new("Form.Consent", consent ? "true" : "false"), new("Form.Website", website ?? ""),
    ];

    /// <summary>Enters an opinion through the staff API; returns its number.</summary>
    public async Task<int> EnterAsync(HttpClient staff, string text, string? item = Item, string channel = "post", string? name = null,
        string? email = null, string? address = null)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/plans/{PlanId}/comments",
            new { item, text, channel, receivedAt = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), name, email, address });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CommentEntered>())!.Number;
    }

    /// <summary>PUT with the current ETag.</summary>
    public async Task<HttpResponseMessage> PutAsync(HttpClient staff, int number, object body, string? etag = null)
    {
        if (etag is null)
        {
            var get = await staff.GetAsync($"/api/v1/plans/{PlanId}/comments/{number}");
            Assert.True(get.IsSuccessStatusCode, await get.Content.ReadAsStringAsync());
            etag = get.Headers.ETag!.Tag;
        }
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{PlanId}/comments/{number}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await staff.SendAsync(request);
    }

    public async Task<int> CountAsync<T>(Func<Torikumi.Data.TorikumiDbContext, IQueryable<T>> query)
    {
        await using var db = Database.NewContext();
        return await query(db).CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
