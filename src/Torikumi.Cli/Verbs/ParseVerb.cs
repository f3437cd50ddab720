using System.CommandLine;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi parse`.</summary>
public static class ParseVerb
{
    public static Command Create()
    {
        var command = new Command("parse", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("parse: not yet implemented"); return 1; });
        return command;
    }
}
