namespace Torikumi.Core.Comments;

/// <summary>
/// One finding of a comment rule, in both interface languages: what is wrong and how to fix it. <see cref="Code"/> is a
/// stable name for programs (API error bodies, tests); the two texts are for people.
/// </summary>
public sealed record CommentMessage(string Code, string Japanese, string English)
{
    public string Text(bool english) => english ? English : Japanese;

    public override string ToString() => $"{Code}: {Japanese}";
}
