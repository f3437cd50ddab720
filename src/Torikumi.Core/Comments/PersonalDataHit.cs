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

public static class PersonalDataKinds
{
    /// <summary>電話番号 / Phone number …, for the flags shown to staff.</summary>
    public static string Label(PersonalDataKind kind, bool english = false) => (kind, english) switch
    {
        (PersonalDataKind.Phone, false) => "電話番号",
        (PersonalDataKind.Phone, true) => "Phone number",
        (PersonalDataKind.Email, false) => "メールアドレス",
        (PersonalDataKind.Email, true) => "E-mail address",
        (PersonalDataKind.PostalCode, false) => "郵便番号",
        (PersonalDataKind.PostalCode, true) => "Postal code",
        (PersonalDataKind.Address, false) => "住所",
        (PersonalDataKind.Address, true) => "Address",
        (PersonalDataKind.PersonName, false) => "氏名",
        _ => "Name",
    };
}
