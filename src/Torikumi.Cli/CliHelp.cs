using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Torikumi.Cli;

/// <summary>An "Examples:" section at the end of each verb's <c>--help</c>, from the examples the verb declares.</summary>
public static class CliHelp
{
    static readonly ConditionalWeakTable<Command, string[]> ExamplesByCommand = [];

    /// <summary>Declares example command lines for <paramref name="command"/>'s help; returns the command.</summary>
    public static Command WithExamples(this Command command, params string[] examples)
    {
        ExamplesByCommand.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Makes the root's (recursive) help option print the standard help, then the command's examples.</summary>
    internal static void AddExamples(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
            if (help.Action is HelpAction standard)
                help.Action = new HelpWithExamples(standard);
    }

    // System.CommandLine 3.0 keeps its help layout internal, so the examples follow the standard help.
    sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (ExamplesByCommand.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Length > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.Write("Examples:\n");
                foreach (var example in examples)
                    output.Write($"  {example}\n");
                output.Write("\n");
            }
            return exitCode;
        }
    }
}
