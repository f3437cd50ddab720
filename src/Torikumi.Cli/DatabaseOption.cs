using System.CommandLine;
using Torikumi.Data;

namespace Torikumi.Cli;

/// <summary>The <c>--db</c> option every verb that touches the database shares.</summary>
public static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "Database: sqlite:PATH or \"postgres:Host=…;Database=…;Username=…\". " +
            $"Default: the {DatabaseConfig.EnvironmentVariable} environment variable, else {DatabaseConfig.DefaultSetting}.",
        HelpName = "SETTING",
    };

    /// <summary>The configured database, or null after telling the user why the setting cannot be used.</summary>
    public static DatabaseConfig? Resolve(string? setting, TextWriter error)
    {
        try
        {
            return DatabaseConfig.Resolve(setting);
        }
        catch (DatabaseConfigException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }
}
