using Torikumi.Data.Storage;

namespace Torikumi.Cli;

/// <summary>Prints stored plans one per line, for messages that ask the user to choose one.</summary>
static class PlanList
{
    public static void Write(IEnumerable<PlanSummary> plans, TextWriter writer)
    {
        foreach (var p in plans)
            writer.WriteLine($"  {p.Id}  {p.Municipality}  {p.Title}  (version {p.LatestVersion}{(p.LatestStage is null ? "" : $", {p.LatestStage}")})");
    }
}
