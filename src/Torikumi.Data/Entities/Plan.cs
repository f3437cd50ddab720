namespace Torikumi.Data.Entities;

/// <summary>
/// An action plan (アクションプラン) of a municipality, identified by municipality and title (stage mark removed);
/// each import of a changed text is a new <see cref="PlanVersion"/>.
/// </summary>
public sealed class Plan
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;
    /// <summary>The title that identifies the plan across stages, e.g. without 【素案】.</summary>
    public required string Title { get; set; }
    public List<PlanVersion> Versions { get; set; } = [];
}
