using Torikumi.Data;
using Torikumi.Data.Storage;

namespace Torikumi.Cli;

/// <summary>
/// The sample plan that <c>serve</c> imports into an empty database, so a fresh checkout shows something real:
/// 練馬区's published draft, shipped in samples/ and copied next to the built CLI.
/// </summary>
public static class SampleSeed
{
    public const string FileName = "nerima-action-plan-2022-2023-draft.txt";
    /// <summary>The sample is the ward's own document (see samples/README.md).</summary>
    const string SampleMunicipality = "練馬区";

    /// <summary>The sample next to the app, else in samples/ of the repository around the current directory.</summary>
    public static string? Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", FileName);
                if (File.Exists(candidate))
                    return candidate;
            }
        return null;
    }

    /// <summary>Imports the sample when no plan is stored. A failure is reported, never fatal: the server still starts.</summary>
    public static async Task ImportIfEmptyAsync(PlanStore store, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (await store.AnyPlanAsync(ct))
            return;
        if (Locate() is not { } path)
        {
            error.WriteLine($"The database holds no plan and the sample samples/{FileName} was not found; serving an empty database.");
            return;
        }
        try
        {
            var input = PlanFile.Read(path);
            if (input.Plan is null || input.SourceText is null)
            {
                error.WriteLine($"Could not read the sample plan ({input.Error}); serving an empty database.");
                return;
            }
            var result = await store.ImportAsync(new PlanImport(input.Plan, input.SourceText)
            {
                SourceEncoding = input.Encoding,
                SourceFormat = input.Format,
                SourceName = FileName,
                Municipality = input.Plan.Municipality is null ? SampleMunicipality : null,
            }, ct);
            output.WriteLine($"The database held no plan: sample {result}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Another node may have seeded at the same moment, or the parser may refuse the sample: say so and go on.
            error.WriteLine($"Could not import the sample plan ({e.GetType().Name}: {e.Message}); serving without it.");
        }
    }
}
