using System.CommandLine;
using Torikumi.Cli.Verbs;

namespace Torikumi.Cli;

/// <summary>
/// The command line as a value, so tests run it in-process. Verbs never touch <see cref="Console"/>: they
/// write to <c>parseResult.InvocationConfiguration.Output</c> and <c>.Error</c>, which the caller chooses
/// (the real console in Program.cs, StringWriters in tests).
/// </summary>
public static class CliApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Torikumi (取組): municipal action plans — parse, store, publish, report progress.")
        {
            ServeVerb.Create(),
            ParseVerb.Create(),
            ImportVerb.Create(),
            ExportVerb.Create(),
            DiffVerb.Create(),
            UsersVerb.Create(),
            CommentsVerb.Create(),
        };
        // Usage lines say "torikumi" also when the host is `dotnet torikumi.dll` or a test runner.
        root.HelpName = "torikumi";
        CliHelp.AddExamples(root);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given output and error; returns the exit code.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CreateRootCommand().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
}
