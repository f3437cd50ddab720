namespace Torikumi.Core.Comments;

/// <summary>
/// Where the submitter lives, works or studies (住所区分), the optional, non-identifying question on the form. Who may
/// comment (区内在住・在勤・在学 and others concerned) follows the ward's rules; this only records the answer.
/// </summary>
public enum AddressArea
{
    /// <summary>区内在住.</summary>
    Resident,

    /// <summary>区内在勤.</summary>
    Worker,

    /// <summary>区内在学.</summary>
    Student,

    /// <summary>区外.</summary>
    Outside,
}

public static class AddressAreas
{
    static readonly Labels<AddressArea> Table = new Labels<AddressArea>(
        (AddressArea.Resident, "resident", "区内在住", "Lives in the ward"),
        (AddressArea.Worker, "worker", "区内在勤", "Works in the ward"),
        (AddressArea.Student, "student", "区内在学", "Studies in the ward"),
        (AddressArea.Outside, "outside", "区外", "Outside the ward"))
        .Also(AddressArea.Resident, "在住")
        .Also(AddressArea.Worker, "在勤")
        .Also(AddressArea.Student, "在学");

    public static IReadOnlyList<AddressArea> All { get; } = Enum.GetValues<AddressArea>();

    public static string Label(AddressArea a, bool english = false) => Table.Label(a, english);

    public static string Code(AddressArea a) => Table.Code(a);

    public static AddressArea? Parse(string? text) => Table.Parse(text);
}
