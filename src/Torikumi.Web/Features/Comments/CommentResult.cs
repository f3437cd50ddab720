namespace Torikumi.Web.Features.Comments;

/// <summary>What went wrong, as the API maps it to a status code and the pages to a message.</summary>
public enum RefusalKind
{
    /// <summary>No such plan, period or opinion, or nothing the caller may see (404).</summary>
    NotFound,
    /// <summary>Not signed in (401).</summary>
    SignIn,
    /// <summary>Signed in, but the role or department does not allow it (403).</summary>
    Forbidden,
    /// <summary>The input breaks rules; each error names its field (400).</summary>
    Invalid,
    /// <summary>Someone changed it since the caller read it (409, with the current version).</summary>
    Stale,
    /// <summary>Not possible now: outside the period, a duplicate, publication with personal data left (409).</summary>
    Conflict,
    /// <summary>Too many submissions from this client recently (429).</summary>
    TooMany,
    /// <summary>The request is larger than a submission can be (413).</summary>
    TooLarge,
}

/// <summary>One broken rule of the input: the field (the form input's id or the JSON property) and the message.</summary>
public sealed record CommentError(string Field, string Japanese, string English)
{
    public string Text(bool english) => english ? English : Japanese;
}

/// <summary>Why the public comment service refused, in Japanese (shown first) and English, always saying what to do.</summary>
public sealed record CommentRefusal(RefusalKind Kind, string Japanese, string English, IReadOnlyList<CommentError>? Errors = null,
    int? CurrentVersion = null)
{
    public string Text(bool english) => english ? English : Japanese;

    public static CommentRefusal Invalid(IReadOnlyList<CommentError> errors) =>
        new(RefusalKind.Invalid, "入力内容を確認してください。", "Some of the input is not valid.", errors);

    public static CommentRefusal Invalid(string field, string japanese, string english) => Invalid([new CommentError(field, japanese, english)]);

    public static CommentRefusal NotFound(string japanese, string english) => new(RefusalKind.NotFound, japanese, english);

    public static CommentRefusal Forbidden(bool signedIn) => signedIn
        ? new(RefusalKind.Forbidden, "この操作を行う権限がありません。", "Your account may not do this.")
        : new(RefusalKind.SignIn, "職員としてサインインしてください。", "Sign in as staff.");

    public override string ToString() => $"{Kind}: {Japanese} / {English}";
}

/// <summary>The answer of a comment service method: a value, or why not.</summary>
public sealed record CommentResult<T>(T? Value, CommentRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static implicit operator CommentResult<T>(T value) => new(value, null);
    public static implicit operator CommentResult<T>(CommentRefusal refusal) => new(default, refusal);
}
