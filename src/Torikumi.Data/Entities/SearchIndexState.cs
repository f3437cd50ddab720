namespace Torikumi.Data.Entities;

/// <summary>
/// The one row that describes the search index as a whole: the next document id to hand out (ids are never reused,
/// so a posting left over from a removed version can never point at a new document) and the format it was built
/// with, so a change of the normalisation or gram rules makes the app rebuild it.
/// </summary>
public sealed class SearchIndexState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public int NextDocumentId { get; set; } = 1;
    public int Format { get; set; }
}
