using Torikumi.Core.Parsing;

namespace Torikumi.Core.Tests;

/// <summary>The ward's published draft plan, shipped in samples/, parsed once for all tests.</summary>
public static class Sample
{
    public const string FileName = "nerima-action-plan-2022-2023-draft.txt";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", FileName);

    static readonly Lazy<string> text = new(() => File.ReadAllText(Path));
    static readonly Lazy<ParseResult> result = new(() => PlanParser.Parse(Text));

    public static string Text => text.Value;
    public static ParseResult Result => result.Value;
    public static Torikumi.Core.Plans.PlanDocument Plan => Result.Plan!;
}
