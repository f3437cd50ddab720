namespace Torikumi.Core.Japanese;

/// <summary>Japanese eras (元号) and fiscal years (年度, 1 April – 31 March).</summary>
public static class Era
{
    static readonly (string Name, int Offset)[] Eras = [("令和", 2018), ("平成", 1988), ("昭和", 1925)];

    /// <summary>令和4 → 2022; 令和元 is year 1. Null for an unknown era.</summary>
    public static int? ToWesternYear(string era, int year) =>
        Eras.FirstOrDefault(e => e.Name == era) is { Name: not null } e ? e.Offset + year : null;

    public static int? ToWesternYear(string era, string year) =>
        year == "元" ? ToWesternYear(era, 1) : int.TryParse(year, out var n) ? ToWesternYear(era, n) : null;

    /// <summary>2022 → 令和4; 2019 → 令和元.</summary>
    public static string ToEraYear(int westernYear)
    {
        foreach (var (name, offset) in Eras)
        {
            var n = westernYear - offset;
            if (n >= 1 && (name != "平成" || westernYear <= 2019) && (name != "昭和" || westernYear <= 1989))
                return n == 1 ? $"{name}元" : $"{name}{n}";
        }
        return westernYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>2022 → 令和4年度(2022年度).</summary>
    public static string FiscalYearLabel(int westernYear) => $"{ToEraYear(westernYear)}年度({westernYear}年度)";
}
