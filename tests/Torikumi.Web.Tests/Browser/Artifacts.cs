namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// Where test artefacts go: beside the TRX files. <c>./scripts/test.sh</c> sets <c>TORIKUMI_ARTIFACTS</c> to its
/// results folder (<c>TestResults/</c> at the repository root); a plain <c>dotnet test tests/Torikumi.Web.Tests</c>
/// writes to the project's own <c>TestResults/</c>, which is where dotnet test puts its TRX by default.
/// </summary>
public static class Artifacts
{
    public const string Variable = "TORIKUMI_ARTIFACTS";

    public static string Screenshots => Folder("screenshots");

    static string Folder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    static string Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(configured))
                return Path.GetFullPath(configured);
            // From bin/<configuration>/<framework>/ up to the folder holding the test project.
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (dir.GetFiles("*.Tests.csproj").Length > 0)
                    return Path.Combine(dir.FullName, "TestResults");
            return Path.Combine(AppContext.BaseDirectory, "TestResults");
        }
    }
}
