using BenchmarkDotNet.Attributes;
using Torikumi.Core.Parsing;

namespace Torikumi.Bench;

/// <summary>
/// The parser on the sample (target: under 5 ms per parse) and on a 100-plan corpus (target: at least 20 MB/s,
/// allocations under 10× the input). One operation of <see cref="Corpus"/> parses all 100 texts.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParserBenchmarks : IHasInputSize
{
    public const int CorpusSize = 100;

    string sample = "";
    IReadOnlyList<string> corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        sample = SampleText.Load();
        corpus = new CorpusGenerator(sample).Generate(CorpusSize);
        // Also in the log, so MB/s can be checked by hand: bytes / mean time.
        Console.WriteLine($"// sample: {CorpusGenerator.Utf8Bytes([sample])} UTF-8 bytes; corpus: {CorpusSize} plans, {CorpusGenerator.Utf8Bytes(corpus)} UTF-8 bytes");
    }

    [Benchmark]
    public ParseResult Sample() => PlanParser.Parse(sample);

    [Benchmark]
    public int Corpus()
    {
        var pillars = 0;
        foreach (var text in corpus)
            pillars += PlanParser.Parse(text).Plan?.Pillars.Count ?? 0;
        return pillars;
    }

    public static long? InputBytes(string benchmark) => benchmark switch
    {
        nameof(Sample) => CorpusGenerator.Utf8Bytes([SampleText.Load()]),
        nameof(Corpus) => CorpusBytes.Value,
        _ => null,
    };

    static readonly Lazy<long> CorpusBytes = new(() =>
        CorpusGenerator.Utf8Bytes(new CorpusGenerator(SampleText.Load()).Generate(CorpusSize)));
}
