namespace Torikumi.Data.Entities;

/// <summary>
/// The last number handed out in one series: receipt numbers per year (<c>receipt:2026</c>) and opinion numbers per
/// plan (<c>opinions:1</c>). Taken with one upsert statement, so intakes on several web nodes only queue for that
/// statement, never for a whole transaction.
/// </summary>
public sealed class CommentCounter
{
    public required string Key { get; set; }
    public int Last { get; set; }
}
