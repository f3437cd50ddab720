using Torikumi.Core.Progress;
using Torikumi.Web.Accounts;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// Whoever runs the CLI on the server: an administrator as far as the public comment is concerned (shell access to the
/// server is more than any account has). Recorded in the audit trail as <c>cli</c>.
/// </summary>
public sealed class CommandLineUser : ICurrentUser
{
    public bool IsAuthenticated => true;
    public string? UserId => "cli";
    public string? Email => null;
    public string? DisplayName => "torikumi (CLI)";
    public ProgressActor Actor => ProgressActor.Administrator;
}
