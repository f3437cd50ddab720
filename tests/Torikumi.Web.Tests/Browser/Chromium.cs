using System.Diagnostics;
using Microsoft.Playwright;

namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// Debian's chromium, launched by Playwright (never <c>playwright install</c>: the machines reach no browser download
/// site). A missing browser or Japanese font fails the tests with the package to install, locally and in CI alike:
/// a skipped browser suite would hide broken pages.
/// </summary>
public static class Chromium
{
    public const string ExecutableVariable = "PLAYWRIGHT_CHROMIUM_EXECUTABLE";
    public const string DefaultExecutable = "/usr/bin/chromium";

    /// <summary>What a machine without a sandbox, a GPU or the network needs; no first-run or update chatter.</summary>
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    public static string ExecutablePath => Resolve(Environment.GetEnvironmentVariable(ExecutableVariable));

    /// <summary>The executable to launch, given the variable's value; throws, naming the package, when it is missing.</summary>
    public static string Resolve(string? configured)
    {
        var fromVariable = !string.IsNullOrWhiteSpace(configured);
        var path = fromVariable ? configured! : DefaultExecutable;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"Chromium was not found at {path} ({(fromVariable ? $"from {ExecutableVariable}" : "the default")}). " +
                "Install Debian's browser and Japanese fonts: sudo apt-get install -y chromium fonts-noto-cjk " +
                $"(./scripts/test.sh does this), or set {ExecutableVariable} to a Chromium executable.");
        return path;
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var path = ExecutablePath;
        RequireJapaneseFont();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Args = Arguments,
            Headless = true,
        });
    }

    /// <summary>Without a Japanese font every screenshot shows empty boxes, and the layout checks measure the wrong glyphs.</summary>
    static void RequireJapaneseFont()
    {
        string families;
        try
        {
            using var fcList = Process.Start(new ProcessStartInfo("fc-list", ":lang=ja family") { RedirectStandardOutput = true })!;
            families = fcList.StandardOutput.ReadToEnd();
            fcList.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return; // no fontconfig tools to ask; chromium will still render with what it finds
        }
        if (string.IsNullOrWhiteSpace(families))
            throw new InvalidOperationException(
                "No Japanese font is installed, so pages would render as empty boxes. Install one: sudo apt-get install -y fonts-noto-cjk");
    }
}
