using Torikumi.Core.Revisions;
using Torikumi.Core.Tests.Revisions.Support;
using Xunit.Abstractions;

namespace Torikumi.Core.Tests.Revisions;

/// <summary>
/// The matcher against revisions of the sample whose true correspondence is known (see <see cref="Reviser"/>):
/// precision and recall over several seeds and intensities, printed, and held at 0.98 or better.
/// </summary>
public sealed class MatchAccuracyTests(ITestOutputHelper output)
{
    public static readonly int[] Seeds = [.. Enumerable.Range(1, 16)];
    public static readonly double[] Intensities = [0.25, 0.5, 1.0, 2.0, 3.0];

    [Fact]
    public void matcher_finds_the_true_correspondence_with_precision_and_recall_of_at_least_0_98()
    {
        var perIntensity = new List<(double Intensity, MatchScore Score)>();
        foreach (var intensity in Intensities)
        {
            var scores = new List<MatchScore>();
            foreach (var seed in Seeds)
            {
                var revised = new Reviser(seed, intensity).Revise(Sample.Plan);
                var match = VersionMatcher.Match(Sample.Plan, revised.Plan);
                var score = MatchScore.Of(revised.Truth, match.Matches);
                scores.Add(score);
                if (score.Entries.Precision < 1 || score.Entries.Recall < 1)
                    output.WriteLine(Mistakes(seed, intensity, revised, match));
            }
            var sum = MatchScore.Sum(scores);
            perIntensity.Add((intensity, sum));
            output.WriteLine($"intensity {intensity} ({Seeds.Length} seeds)\n{sum.Table()}\n");
        }
        var all = MatchScore.Sum(perIntensity.Select(p => p.Score));
        output.WriteLine($"all\n{all.Table()}");

        Assert.True(all.Links.Precision >= 0.98, $"link precision {all.Links.Precision:0.0000}");
        Assert.True(all.Links.Recall >= 0.98, $"link recall {all.Links.Recall:0.0000}");
        Assert.True(all.Entries.Precision >= 0.98, $"entry precision {all.Entries.Precision:0.0000}");
        Assert.True(all.Entries.Recall >= 0.98, $"entry recall {all.Entries.Recall:0.0000}");
        foreach (var (intensity, score) in perIntensity)
            Assert.True(score.Links.Precision >= 0.98 && score.Links.Recall >= 0.98, $"intensity {intensity}: {score.Table()}");
    }

    static string Mistakes(int seed, double intensity, RevisedPlan revised, VersionMatch match)
    {
        static string Entry(ItemMatch m) => $"{RevisionReport.Name(m.Kind)} {string.Join(',', m.OldKeys)} → {string.Join(',', m.NewKeys)}";
        var truth = revised.Truth.Select(Entry).ToHashSet();
        var found = match.Matches.Select(m => (Text: Entry(m), m.Confidence)).ToList();
        var lines = new List<string> { $"seed {seed}, intensity {intensity}:" };
        lines.AddRange(truth.Except(found.Select(f => f.Text)).Select(t => $"  missed {t}"));
        lines.AddRange(found.Where(f => !truth.Contains(f.Text)).Select(f => $"  wrong  {f.Text} ({f.Confidence:0.00})"));
        return string.Join('\n', lines);
    }
}
