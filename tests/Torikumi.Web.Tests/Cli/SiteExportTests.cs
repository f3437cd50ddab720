using System.Net;
using System.Text.RegularExpressions;
using Torikumi.Web.Tests.Support;

namespace Torikumi.Web.Tests.Cli;

/// <summary>`torikumi export --format site DIR`: the portal as static files whose links all work from disk.</summary>
public sealed partial class SiteExportTests
{
    [GeneratedRegex("\\s(?:href|src|action)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Link();

    [Theory, BothProviders]
    public async Task the_static_copy_has_every_page_and_every_link_resolves_to_a_file(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRun.RunAsync("import", SamplePlan.Path, "--db", database.Setting)).ExitCode);
        var site = Path.Combine(files.Path, "site");

        var run = await CliRun.RunAsync("export", "--format", "site", "--output", site, "--db", database.Setting);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote ", run.Out);
        // 93 items + 81 sub-items, each its own page.
        Assert.Equal(174, Directory.GetFiles(Path.Combine(site, "plans", "1", "items"), "index.html", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(site, "plans", "1", "data.csv")));
        Assert.True(File.Exists(Path.Combine(site, "css", "site.css")));

        var broken = new List<string>();
        foreach (var page in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(page);
            Assert.DoesNotContain("/language?", html);
            foreach (Match m in Link().Matches(html))
            {
                var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
                if (url.StartsWith('#') || url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("/api/v1", StringComparison.Ordinal))
                    continue;
                if (url.StartsWith('/'))
                {
                    broken.Add($"{page}: absolute {url}");
                    continue;
                }
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(url.Split('#', '?')[0])));
                if (!File.Exists(target))
                    broken.Add($"{page}: {url}");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(20)));

        var search = await File.ReadAllTextAsync(Path.Combine(site, "plans", "1", "search", "index.html"));
        Assert.Contains("静的なコピー", search);
    }

    [Fact]
    public async Task site_needs_an_output_directory()
    {
        var run = await CliRun.RunAsync("export", "--format", "site");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output DIR", run.Err);
    }

    [Theory, BothProviders]
    public async Task csv_and_xlsx_exports_are_what_the_download_links_serve(string provider)
    {
        using var files = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRun.RunAsync("import", SamplePlan.Path, "--db", database.Setting)).ExitCode);

        var csv = await CliRun.RunAsync("export", "--format", "csv", "--output", files.File("plan.csv"), "--db", database.Setting);
        var xlsx = await CliRun.RunAsync("export", "--format", "xlsx", "--output", files.File("plan.xlsx"), "--db", database.Setting);
        var xlsxToTerminal = await CliRun.RunAsync("export", "--format", "xlsx", "--db", database.Setting);

        Assert.True(csv.ExitCode == 0, csv.ToString());
        var bytes = await File.ReadAllBytesAsync(files.File("plan.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(Torikumi.Core.Export.PlanCsv.Write(Torikumi.Core.Export.PlanRows.Of(TestApp.Sample, new Torikumi.Core.Export.PlanExportSource(1, 1))), bytes);
        Assert.True(xlsx.ExitCode == 0, xlsx.ToString());
        Assert.Equal((byte)'P', (await File.ReadAllBytesAsync(files.File("plan.xlsx")))[0]); // a zip container
        Assert.Equal(2, xlsxToTerminal.ExitCode);
        Assert.Contains("--output", xlsxToTerminal.Err);
    }
}
