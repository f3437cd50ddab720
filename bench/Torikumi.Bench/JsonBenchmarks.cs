using BenchmarkDotNet.Attributes;
using Torikumi.Core.Export;
using Torikumi.Core.Parsing;
using Torikumi.Core.Plans;

namespace Torikumi.Bench;

/// <summary>Writing the parsed sample as open-data JSON (what `parse --json` and `export` do per plan).</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class JsonBenchmarks : IHasInputSize
{
    PlanDocument plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        plan = ParsedSample();
        Console.WriteLine($"// JSON of the sample: {PlanJson.SerializeToUtf8(plan).Length} UTF-8 bytes");
    }

    [Benchmark]
    public string Serialize() => PlanJson.Serialize(plan);

    [Benchmark]
    public byte[] SerializeToUtf8() => PlanJson.SerializeToUtf8(plan);

    /// <summary>Here the size is the JSON written, so MB/s is output throughput.</summary>
    public static long? InputBytes(string benchmark) => PlanJson.SerializeToUtf8(ParsedSample()).Length;

    static PlanDocument ParsedSample() =>
        PlanParser.Parse(SampleText.Load()).Plan
        ?? throw new InvalidOperationException($"{SampleText.FileName} did not parse as a plan.");
}
