namespace Torikumi.Web.Tests.Browser;

/// <summary>A machine without the browser fails the browser tests with what to install, instead of skipping them.</summary>
public sealed class ChromiumTests
{
    [Fact]
    public void a_missing_browser_names_the_package_to_install()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-chromium-{Guid.NewGuid():N}");

        var error = Assert.Throws<InvalidOperationException>(() => Chromium.Resolve(missing));

        Assert.Contains(missing, error.Message);
        Assert.Contains(Chromium.ExecutableVariable, error.Message);
        Assert.Contains("apt-get install -y chromium fonts-noto-cjk", error.Message);
    }

    [Fact]
    public void the_variable_wins_over_the_default_and_an_empty_one_is_ignored()
    {
        var executable = typeof(ChromiumTests).Assembly.Location; // any file that exists

        Assert.Equal(executable, Chromium.Resolve(executable));
        var fallback = Record.Exception(() => Chromium.Resolve(" "));
        Assert.True(fallback is null || fallback.Message.Contains(Chromium.DefaultExecutable), fallback?.Message);
    }
}
