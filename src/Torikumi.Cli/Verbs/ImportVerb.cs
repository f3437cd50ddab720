using System.CommandLine;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi import`.</summary>
public static class ImportVerb
{
    public static Command Create()
    {
        var command = new Command("import", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("import: not yet implemented"); return 1; });
        return command;
    }
}
