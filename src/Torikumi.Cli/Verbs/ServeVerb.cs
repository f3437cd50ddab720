using System.CommandLine;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi serve`.</summary>
public static class ServeVerb
{
    public static Command Create()
    {
        var command = new Command("serve", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("serve: not yet implemented"); return 1; });
        return command;
    }
}
