namespace Torikumi.Core.Comments;

/// <summary>How an opinion reached the ward (提出方法).</summary>
public enum SubmissionChannel
{
    /// <summary>ウェブフォーム: Torikumi's own form.</summary>
    Web,

    /// <summary>郵送.</summary>
    Post,

    /// <summary>ファクス.</summary>
    Fax,

    /// <summary>電子メール.</summary>
    Email,

    /// <summary>窓口: handed in at a counter.</summary>
    Counter,

    /// <summary>電子申請: the ward's e-application form service, handing opinions over through the API.</summary>
    Form,
}

public static class SubmissionChannels
{
    static readonly Labels<SubmissionChannel> Table = new Labels<SubmissionChannel>(
        (SubmissionChannel.Web, "web", "ウェブフォーム", "Web form"),
        (SubmissionChannel.Post, "post", "郵送", "Post"),
        (SubmissionChannel.Fax, "fax", "ファクス", "Fax"),
        (SubmissionChannel.Email, "email", "電子メール", "E-mail"),
        (SubmissionChannel.Counter, "counter", "窓口", "At a counter"),
        (SubmissionChannel.Form, "form", "電子申請", "E-application form"))
        .Also(SubmissionChannel.Fax, "ファックス", "FAX")
        .Also(SubmissionChannel.Email, "メール", "e-mail", "mail")
        .Also(SubmissionChannel.Web, "ウェブ", "ホームページ")
        .Also(SubmissionChannel.Counter, "持参");

    public static IReadOnlyList<SubmissionChannel> All { get; } = Enum.GetValues<SubmissionChannel>();

    public static string Label(SubmissionChannel c, bool english = false) => Table.Label(c, english);

    public static string Code(SubmissionChannel c) => Table.Code(c);

    public static SubmissionChannel? Parse(string? text) => Table.Parse(text);
}
