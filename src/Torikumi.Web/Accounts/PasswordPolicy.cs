using Microsoft.AspNetCore.Identity;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Accounts;

/// <summary>
/// Passwords the NIST way (SP 800-63B): at least 12 characters, any characters, no composition rules, no expiry; refused
/// only when easy to guess — the account's own e-mail (or its part before @), one repeated character, or a very common
/// password. At most 256 characters, so hashing stays bounded.
/// </summary>
public sealed class StaffPasswordValidator : IPasswordValidator<StaffUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "password1234", "password12345", "passwordpassword",
        "qwertyuiopasdf", "qwertyuiop123", "qwerty123456", "abcdefghijkl", "abcd1234abcd", "iloveyou1234",
        "administrator", "torikumitorikumi", "p@ssw0rd1234", "welcome12345", "aaaaaaaaaaaa",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        var errors = new List<IdentityError>();
        password ??= "";
        if (password.Length > MaximumLength)
            errors.Add(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = AccountText.T($"パスワードは{MaximumLength}文字以内にしてください。", $"Passwords must be at most {MaximumLength} characters."),
            });
        var email = user.Email ?? user.UserName ?? "";
        var local = email.Split('@')[0];
        if (email.Length > 0 && (string.Equals(password.Trim(), email, StringComparison.OrdinalIgnoreCase)
            || (local.Length > 0 && string.Equals(password.Trim(), local, StringComparison.OrdinalIgnoreCase))))
            errors.Add(new IdentityError
            {
                Code = "PasswordIsEmail",
                Description = AccountText.T("メールアドレスをパスワードにすることはできません。", "The e-mail address cannot be the password."),
            });
        else if (password.Length > 0 && (password.Distinct().Count() == 1 || Common.Contains(password)))
            errors.Add(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = AccountText.T("推測されやすいパスワードです。別のパスワードにしてください(長い文を使うのがおすすめです)。",
                    "This password is too easy to guess; choose another (a long phrase works well)."),
            });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static void Configure(PasswordOptions o)
    {
        o.RequiredLength = MinimumLength;
        o.RequireDigit = false;
        o.RequireLowercase = false;
        o.RequireUppercase = false;
        o.RequireNonAlphanumeric = false;
        o.RequiredUniqueChars = 1;
    }
}

/// <summary>Identity's messages that people meet here, in Japanese or English; the rest keep Identity's wording.</summary>
public sealed class StaffIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = AccountText.T($"パスワードは{length}文字以上にしてください(記号や数字を混ぜる必要はありません)。",
            $"Passwords must be at least {length} characters (no need for symbols or digits)."),
    };

    public override IdentityError PasswordMismatch() => new()
    {
        Code = nameof(PasswordMismatch),
        Description = AccountText.T("現在のパスワードが違います。", "The current password is not correct."),
    };

    public override IdentityError DuplicateEmail(string email) => new()
    {
        Code = nameof(DuplicateEmail),
        Description = AccountText.T($"{email} のアカウントは既にあります。", $"An account for {email} already exists."),
    };

    public override IdentityError DuplicateUserName(string userName) => new()
    {
        Code = nameof(DuplicateUserName),
        Description = AccountText.T($"{userName} のアカウントは既にあります。", $"An account for {userName} already exists."),
    };

    public override IdentityError InvalidEmail(string? email) => new()
    {
        Code = nameof(InvalidEmail),
        Description = AccountText.T($"「{email}」はメールアドレスの形ではありません。", $"“{email}” is not an e-mail address."),
    };
}

/// <summary>A disabled account may not sign in (Identity asks this before checking the password).</summary>
public sealed class EnabledAccountConfirmation : IUserConfirmation<StaffUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(!user.IsDisabled);
}
