using System.Globalization;

namespace Torikumi.Bench.Progress;

/// <summary>Response times of one kind of request (thread-safe), and the failures by status.</summary>
sealed class Latencies(string name)
{
    readonly List<double> times = [];
    readonly Dictionary<string, int> failures = [];

    public string Name { get; } = name;

    public int Count
    {
        get
        {
            lock (times)
                return times.Count;
        }
    }

    public void Add(double milliseconds)
    {
        lock (times)
            times.Add(milliseconds);
    }

    public void Fail(string why)
    {
        lock (times)
            failures[why] = failures.GetValueOrDefault(why) + 1;
    }

    public void Clear()
    {
        lock (times)
        {
            times.Clear();
            failures.Clear();
        }
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];

    public string Summary(TimeSpan over)
    {
        List<double> sorted;
        string failed;
        lock (times)
        {
            sorted = [.. times.Order()];
            failed = failures.Count == 0 ? "none" : string.Join(", ", failures.Select(f => $"{f.Key}×{f.Value}"));
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name,-10} n={sorted.Count,6} ({sorted.Count / over.TotalSeconds,6:F0}/s)  p50 {Percentile(sorted, 50),6:F1} ms  p95 {Percentile(sorted, 95),6:F1} ms  p99 {Percentile(sorted, 99),6:F1} ms  max {(sorted.Count > 0 ? sorted[^1] : double.NaN),6:F1} ms  failed: {failed}");
    }
}
