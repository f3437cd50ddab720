namespace Torikumi.Bench;

/// <summary>The repository's sample plan (練馬区's published draft), the input of every benchmark.</summary>
public static class SampleText
{
    public const string FileName = "nerima-action-plan-2022-2023-draft.txt";

    /// <summary>
    /// Read from the build output (the project copies samples/*.txt there), else from the repository above it:
    /// BenchmarkDotNet runs the benchmarks from a generated project whose output may not hold the copy.
    /// </summary>
    public static string Load() => File.ReadAllText(Find());

    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", FileName);
            if (File.Exists(path))
                return path;
        }
        throw new FileNotFoundException($"samples/{FileName} not found in or above {AppContext.BaseDirectory}. "
            + "Run the benchmarks from the repository (dotnet run -c Release --project bench/Torikumi.Bench).");
    }
}
