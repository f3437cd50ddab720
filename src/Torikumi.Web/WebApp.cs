using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Data;
using Microsoft.AspNetCore.Localization;
using Torikumi.Web.Features.Api;
using Torikumi.Web.Features.Downloads;
using Torikumi.Web.Features.Plans;
using Torikumi.Web.Portal;

namespace Torikumi.Web;

/// <summary>What the web app needs to start: its database and where to listen.</summary>
public sealed record WebAppSettings(DatabaseConfig Database)
{
    public string Urls { get; init; } = WebApp.DefaultUrls;
}

/// <summary>
/// Builds the web application; reads like a table of contents, one line per feature: the public portal (Razor
/// Pages under Features/) and the read API under /api/v1.
/// </summary>
public static class WebApp
{
    public const string DefaultUrls = "http://localhost:5000";

    /// <param name="configure">Lets a host or a test adjust the builder (e.g. a test server) before it is built.</param>
    public static WebApplication Create(WebAppSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(settings.Urls);
        // Quiet defaults (every SQL command at Information drowns the log); appsettings or Logging__LogLevel__… override them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            },
        });

        builder.Services.AddTorikumiData(settings.Database);
        builder.Services.AddProblemDetails();
        builder.Services.AddApiDocument();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddPortal();
        builder.Services.AddReverseProxy();
        Accounts.AccountServices.AddAccounts(builder.Services);
        Features.Progress.ProgressServices.AddProgress(builder.Services);
        builder.Services.AddScoped<Torikumi.Data.Revisions.IVersionCarryOver, Torikumi.Data.Progress.DiscardedCandidatesCarryOver>();
        Features.Revisions.RevisionServices.AddRevisions(builder.Services);
        Features.Comments.CommentServices.AddComments(builder.Services);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UsePortalStatusPages();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        Accounts.AccountServices.UseAccounts(app);

        app.MapRazorPages();
        app.MapLanguageSwitch();
        app.MapPlansApi();
        Features.Search.SearchApi.MapSearchApi(app);
        app.MapDownloads();
        app.MapApiDocument();
        Features.Progress.ProgressApi.MapProgressApi(app);
        Features.Progress.Public.ProgressDownloads.MapProgressDownloads(app);
        Features.Staff.Sheets.SheetEndpoints.MapProgressSheets(app);
        Features.Comments.CommentServices.MapComments(app);
        return app;
    }

    /// <summary>Brings the database schema and the search index up to date before the app serves anything.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TorikumiDbContext>();
        await db.MigrateAsync(ct);
        // Plans stored before the search index existed (or under an older index format) become searchable.
        await Data.Search.SearchIndexer.IndexPendingAsync(db, ct);
    }
}
