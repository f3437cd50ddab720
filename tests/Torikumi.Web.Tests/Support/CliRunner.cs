using System.CommandLine;
using Torikumi.Cli.Verbs;

namespace Torikumi.Web.Tests.Support;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the CLI's verbs in-process, as Program.cs does, capturing standard output and error.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var root = new RootCommand("torikumi (test)")
        {
            ServeVerb.Create(),
            ParseVerb.Create(),
            ImportVerb.Create(),
            ExportVerb.Create(),
        };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
