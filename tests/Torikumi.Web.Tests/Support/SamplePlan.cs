namespace Torikumi.Web.Tests.Support;

/// <summary>The real sample (練馬区's published draft), copied next to the tests.</summary>
public static class SamplePlan
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "nerima-action-plan-2022-2023-draft.txt");
}
