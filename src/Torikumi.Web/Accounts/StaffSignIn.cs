using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Accounts;

/// <summary>
/// Signing in with a password, and confirming it again before sensitive changes. Both count failures towards the
/// lockout (5 failures: 15 minutes) and stamp the cookie with the time the password was entered
/// (<see cref="RecentPassword"/>).
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, TimeProvider time)
{
    public async Task<SignInResult> PasswordSignInAsync(string email, string password)
    {
        var user = email.Length <= StaffDirectory.MaxEmailLength ? await users.FindByEmailAsync(email.Trim()) : null;
        if (user is null)
        {
            // As slow as a real check, so the answer time does not tell which e-mail addresses have accounts.
            users.PasswordHasher.HashPassword(new StaffUser { DisplayName = "" }, password);
            return SignInResult.Failed;
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
            await SignInAsync(user);
        return result;
    }

    /// <summary>Re-authentication of the signed-in <paramref name="user"/>; on success the cookie gets a fresh time.</summary>
    public async Task<SignInResult> ConfirmPasswordAsync(StaffUser user, string password)
    {
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
            await SignInAsync(user);
        return result;
    }

    /// <summary>Issues the cookie for a user who has just entered their password (also after changing it).</summary>
    public Task SignInAsync(StaffUser user) =>
        signIn.SignInWithClaimsAsync(user, isPersistent: false, [RecentPassword.ClaimFor(time.GetUtcNow()), new Claim("amr", "pwd")]);

    public Task SignOutAsync() => signIn.SignOutAsync();
}
