namespace Torikumi.Data.Storage;

/// <summary>The stages a plan passes through: 素案 (draft for public comment), 案 (proposal), 決定 (decided).</summary>
public static class PlanStages
{
    public const string Draft = "素案";
    public const string Proposal = "案";
    public const string Decided = "決定";

    public static readonly IReadOnlyList<string> All = [Draft, Proposal, Decided];

    public static bool IsKnown(string stage) => All.Contains(stage);
}
