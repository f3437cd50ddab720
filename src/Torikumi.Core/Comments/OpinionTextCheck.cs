namespace Torikumi.Core.Comments;

/// <summary>
/// The outcome of <see cref="OpinionText.Check"/>. <see cref="Text"/> is the text to store when valid (NFC, line breaks
/// as LF, otherwise exactly as written); <see cref="Length"/> is the count a resident sees next to the field.
/// </summary>
public sealed record OpinionTextCheck(IReadOnlyList<CommentMessage> Errors, int Length, string? Text)
{
    public bool IsValid => Errors.Count == 0;
}
