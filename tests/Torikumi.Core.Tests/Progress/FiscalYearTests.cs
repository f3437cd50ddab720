using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Torikumi.Core.Japanese;

namespace Torikumi.Core.Tests.Progress;

public class FiscalYearTests
{
    [Theory]
    [InlineData("令和4年度", 2022)]
    [InlineData("令和4", 2022)]
    [InlineData("令和4年", 2022)]
    [InlineData("R4", 2022)]
    [InlineData("r4", 2022)]
    [InlineData("R.4", 2022)]
    [InlineData("Ｒ４", 2022)]
    [InlineData("令和４年度", 2022)]
    [InlineData("令和 4 年度", 2022)]
    [InlineData("令和四年度", 2022)]
    [InlineData("2022", 2022)]
    [InlineData("２０２２", 2022)]
    [InlineData("2022年度", 2022)]
    [InlineData("FY2022", 2022)]
    [InlineData("fy2022", 2022)]
    [InlineData("ＦＹ２０２２", 2022)]
    [InlineData(" 2022年度 ", 2022)]
    [InlineData("令和元年度", 2019)]
    [InlineData("R元", 2019)]
    [InlineData("令和1年度", 2019)]
    [InlineData("平成31年度", 2019)]
    [InlineData("平成30年度", 2018)]
    [InlineData("H30", 2018)]
    [InlineData("平成三十年度", 2018)]
    [InlineData("平成32年度", 2020)] // plans written before 2019 say so
    [InlineData("昭和60年度", 1985)]
    [InlineData("令和4年度(2022年度)", 2022)]
    [InlineData("令和4年度（2022年度）", 2022)]
    [InlineData("令和4(2022)年度", 2022)]
    [InlineData("2022(令和4)年度", 2022)]
    [InlineData("令和十二年度", 2030)]
    public void City_hall_spellings_are_read(string text, int year) =>
        Assert.Equal(year, FiscalYears.Parse(text));

    [Theory]
    [InlineData(null, FiscalYearErrorKind.Empty)]
    [InlineData("", FiscalYearErrorKind.Empty)]
    [InlineData("　", FiscalYearErrorKind.Empty)]
    [InlineData("来年度", FiscalYearErrorKind.Unrecognised)]
    [InlineData("令和", FiscalYearErrorKind.Unrecognised)]
    [InlineData("令和0年度", FiscalYearErrorKind.Unrecognised)]
    [InlineData("令和4年度5年度", FiscalYearErrorKind.Unrecognised)]
    [InlineData("大正10年", FiscalYearErrorKind.Unrecognised)]
    [InlineData("2022-04-01", FiscalYearErrorKind.Unrecognised)]
    [InlineData("22", FiscalYearErrorKind.TwoDigitYear)]
    [InlineData("FY22", FiscalYearErrorKind.TwoDigitYear)]
    [InlineData("1900", FiscalYearErrorKind.OutOfRange)]
    [InlineData("令和4年度(2023年度)", FiscalYearErrorKind.Disagree)]
    [InlineData("2022年度2022年度2022年度2022年度2022年度2022年度2022年度2022年度", FiscalYearErrorKind.TooLong)]
    public void Anything_else_is_refused_with_a_reason(string? text, FiscalYearErrorKind kind)
    {
        Assert.False(FiscalYears.TryParse(text, out _, out var error));
        Assert.Equal(kind, error.Kind);
        Assert.NotEmpty(error.Japanese);
        Assert.NotEmpty(error.English);
        Assert.Throws<FiscalYearException>(() => FiscalYears.Parse(text));
    }

    [Fact]
    public void Errors_say_what_was_typed_and_how_to_write_it()
    {
        FiscalYears.TryParse("来年度", out _, out var error);
        Assert.Contains("「来年度」", error!.Japanese);
        Assert.Contains("令和4年度", error.Japanese);
        Assert.Contains("\"来年度\"", error.English);
        Assert.Contains("FY2022", error.English);
    }

    [Fact]
    public void Labels_show_the_era_and_the_western_year()
    {
        Assert.Equal("令和4年度(2022年度)", FiscalYears.Label(2022));
        Assert.Equal("令和元年度(2019年度)", FiscalYears.Label(2019));
        Assert.Equal("令和4年度", FiscalYears.EraLabel(2022));
        Assert.Equal("FY2022", FiscalYears.EnglishLabel(2022));
    }

    static readonly Arbitrary<int> Years = Gen.Choose(FiscalYears.MinYear, FiscalYears.MaxYear).ToArbitrary();

    [Property]
    public Property Every_label_reads_back_as_its_year() =>
        Prop.ForAll(Years, y =>
            FiscalYears.Parse(FiscalYears.Label(y)) == y
            && FiscalYears.Parse(FiscalYears.EraLabel(y)) == y
            && FiscalYears.Parse(FiscalYears.EnglishLabel(y)) == y);

    [Property]
    public Property Reiwa_and_R_and_western_agree() =>
        Prop.ForAll(Gen.Choose(1, 99).ToArbitrary(), n =>
            FiscalYears.Parse($"令和{n}年度") == 2018 + n && FiscalYears.Parse($"R{n}") == 2018 + n);
}
