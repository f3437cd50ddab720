namespace Torikumi.Web.Tests.Browser;

/// <summary>
/// A browser window as a reader has it: width and height in CSS pixels and the zoom (device scale factor). 200 % zoom
/// on a 1280 px window is a 640 px layout drawn with two device pixels per CSS pixel.
/// </summary>
public sealed record Screen(string Name, int Width, int Height, float Zoom = 1)
{
    public static readonly Screen Desktop = new("1280", 1280, 800);
    public static readonly Screen Phone = new("375", 375, 667);
    /// <summary>The narrowest width WCAG 1.4.10 (reflow) asks a page to work at without scrolling sideways.</summary>
    public static readonly Screen Narrow = new("320", 320, 640);
    /// <summary>A 1280 × 800 window zoomed to 200 % (WCAG 1.4.4, resize text).</summary>
    public static readonly Screen Zoom200 = new("1280-at-200", 640, 400, 2);

    public override string ToString() => Name;
}
