using System.CommandLine;

namespace Torikumi.Cli.Verbs;

/// <summary>`torikumi export`.</summary>
public static class ExportVerb
{
    public static Command Create()
    {
        var command = new Command("export", "(not yet implemented)");
        command.SetAction(_ => { Console.Error.WriteLine("export: not yet implemented"); return 1; });
        return command;
    }
}
