namespace Torikumi.Core.Comments;

/// <summary>Where a comment period (意見募集期間) stands at a given moment.</summary>
public enum PeriodPhase
{
    NotYetOpen,
    Open,
    Closed,
}
