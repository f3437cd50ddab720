using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Torikumi.Core.Progress;

namespace Torikumi.Web.Accounts;

/// <summary>Policies beyond the <see cref="StaffPolicies"/> contract.</summary>
public static class AccountPolicies
{
    /// <summary>API: any signed-in account, whatever its roles (cookie or token).</summary>
    public const string SignedIn = "signed-in";
}

/// <summary>The policies of page folders: like <see cref="StaffPolicies"/>, but by cookie only (never by token).</summary>
public static class PagePolicies
{
    public const string SignedIn = "page:signed-in";
    public const string Staff = "page:staff";
    public const string Reviewer = "page:reviewer";
    public const string Administrator = "page:administrator";
}

/// <summary>
/// Holds when the request's account (as loaded from the database by <see cref="CurrentUser"/>) is signed in and has
/// one of <see cref="AnyOf"/> (any account when <see cref="ProgressRoles.None"/>). Roles in the cookie are never trusted.
/// </summary>
public sealed record StaffRequirement(ProgressRoles AnyOf) : IAuthorizationRequirement;

sealed class StaffRequirementHandler(IHttpContextAccessor http) : AuthorizationHandler<StaffRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRequirement requirement)
    {
        var user = http.HttpContext?.RequestServices.GetService<ICurrentUser>();
        if (user is { IsAuthenticated: true } && (requirement.AnyOf == ProgressRoles.None || (user.Actor.Roles & requirement.AnyOf) != 0))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Every policy and every folder rule, in one place.</summary>
static class StaffAuthorization
{
    const ProgressRoles AnyStaff = ProgressRoles.DepartmentEditor | ProgressRoles.Reviewer | ProgressRoles.Administrator;
    const ProgressRoles ReviewerOrAdministrator = ProgressRoles.Reviewer | ProgressRoles.Administrator;

    public static void AddPolicies(AuthorizationOptions o)
    {
        string[] api = [AccountSchemes.Cookie, AccountSchemes.Token];
        string[] pages = [AccountSchemes.Cookie];
        o.AddPolicy(StaffPolicies.Staff, Policy(api, AnyStaff));
        o.AddPolicy(StaffPolicies.Reviewer, Policy(api, ReviewerOrAdministrator));
        o.AddPolicy(StaffPolicies.Administrator, Policy(api, ProgressRoles.Administrator));
        o.AddPolicy(AccountPolicies.SignedIn, Policy(api, ProgressRoles.None));
        // A bare [Authorize] or RequireAuthorization() still checks the account in the database.
        o.DefaultPolicy = Policy(api, ProgressRoles.None);
        o.AddPolicy(PagePolicies.SignedIn, Policy(pages, ProgressRoles.None));
        o.AddPolicy(PagePolicies.Staff, Policy(pages, AnyStaff));
        o.AddPolicy(PagePolicies.Reviewer, Policy(pages, ReviewerOrAdministrator));
        o.AddPolicy(PagePolicies.Administrator, Policy(pages, ProgressRoles.Administrator));
    }

    /// <summary>
    /// Folder rules for pages: /account needs a signed-in account (except signing in), /admin the administrator, and
    /// /staff (the progress pages) any staff role. A page outside these folders is public.
    /// </summary>
    public static void ConfigurePages(RazorPagesOptions o)
    {
        o.Conventions.AuthorizeFolder("/Account", PagePolicies.SignedIn);
        o.Conventions.AllowAnonymousToPage("/Account/Login");
        o.Conventions.AllowAnonymousToPage("/Account/Logout");
        o.Conventions.AllowAnonymousToPage("/Account/Denied");
        o.Conventions.AuthorizeFolder("/Admin", PagePolicies.Administrator);
        o.Conventions.AuthorizeFolder("/Staff", PagePolicies.Staff);
    }

    static AuthorizationPolicy Policy(string[] schemes, ProgressRoles anyOf) =>
        new AuthorizationPolicyBuilder(schemes).RequireAuthenticatedUser().AddRequirements(new StaffRequirement(anyOf)).Build();
}
