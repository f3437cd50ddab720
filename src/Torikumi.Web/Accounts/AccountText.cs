using System.Globalization;

namespace Torikumi.Web.Accounts;

/// <summary>
/// Messages of account rules, in the language of the request (日本語 or English) like <see cref="Portal.UiText"/>; the
/// CLI runs them in English. Kept apart from UiText because the rules also run outside a request.
/// </summary>
static class AccountText
{
    public static string T(string japanese, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? japanese : english;
}
