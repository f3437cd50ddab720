using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Torikumi.Web.Features.Comments;

/// <summary>The e-mail receipt (受付確認メール) of a web submission.</summary>
public sealed record ReceiptMessage(string To, string Subject, string Body);

/// <summary>Sends receipts; tests register a fake. <see cref="IsConfigured"/> false means the receipt page says no mail was sent.</summary>
public interface IReceiptMailer
{
    bool IsConfigured { get; }
    /// <summary>True when the server accepted the message; a failure is logged, never shown as a refused submission.</summary>
    Task<bool> SendAsync(ReceiptMessage message, CancellationToken ct = default);
}

/// <summary>Configuration section <c>Mail:Smtp</c> (docs/comments.md): Host, Port, User, Password, From, StartTls.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Mail:Smtp";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@localhost";
    /// <summary>Upgrade the connection with STARTTLS when the server offers it (auto), or never (false, for a local relay).</summary>
    public bool StartTls { get; set; } = true;
}

/// <summary>MailKit over SMTP; configured when <see cref="SmtpOptions.Host"/> is set.</summary>
sealed class SmtpReceiptMailer(IOptions<SmtpOptions> options, ILogger<SmtpReceiptMailer> log) : IReceiptMailer
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task<bool> SendAsync(ReceiptMessage message, CancellationToken ct = default)
    {
        if (!IsConfigured)
            return false;
        var o = options.Value;
        try
        {
            var mail = new MimeMessage();
            mail.From.Add(MailboxAddress.Parse(o.From));
            mail.To.Add(MailboxAddress.Parse(message.To));
            mail.Subject = message.Subject;
            mail.Body = new TextPart("plain") { Text = message.Body };
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(o.Host!, o.Port, o.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(o.User))
                await smtp.AuthenticateAsync(o.User, o.Password ?? "", ct);
            await smtp.SendAsync(mail, ct);
            await smtp.DisconnectAsync(true, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The opinion is stored whatever the mail server does; the receipt page then says no mail was sent.
            log.LogWarning(e, "Could not send a comment receipt by e-mail through {Host}:{Port}", o.Host, o.Port);
            return false;
        }
    }
}
