using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Torikumi.Bench;

/// <summary>A benchmark class that knows how many input bytes one operation of each of its benchmarks processes.</summary>
public interface IHasInputSize
{
    /// <summary>UTF-8 bytes processed per operation by <paramref name="benchmark"/>, or null when not meaningful.</summary>
    static abstract long? InputBytes(string benchmark);
}

/// <summary>Adds Input, MB/s and Alloc/Input columns to the summary of a benchmark class implementing <see cref="IHasInputSize"/>.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new InputColumn(), new MegabytesPerSecondColumn(), new AllocationRatioColumn());
    }
}

/// <summary>
/// The sizes are computed in the host process from the same deterministic inputs the benchmark process builds,
/// because the benchmark instance lives in another process and cannot report back.
/// </summary>
abstract class InputSizeColumn : IColumn
{
    public abstract string Id { get; }
    public abstract string ColumnName { get; }
    public abstract string Legend { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var bytes = InputBytes(benchmarkCase);
        return bytes is null or 0 ? "-" : Format(summary[benchmarkCase], benchmarkCase, bytes.Value);
    }

    protected abstract string Format(BenchmarkReport? report, BenchmarkCase benchmarkCase, long inputBytes);

    static long? InputBytes(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (!typeof(IHasInputSize).IsAssignableFrom(type))
            return null;
        var method = type.GetInterfaceMap(typeof(IHasInputSize)).TargetMethods.Single();
        try
        {
            return (long?)method.Invoke(null, [benchmarkCase.Descriptor.WorkloadMethod.Name]);
        }
        catch (TargetInvocationException)
        {
            return null; // e.g. the JSON size needs the parser; a missing figure beats a failed summary
        }
    }

    public override string ToString() => ColumnName;
}

sealed class InputColumn : InputSizeColumn
{
    public override string Id => "Torikumi.Input";
    public override string ColumnName => "Input";
    public override string Legend => "UTF-8 bytes processed per operation";

    protected override string Format(BenchmarkReport? report, BenchmarkCase benchmarkCase, long inputBytes) =>
        inputBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " B";
}

sealed class MegabytesPerSecondColumn : InputSizeColumn
{
    public override string Id => "Torikumi.MBps";
    public override string ColumnName => "MB/s";
    public override string Legend => "Input bytes per second of the mean, in MB (10^6 bytes)";

    protected override string Format(BenchmarkReport? report, BenchmarkCase benchmarkCase, long inputBytes) =>
        report?.ResultStatistics is { } stats ? $"{inputBytes * 1e3 / stats.Mean:F1}" : "?";
}

sealed class AllocationRatioColumn : InputSizeColumn
{
    public override string Id => "Torikumi.AllocPerInput";
    public override string ColumnName => "Alloc/Input";
    public override string Legend => "Bytes allocated per operation divided by the input bytes (needs [MemoryDiagnoser])";

    protected override string Format(BenchmarkReport? report, BenchmarkCase benchmarkCase, long inputBytes) =>
        report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated ? $"{(double)allocated / inputBytes:F2}" : "?";
}
