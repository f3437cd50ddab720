using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Torikumi.Data;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Accounts;

/// <summary>Staff accounts: Identity on our database, the cookie and token schemes, the policies and the account pages.</summary>
public static class AccountServices
{
    /// <summary>The data-protection application name: every node must use the same one to read the shared key ring.</summary>
    public const string ApplicationName = "Torikumi";

    /// <summary>
    /// Identity without the web (UserManager, password and lockout rules, the stores, <see cref="StaffDirectory"/> and
    /// <see cref="AccessTokenStore"/>): what the CLI needs too. Expects <see cref="TorikumiDb.AddTorikumiData"/>.
    /// </summary>
    public static IdentityBuilder AddStaffIdentity(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<StaffDirectory>();
        services.AddScoped<AccessTokenStore>();
        return services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TorikumiDbContext>()
            .AddErrorDescriber<StaffIdentityErrors>()
            .AddPasswordValidator<StaffPasswordValidator>()
            .AddUserConfirmation<EnabledAccountConfirmation>();
    }

    /// <summary>Everything the web app needs for accounts; pair with <see cref="UseAccounts"/>.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddStaffIdentity().AddSignInManager();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<StaffSignIn>();
        // Every anonymous API call is "challenged"; that is no news worth a log line (the cookie's are quiet too).
        services.AddLogging(b => b.AddFilter(typeof(PersonalAccessTokenHandler).FullName, Microsoft.Extensions.Logging.LogLevel.Warning));

        // Keys in the database: a cookie or form issued by one node opens on every other, and survives restarts.
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<TorikumiDbContext>();

        services.AddAuthentication(AccountSchemes.Default)
            .AddPolicyScheme(AccountSchemes.Default, null, o => o.ForwardDefaultSelector = context =>
                AccountSchemes.IsApi(context.Request) && HasBearer(context.Request) ? AccountSchemes.Token : AccountSchemes.Cookie)
            .AddCookie(AccountSchemes.Cookie, StaffCookie.Configure)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(AccountSchemes.Token, null);
        services.AddAuthorization(StaffAuthorization.AddPolicies);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, StaffRequirementHandler>();
        services.Configure<RazorPagesOptions>(StaffAuthorization.ConfigurePages);
        return services;
    }

    /// <summary>
    /// Authentication and authorisation in the pipeline (after localisation, so sign-in pages speak the request's
    /// language, and after the security headers, so 401 and 403 answers carry them), and <c>/api/v1/me</c>.
    /// </summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMeApi();
        return app;
    }

    static void ConfigureIdentity(IdentityOptions o)
    {
        StaffPasswordValidator.Configure(o.Password);
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
        // The user name is the e-mail address, checked by StaffDirectory; Identity's character list would refuse some.
        o.User.AllowedUserNameCharacters = "";
        // "Confirmed" means "not disabled" here (EnabledAccountConfirmation).
        o.SignIn.RequireConfirmedAccount = true;
    }

    static bool HasBearer(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
