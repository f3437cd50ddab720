namespace Torikumi.Core.Comments;

/// <summary>The kinds of personal data (個人情報) <see cref="PersonalDataFinder"/> looks for in an opinion's text.</summary>
public enum PersonalDataKind
{
    Phone,
    Email,
    PostalCode,
    Address,
    PersonName,
}

/// <summary>One stretch of text that looks like personal data: UTF-16 offsets into the text as written.</summary>
public sealed record PersonalDataHit(PersonalDataKind Kind, int Start, int Length, string Text)
{
    public int End => Start + Length;
}
