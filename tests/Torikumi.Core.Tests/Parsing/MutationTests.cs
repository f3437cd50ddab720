using Torikumi.Core.Parsing;

namespace Torikumi.Core.Tests.Parsing;

/// <summary>Damaged plans (deleted, duplicated and swapped stretches) never make the parser throw or lose text.</summary>
public class MutationTests
{
    public static TheoryData<int> Seeds()
    {
        var d = new TheoryData<int>();
        for (var seed = 1; seed <= 60; seed++) d.Add(seed);
        return d;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void random_mutations_never_throw_and_keep_every_character(int seed)
    {
        var rng = new Random(seed);
        var text = seed % 3 == 0 ? Torikumi.Core.Export.PlanText.Write(Sample.Plan) : Sample.Text;
        var mutations = 1 + rng.Next(8);
        for (var m = 0; m < mutations; m++) text = Mutate(text, rng);

        var r = PlanParser.Parse(text);

        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "internal-error");
        Accounting.AssertEveryCharacterAccountedFor(r);
        if (r.Plan is not null) Accounting.AssertItemTextsMatchTheirSource(r);
    }

    static string Mutate(string text, Random rng)
    {
        if (text.Length < 4) return text + text;
        var a = rng.Next(text.Length);
        var len = Math.Min(text.Length - a, 1 + rng.Next(rng.Next(2) == 0 ? 20 : 2000));
        var span = text.Substring(a, len);
        return rng.Next(4) switch
        {
            0 => text.Remove(a, len),                                   // deleted
            1 => text.Insert(a, span),                                  // duplicated
            2 => Swap(text, a, len, rng),                               // swapped with another stretch
            _ => text.Insert(rng.Next(text.Length), span),              // copied elsewhere
        };
    }

    static string Swap(string text, int a, int len, Random rng)
    {
        var b = rng.Next(text.Length);
        var lenB = Math.Min(text.Length - b, len);
        if (b < a + len && a < b + lenB) return text;
        var (first, firstLen, second, secondLen) = a < b ? (a, len, b, lenB) : (b, lenB, a, len);
        return text[..first] + text.Substring(second, secondLen)
            + text[(first + firstLen)..second] + text.Substring(first, firstLen)
            + text[(second + secondLen)..];
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("施策の柱")]
    [InlineData("施策の柱1")]
    [InlineData("戦略計画1")]
    [InlineData("戦略計画1 題 1")]
    [InlineData("施策の柱1 柱 戦略計画1 戦略 令和4・5年度の取組 1 取組 (1) 事業実施課: ※1 @ A ★ 【再掲】 ――――")]
    [InlineData("施策の柱1 柱 戦略計画1 戦略 1 取組 事業実施課:")]
    [InlineData("施策の柱1 柱 戦略計画1 戦略 1 取組 ※1・・・")]
    [InlineData("施策の柱1 柱 戦略計画1 戦略 1 取組 ★★【再掲】★ ①")]
    [InlineData("施策の柱99999999999 柱")]
    public void edge_cases_never_throw(string text)
    {
        var r = PlanParser.Parse(text);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "internal-error");
        Accounting.AssertEveryCharacterAccountedFor(r);
    }

    [Theory]
    [InlineData("これは計画ではありません。ただの文章です。")]
    [InlineData("Lorem ipsum dolor sit amet")]
    public void not_a_plan_is_refused_with_what_was_expected(string text)
    {
        var r = PlanParser.Parse(text);
        Assert.Null(r.Plan);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("not-a-plan", d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("施策の柱", d.Message);
        Assert.Contains("戦略計画", d.Message);
    }
}
