using System.Diagnostics;
using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;
using Torikumi.Core.Tests.Revisions.Support;

namespace Torikumi.Bench;

/// <summary>
/// `revisions [RUNS]`: times <see cref="VersionMatcher.Match"/> on the sample against a revision of it, and on two
/// generated plans of 2,000+ items (issue 6 aims: 200 ms and 5 s). The revisions come from the tests' Reviser
/// (linked into this project), seed 1, intensity 0.5. Stopwatch, not BenchmarkDotNet: one operation is long enough.
/// </summary>
public static class RevisionsBench
{
    public static int Run(string[] args)
    {
        if (args is [_, "write", var dir, ..])
            return Write(dir, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1,
                args.Length > 4 ? double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 0.5);
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var sample = PlanParser.Parse(SampleText.Load()).Plan!;
        Time("sample", sample, new Reviser(1, 0.5).Revise(sample), runs, "200 ms");
        var large = LargePlan.Build(sample, 2000);
        Time("2,000-item plans", large, new Reviser(1, 0.5).Revise(large), Math.Max(3, runs / 3), "5 s");
        return 0;
    }

    /// <summary>
    /// `revisions write DIR [SEED] [INTENSITY]`: the sample and a revision of it as open-data JSON (to try
    /// `torikumi diff` or the confirmation page by hand), with the true correspondence as `torikumi diff --json` writes it.
    /// </summary>
    static int Write(string dir, int seed, double intensity)
    {
        var sample = PlanParser.Parse(SampleText.Load()).Plan!;
        var revised = new Reviser(seed, intensity).Revise(sample);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "sample.json"), Torikumi.Core.Export.PlanJson.Serialize(sample));
        File.WriteAllText(Path.Combine(dir, $"revised-{seed}.json"), Torikumi.Core.Export.PlanJson.Serialize(revised.Plan));
        File.WriteAllText(Path.Combine(dir, $"truth-{seed}.json"), RevisionReport.ToJson(new VersionMatch(revised.Truth, revised.OrganisationChanges)));
        File.WriteAllLines(Path.Combine(dir, $"edits-{seed}.txt"), revised.Log);
        Console.WriteLine($"wrote sample.json, revised-{seed}.json, truth-{seed}.json and edits-{seed}.txt ({revised.Log.Count} edits) to {dir}");
        return 0;
    }

    static void Time(string name, PlanDocument older, RevisedPlan revised, int runs, string aim)
    {
        var newer = revised.Plan;
        var match = VersionMatcher.Match(older, newer); // warm-up: JIT and first-call costs are not what is measured
        var times = new List<double>();
        // CPU time as well as wall time: on a shared, loaded machine the wall time mostly measures the wait for a core.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var k = 0; k < runs; k++)
        {
            var watch = Stopwatch.StartNew();
            match = VersionMatcher.Match(older, newer);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        times.Sort();
        var summary = string.Join(", ", RevisionReport.Summary(match).Where(k => k.Value > 0).Select(k => $"{RevisionReport.Name(k.Key)} {k.Value}"));
        Console.WriteLine($"{name}: {older.AllItems.Count()} → {newer.AllItems.Count()} items, {runs} runs: " +
            $"median {times[times.Count / 2]:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms, CPU {cpuPerRun:0.0} ms per run (aim: under {aim})");
        Console.WriteLine($"  {summary}; {match.OrganisationChanges.Count} organisation changes");
        var score = MatchScore.Of(revised.Truth, match.Matches);
        Console.WriteLine($"  against the truth: links precision {score.Links.Precision:0.0000} recall {score.Links.Recall:0.0000}, " +
            $"entries precision {score.Entries.Precision:0.0000} recall {score.Entries.Recall:0.0000}");
    }
}
