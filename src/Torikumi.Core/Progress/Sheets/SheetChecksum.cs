using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Torikumi.Core.Progress.Sheets;

/// <summary>
/// The check value of a row: a hash of its locked cells together with the sheet's plan, year and unit. Not a secret
/// (the sheet protection has no password either); it tells an accidental edit, or a row pasted from another
/// department's or year's sheet, from the row as written.
/// </summary>
static class SheetChecksum
{
    public static string Of(SheetContext context, IEnumerable<string> lockedTexts)
    {
        var text = string.Join('\u001f', new[]
        {
            "torikumi-progress-sheet/1",
            context.PlanId.ToString(CultureInfo.InvariantCulture),
            context.FiscalYear.ToString(CultureInfo.InvariantCulture),
            context.Unit.Department,
            context.Unit.Section ?? "",
        }.Concat(lockedTexts));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
    }
}
